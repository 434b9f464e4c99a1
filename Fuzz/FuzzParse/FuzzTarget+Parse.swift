import FuzzTargets
import NewsGraphCore
import NewsGraphParse

extension FuzzTarget {
    /// Any bytes as an HTML page: decoding, mojibake repair, the libxml2 walk, the article
    /// choice, the fallbacks and the metadata end in a record or a failure.
    package static let parse = FuzzTarget("parse") { bytes in
        let document = SourceDocument(id: "fuzz", source: "fuzz", format: .html, content: bytes)
        if case .success(let parsed) = ArticleParser().parse(document) {
            precondition(parsed.text.utf8.count <= bytes.count * 4 + 4096, "more text than the page allows")
        }
    }
}
