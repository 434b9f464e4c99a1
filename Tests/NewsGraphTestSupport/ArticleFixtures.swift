import Foundation
import NewsGraphCore
import NewsGraphParse

/// Small pages and texts used by several suites.
package enum ArticleFixtures {
    package struct ParseFailed: Error {
        package var failure: DocumentFailure
        package init(failure: DocumentFailure) { self.failure = failure }
    }

    package static func parse(html: String, id: String = "page", charset: String? = nil) throws -> ParsedDocument {
        try parse(bytes: Array(html.utf8), id: id, charset: charset)
    }

    package static func parse(
        bytes: [UInt8], id: String = "page", format: SourceDocument.Format = .html, charset: String? = nil
    ) throws -> ParsedDocument {
        let document = SourceDocument(id: id, source: id, format: format, content: bytes, declaredCharset: charset)
        switch ArticleParser().parse(document) {
        case .success(let parsed): return parsed
        case .failure(let failure): throw ParseFailed(failure: failure)
        }
    }

    package static func parseSeedPage() throws -> ParsedDocument {
        let html = try String(
            contentsOfFile: TestSupport.packageRoot + "/corpus/html/russia-iran-weapons.html", encoding: .utf8)
        return try parse(html: html)
    }
}
