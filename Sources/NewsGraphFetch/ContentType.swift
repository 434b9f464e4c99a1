import Foundation
import NewsGraphCore

/// Reads an HTTP `Content-Type` header: the format to parse with and the charset it names.
package enum ContentType {
    /// `text/html; charset=ISO-8859-1` → (.html, "iso-8859-1").
    package static func interpret(_ contentType: String) -> (SourceDocument.Format, String?) {
        let parts = contentType.lowercased().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let mediaType = parts.first ?? ""
        let format: SourceDocument.Format = mediaType == "text/plain" ? .text : .html
        let charset = parts.dropFirst().first { $0.hasPrefix("charset=") }.map {
            String($0.dropFirst("charset=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        }
        return (format, charset)
    }

    /// Whether a response of this type can be an article: HTML, XHTML, plain text (or unlabelled).
    package static func isTextual(_ contentType: String) -> Bool {
        let mediaType =
            contentType.lowercased().split(separator: ";").first.map {
                $0.trimmingCharacters(in: .whitespaces)
            } ?? ""
        return mediaType.isEmpty || mediaType.hasPrefix("text/") || mediaType.contains("html")
            || mediaType.contains("xml")
    }
}
