import Foundation
import NewsGraphCore
import NewsGraphExtract
import NewsGraphParse

/// Paths and helpers shared by the tests.
package enum TestSupport {
    /// The package root, found from this file's path.
    package static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    package static let seedText: String = try! String(
        contentsOfFile: packageRoot + "/corpus/text/russia-iran-weapons.txt", encoding: .utf8)

    /// Extracts a text the way `newsgraph extract` does.
    package static func extract(_ text: String, id: String = "test") -> DocumentRecord {
        DocumentExtractor().extract(ParsedDocument(id: id, source: id, title: nil, text: text))
    }

    /// A new empty folder; the caller removes it with ``remove(_:)`` (in a `defer`), so a run
    /// of the suite leaves nothing behind.
    package static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "newsgraph-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    package static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension DocumentRecord {
    /// The text of a code-point span, as Python would slice it.
    package func slice(_ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    package func entities(_ label: EntityLabel) -> [EntityMention] { entities.filter { $0.label == label } }
}

extension TestSupport {
    /// `bytes` as one gzip member, through the system `gzip`.
    package static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](compressed)
    }
}

/// What the quote suites look at: each quote's text, kind, speaker phrase and resolved speaker.
package protocol QuoteProbing {}

extension QuoteProbing {
    /// The quotes of `text` as (content, kind, speaker phrase as written, resolved speaker).
    package func quotes(_ text: String) -> [(content: String, kind: Quote.Kind, mention: String?, speaker: String?)] {
        let record = TestSupport.extract(text)
        return record.quotes.map { quote in
            (
                record.slice(quote.start, quote.end), quote.kind,
                quote.speakerStart.map { record.slice($0, quote.speakerEnd!) }, quote.speaker
            )
        }
    }

    package func direct(_ text: String) -> [(content: String, mention: String?, speaker: String?)] {
        quotes(text).filter { $0.kind == .direct }.map { ($0.content, $0.mention, $0.speaker) }
    }
}
