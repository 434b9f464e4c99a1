import Foundation
import NewsGraphCore
import NewsGraphPipeline

// Extracts one article with the library and prints its people, places and quotes.
//
//     swift run extract-one-article corpus/html/russia-iran-weapons.html

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first, let page = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("usage: extract-one-article PAGE.html\n".utf8))
    exit(2)
}

let extractor = try ArticleExtractor()
switch extractor.extract(html: [UInt8](page), id: path) {
case .success(let record):
    print(record.title ?? "(no title)", "—", record.metadata.language ?? "?")
    for entity in record.entities where entity.label == .person || entity.label == .gpe {
        print(" ", entity.label.rawValue, entity.text)
    }
    for quote in record.quotes {
        let text = record.text.unicodeScalars
        let start = text.index(text.startIndex, offsetBy: quote.start)
        let end = text.index(text.startIndex, offsetBy: quote.end)
        print("  “\(String(text[start..<end]))” —", quote.speaker ?? "unknown")
    }
case .failure(let failure):
    FileHandle.standardError.write(Data("\(failure)\n".utf8))
    exit(1)
}
