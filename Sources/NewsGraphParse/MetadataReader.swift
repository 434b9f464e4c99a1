import Foundation
import NewsGraphCore

/// Reads title, authors, dates and other metadata from a page's tags.
enum MetadataReader {
    static func title(of page: PageStructure) -> String? {
        let candidates = [
            meta(page, "og:title"), meta(page, "twitter:title"), page.headings1.first, page.titleElementText,
        ]
        return candidates.compactMap { $0 }.map(trim).first { !$0.isEmpty }
    }

    static func metadata(of page: PageStructure) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        metadata.authors = authors(of: page)
        metadata.published = [
            meta(page, "article:published_time"), meta(page, "datepublished"),
            meta(page, "date"), meta(page, "dc.date"), meta(page, "pubdate"), page.timeValues.first,
        ]
        .compactMap { $0 }.map(trim).first { !$0.isEmpty }
        metadata.modified = [
            meta(page, "article:modified_time"), meta(page, "datemodified"), meta(page, "og:updated_time"),
        ]
        .compactMap { $0 }.map(trim).first { !$0.isEmpty }
        metadata.language = page.language.map(trim).flatMap { $0.isEmpty ? nil : $0 }
        metadata.siteName = meta(page, "og:site_name").map(trim)
        metadata.url = (page.canonicalURL ?? meta(page, "og:url")).map(trim)
        metadata.description = (meta(page, "description") ?? meta(page, "og:description")).map(trim)
        return metadata
    }

    /// People's names from author tags; URLs (profile links) and generic words are not names.
    static func authors(of page: PageStructure) -> [String] {
        var names: [String] = []
        for (name, content) in page.metaTags where name == "author" || name == "article:author" || name == "dc.creator"
        {
            for part in splitNames(content) where !names.contains(part) { names.append(part) }
        }
        return names
    }

    static func splitNames(_ text: String) -> [String] {
        var text = trim(text)
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        guard !text.contains("://") else { return [] }
        return text.replacingOccurrences(of: " and ", with: ",")
            .split(separator: ",").map { trim(String($0)) }
            .filter { name in
                !name.isEmpty && name.first!.isUppercase
                    && !name.split(separator: " ").contains { nonNameWords.contains($0.lowercased()) }
            }
    }

    /// Words that show a byline is a desk or a role, not a person.
    static let nonNameWords: Set<String> = [
        "staff", "reporter", "reporters", "editor", "editors", "admin", "desk", "team", "newsroom", "agency",
        "correspondent", "contributor", "contributors", "writer", "writers", "news", "press", "wire", "online",
    ]

    private static func meta(_ page: PageStructure, _ name: String) -> String? {
        page.metaTags.first { $0.name == name }?.content
    }

    private static func trim(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
