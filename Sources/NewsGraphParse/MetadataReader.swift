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
    static func metadata(
        of page: PageStructure, linkedData: LinkedDataArticle?, url: String? = nil, now: Date = Date()
    ) -> ArticleMetadata {
        var page = page
        page.headlineBlock = headlineBlock(of: page)
        var metadata = ArticleMetadata()
        metadata.authors = authors(of: page, linkedData: linkedData)
        metadata.modified = modified(of: page, linkedData: linkedData, now: now)
        metadata.published =
            published(of: page, linkedData: linkedData, url: url, modified: metadata.modified, now: now)
            ?? metadata.modified
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

    /// People's names: JSON-LD authors (and a team declared beside them) first, then author tags,
    /// then byline elements; the byline under the headline when it names someone those lack; then
    /// a labelled author line anywhere; when no person is named, the credit the page gives; then
    /// the line an author link spells, the person an author box introduces, a writer a note describes.
    static func authors(of page: PageStructure, linkedData: LinkedDataArticle?) -> [String] {
        var names: [String] = []
        func add(_ candidates: [String], declared: Bool = false) {
            for candidate in candidates {
                for name in splitNames(candidate, declared: declared) where !names.contains(name) { names.append(name) }
            }
        }
        add(linkedData?.authors ?? [], declared: true)
        // A team declared beside people is one of the authors (`Jane Doe and the Data Team`).
        if !names.isEmpty {
            for credit in (linkedData?.authors ?? []).map(trim) where isTeamCredit(credit) && !names.contains(credit) {
                names.append(credit)
            }
        }
        let tags = page.metaTags.filter { authorNames.contains($0.name) }.map(\.content) + cardWriters(of: page)
        if names.isEmpty { add(tags, declared: true) }
        // The first byline on the page is the article's; later ones belong to teasers.
        // A byline element may hold the name of whoever checked the article, not wrote it.
        let checkers = names.isEmpty && !page.bylines.isEmpty ? reviewers(of: page) : []
        for index in page.bylines.indices where names.isEmpty {
            let byline = innerByline(page.bylines, at: index)
            let shown = splitNames(byline)
            let checker = !shown.isEmpty && shown.allSatisfy { name in checkers.contains { sameName($0, name) } }
            if !checker { add([byline]) }
        }
        // What readers see between the headline and the text outranks what the page tells
        // machines, which may name an editor, a reviewer or the account that uploaded it.
        if let line = headerBylines(in: bylineZone(of: page)).first {
            // `Jane Doe Gardener`, a known name run into the role written after it, is that name.
            let shown = splitNames(line, leading: true).map { name in
                names.first { name.hasPrefix($0 + " ") } ?? name
            }
            if !shown.isEmpty, shown.contains(where: { name in !names.contains { sameName($0, name) } }) {
                names = shown
            }
        }
        let header = headerBylines(of: page)
        if names.isEmpty { add(header) }
        // A byline naming every declared author and more gives the full list.
        if let line = header.first {
            let shown = splitNames(line, leading: true)
            if shown.count > names.count, names.allSatisfy({ name in shown.contains { sameName($0, name) } }) {
                names = shown
            }
        }
        if names.isEmpty { add(labelledBylines(of: page)) }
        if names.isEmpty { add(datelineNames(of: page)) }
        if names.isEmpty {
            // A byline element's text may be page furniture, so its credit must read as a name.
            let visible = (page.bylines.prefix(1) + header).compactMap(creditName).filter { credit in
                isTeamCredit(credit)
                    || !credit.split(separator: " ").contains { nonNameWords.contains($0.lowercased()) }
            }
            let credits = ((linkedData?.credits ?? []) + tags).compactMap(creditName) + visible
            if let credit = credits.first { names.append(credit) }
        }
        if names.isEmpty, let name = linkedAuthor(of: page) { names.append(name) }
        if names.isEmpty, let name = introducedAuthor(of: page) { names.append(name) }
        if names.isEmpty, let name = describedWriter(of: page) { names.append(name) }
        return Array(names.prefix(10))
    }

    static func firstText(_ candidates: [String?]) -> String? {
        candidates.lazy.compactMap { $0 }.map(trim).first { !$0.isEmpty }
    }

    /// `en_US` → `en-US`: BCP 47 spelling whatever the source used.
    static func languageTag(_ value: String) -> String {
        value.replacingOccurrences(of: "_", with: "-")
    }

    static func meta(_ page: PageStructure, _ name: String) -> String? {
        page.metaTags.first { $0.name == name && !$0.content.isEmpty }?.content
    }

    /// Collapses whitespace and decodes entities left in metadata (values escaped twice,
    /// JSON-LD strings holding HTML).
    static func trim(_ text: String) -> String {
        let collapsed = collapseASCII(text) ?? text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return collapsed.contains("&") ? EntityDecoder.decode(collapsed) : collapsed
    }

    /// ``trim``'s collapse on bytes for ASCII text (most metadata), where the only whitespace
    /// is tab, line feed, vertical tab, form feed, carriage return and space; nil for any other
    /// text, which is split by `Character` instead.
    static func collapseASCII(_ text: String) -> String? {
        var utf8 = text
        return utf8.withUTF8 { bytes -> String? in
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !collapsed.isEmpty
                    continue
                }
                if pendingSpace { collapsed.append(0x20) }
                pendingSpace = false
                collapsed.append(byte)
            }
            return collapsed.count == bytes.count ? text : String(decoding: collapsed, as: UTF8.self)
        }
    }
}
