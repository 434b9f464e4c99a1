import Foundation
import NewsGraphCore
import NewsGraphExtract
import NewsGraphFetch
import NewsGraphParse

extension FuzzTarget {
    /// Any bytes as an HTML page: decoding, mojibake repair, the libxml2 walk, the article
    /// choice, the fallbacks and the metadata end in a record or a failure.
    static func parse(_ bytes: [UInt8]) {
        let document = SourceDocument(id: "fuzz", source: "fuzz", format: .html, content: bytes)
        if case .success(let parsed) = ArticleParser().parse(document) {
            precondition(parsed.text.utf8.count <= bytes.count * 4 + 4096, "more text than the page allows")
        }
    }

    static let extractor = DocumentExtractor()

    /// Any bytes, read as UTF-8 (bad sequences replaced), as article text: every entity and
    /// quote lies inside the text.
    static func extract(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let record = extractor.extract(ParsedDocument(id: "fuzz", source: "fuzz", title: nil, text: text))
        let length = text.unicodeScalars.count
        for entity in record.entities {
            precondition(0 <= entity.start && entity.start < entity.end && entity.end <= length, "entity offsets")
        }
        for quote in record.quotes {
            precondition(0 <= quote.start && quote.start <= quote.end && quote.end <= length, "quote offsets")
        }
    }

    /// Any bytes as one JSONL line: a document, a failure that says why, or nothing (blank).
    static func records(_ bytes: [UInt8]) {
        if case .failure(let failure)? = RecordDecoder.document(fromLine: bytes, path: "fuzz.jsonl", lineNumber: 1) {
            precondition(!failure.message.isEmpty, "a failure says why")
        }
    }

    /// Any bytes as a gzip stream: inflated within the limit, or an error.
    static func gzip(_ bytes: [UInt8]) {
        let limit = 1 << 20
        if let inflated = try? Gzip.decompress(bytes, limit: limit) {
            precondition(inflated.count <= limit, "inflated past the limit")
        }
    }

    /// Any bytes as a WARC archive (plain or gzip), read to its end. The reader reads files:
    /// each input goes to one scratch file, in memory on Linux.
    static func warc(_ bytes: [UInt8]) {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
        let scratch = folder + "newsgraph-fuzz-\(getpid()).warc"
        guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else { return }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        guard let reader = try? WARCReader(path: scratch, maximumBytes: 1 << 20) else { return }
        var records = 0
        while reader.next() != nil {
            records += 1
            precondition(records <= bytes.count + 1, "more records than bytes")
        }
    }
}
