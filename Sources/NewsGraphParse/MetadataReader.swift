import Foundation
import NewsGraphCore

/// Reads title, authors, dates and other metadata, each from the best source the page has.
///
/// Order of trust: schema.org JSON-LD (written for search engines, usually exact), then
/// OpenGraph and `article:*` tags, Twitter cards, Dublin Core and plain `<meta name>` tags,
/// microdata, then the visible page (`<time datetime>`, byline elements, `<h1>`, `<title>`).
/// Dates are normalised to ISO 8601 and refused when they lie in the future; authors must
/// read as people's names.
enum MetadataReader {
    static func title(of page: PageStructure, linkedData: LinkedDataArticle?) -> String? {
        let candidates = [
            linkedData?.headline, meta(page, "og:title"), meta(page, "twitter:title"), meta(page, "dc.title"),
            page.headings1.first, page.titleElementText,
        ]
        return candidates.compactMap { $0 }.map(trim).first { !$0.isEmpty }
    }

    static func metadata(of page: PageStructure, linkedData: LinkedDataArticle?, now: Date = Date()) -> ArticleMetadata
    {
        var metadata = ArticleMetadata()
        metadata.authors = authors(of: page, linkedData: linkedData)
        metadata.published = firstDate(
            [
                linkedData?.published, meta(page, "article:published_time"), meta(page, "og:published_time"),
                meta(page, "datepublished"), meta(page, "dc.date.issued"), meta(page, "dcterms.created"),
                meta(page, "dc.date"), meta(page, "date"), meta(page, "pubdate"), meta(page, "publish-date"),
                meta(page, "sailthru.date"), meta(page, "parsely-pub-date"), page.timeValues.first,
            ], now: now)
        metadata.modified = firstDate(
            [
                linkedData?.modified, meta(page, "article:modified_time"), meta(page, "og:updated_time"),
                meta(page, "datemodified"), meta(page, "dcterms.modified"), meta(page, "last-modified"),
            ], now: now)
        metadata.language = firstText([
            page.language, linkedData?.language, meta(page, "og:locale"), meta(page, "dc.language"),
            meta(page, "content-language"), meta(page, "language"),
        ]).map(languageTag)
        metadata.siteName = firstText([
            meta(page, "og:site_name"), linkedData?.siteName, meta(page, "application-name"),
            meta(page, "twitter:site").flatMap { $0.hasPrefix("@") ? nil : $0 },
        ])
        metadata.url = firstText([page.canonicalURL, meta(page, "og:url"), linkedData?.url, meta(page, "twitter:url")])
            .flatMap { $0.hasPrefix("http") ? $0 : nil }
        metadata.description = firstText([
            meta(page, "description"), meta(page, "og:description"), linkedData?.description,
            meta(page, "twitter:description"), meta(page, "dc.description"),
        ])
        return metadata
    }

    /// People's names: JSON-LD authors first, then author tags, then byline elements.
    static func authors(of page: PageStructure, linkedData: LinkedDataArticle?) -> [String] {
        var names: [String] = []
        func add(_ candidates: [String]) {
            for candidate in candidates {
                for name in splitNames(candidate) where !names.contains(name) { names.append(name) }
            }
        }
        add(linkedData?.authors ?? [])
        if names.isEmpty {
            add(
                page.metaTags.filter {
                    ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"]
                        .contains($0.name)
                }.map(\.content))
        }
        // The first byline on the page is the article's; later ones belong to teasers.
        for byline in page.bylines where names.isEmpty { add([byline]) }
        return Array(names.prefix(10))
    }

    /// Splits "By Jane Doe and John Smith" into names, dropping anything that is not one.
    static func splitNames(_ text: String) -> [String] {
        var text = trim(text)
        guard !text.contains("://"), !text.hasPrefix("@"), text.count <= 200 else { return [] }
        for prefix in ["by ", "by: ", "written by ", "words by ", "from "] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        for separator in [" and ", " & ", " | ", ";", " / "] {
            text = text.replacingOccurrences(of: separator, with: ",")
        }
        return text.split(separator: ",").map { trim(String($0)) }.filter(isPersonName)
    }

    /// Two to five capitalised words, none of them a role or a desk ("Staff", "Newsroom").
    static func isPersonName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count), name.count <= 60 else { return false }
        for word in words {
            guard let first = word.first else { return false }
            if !first.isUppercase && !["de", "van", "von", "der", "da", "di", "la", "le", "bin", "al"].contains(word) {
                return false
            }
            for part in word.lowercased().split(separator: "-")
            where nonNameWords.contains(part.trimmingCharacters(in: .punctuationCharacters)) {
                return false
            }
            if isRunTogether(word) { return false }
            if word.contains(where: { $0.isNumber || $0 == "@" || $0 == ":" }) { return false }
        }
        return true
    }

    /// "MeninShare": two words whose elements ran together; "McDonald", "DeShawn" are names.
    static func isRunTogether(_ word: Substring) -> Bool {
        let letters = Array(word)
        guard letters.count > 3 else { return false }
        for index in 2..<letters.count where letters[index].isUppercase && letters[index - 1].isLowercase {
            if index <= 3 && ["Mc", "Mac", "De", "Di", "La", "Le", "O'"].contains(String(letters[..<index])) {
                continue
            }
            return true
        }
        return false
    }

    /// Words that show a byline is a desk, a role or page text, not a person.
    static let nonNameWords: Set<String> = [
        "staff", "reporter", "reporters", "editor", "editors", "admin", "desk", "team", "newsroom", "agency",
        "correspondent", "contributor", "contributors", "writer", "writers", "news", "press", "wire", "online",
        "associated", "reuters", "updated", "published", "share", "follow", "email", "more", "read", "about",
        "editorial", "board", "contact", "view", "all", "posts", "articles", "guest", "service", "media", "the",
        "comments", "minutes", "min", "ago", "hours", "am", "pm", "gmt", "utc", "sign", "subscribe", "bio",
    ]

    private static func firstDate(_ candidates: [String?], now: Date) -> String? {
        candidates.lazy.compactMap { $0 }.compactMap { DateNormalizer.normalize($0, now: now) }.first
    }

    private static func firstText(_ candidates: [String?]) -> String? {
        candidates.lazy.compactMap { $0 }.map(trim).first { !$0.isEmpty }
    }

    /// `en_US` → `en-US`: BCP 47 spelling whatever the source used.
    private static func languageTag(_ value: String) -> String {
        value.replacingOccurrences(of: "_", with: "-")
    }

    private static func meta(_ page: PageStructure, _ name: String) -> String? {
        page.metaTags.first { $0.name == name && !$0.content.isEmpty }?.content
    }

    /// Collapses whitespace and decodes entities left in metadata (values escaped twice,
    /// JSON-LD strings holding HTML).
    static func trim(_ text: String) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.contains("&") ? EntityDecoder.decode(collapsed) : collapsed
    }
}
