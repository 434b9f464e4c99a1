import Foundation
import NewsGraphCore

/// Turns one JSONL line, `{"id": ..., "text": ...}` or `{"id": ..., "html": ...}`, into a document.
package enum RecordDecoder {
    private static let memberNames: Set<String> = ["id", "source", "url", "text", "html"]

    /// A line of spaces and tabs only, which JSONL readers skip.
    package static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// `lineNumber` is 1-based; it names the record when its id cannot be read.
    package static func document(
        fromLine line: [UInt8], path: String, lineNumber: Int
    ) -> Result<SourceDocument, DocumentFailure>? {
        if isBlank(line) { return nil }
        let fallbackID = Self.fallbackID(path: path, lineNumber: lineNumber)
        if let members = RecordScanner.stringMembers(of: line, named: memberNames),
            let id = members["id"].map({ String(decoding: $0, as: UTF8.self) })
        {
            let source = (members["source"] ?? members["url"]).map { String(decoding: $0, as: UTF8.self) } ?? fallbackID
            if let text = members["text"] {
                return .success(SourceDocument(id: id, source: source, format: .text, content: text))
            }
            if let html = members["html"] {
                return .success(SourceDocument(id: id, source: source, format: .html, content: html))
            }
        }
        // Anything the scanner is unsure of, and every error, through Foundation.
        return throughFoundation(line, path: path, lineNumber: lineNumber)
    }

    private static func fallbackID(path: String, lineNumber: Int) -> String {
        "\(path == "-" ? "stdin" : path):\(lineNumber)"
    }

    /// The slow path alone (a non-blank line): what the fast path must agree with wherever it answers.
    package static func throughFoundation(
        _ line: [UInt8], path: String, lineNumber: Int
    ) -> Result<SourceDocument, DocumentFailure> {
        let fallbackID = Self.fallbackID(path: path, lineNumber: lineNumber)
        func failure(_ message: String, id: String? = nil) -> Result<SourceDocument, DocumentFailure> {
            .failure(
                DocumentFailure(id: id ?? fallbackID, source: fallbackID, kind: .malformedRecord, message: message))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return failure("line \(lineNumber) is not valid JSON")
        }
        guard let record = object as? [String: Any] else {
            return failure("line \(lineNumber) is not a JSON object")
        }
        let id: String
        switch record["id"] {
        case let string as String: id = string
        case let number as NSNumber: id = number.stringValue
        default: return failure("line \(lineNumber) has no string \"id\"")
        }
        let source = (record["source"] as? String) ?? (record["url"] as? String) ?? fallbackID
        if let text = record["text"] as? String {
            return .success(SourceDocument(id: id, source: source, format: .text, content: Array(text.utf8)))
        }
        if let html = record["html"] as? String {
            return .success(SourceDocument(id: id, source: source, format: .html, content: Array(html.utf8)))
        }
        return failure("record \(id) has neither \"text\" nor \"html\" as a string", id: id)
    }
}
