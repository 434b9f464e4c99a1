import Foundation

/// Where a page says when it was published, in the order htmldate trusts them: structured
/// metadata, `<time>` elements, the date in the address, then the date line under the headline.
extension MetadataReader {
    /// `<meta>` names and properties that carry the publication date.
    static let publishedNames = [
        "article:published_time", "article:published", "og:published_time", "og:article:published_time",
        "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
        "publication_date", "publication-date", "date_published", "dc.date.issued", "dc.date.created",
        "dcterms.created", "dcterms.issued", "dcterms.date", "dc.date", "citation_publication_date",
        "citation_date", "citation_online_date", "prism.publicationdate", "date", "pubdate", "sailthru.date",
        "parsely-pub-date", "article.published", "article_date_original", "original-publish-date",
        "originalpublicationdate", "pub_date", "datecreated", "rnews:datepublished", "release_date", "published-date",
    ]
    /// `<meta>` names and properties that carry the last modification.
    static let modifiedNames = [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
        "last-modified", "article:modified", "modified_time", "lastmod",
    ]

    static func published(of page: PageStructure, linkedData: LinkedDataArticle?, url: String?, now: Date) -> String? {
        if let date = firstDate([linkedData?.published] + publishedNames.map { meta(page, $0) }, now: now) {
            // What the page shows its readers as the publication date outranks what it tells machines.
            if let shown = labelledDate(of: page, now: now), shown.prefix(10) != date.prefix(10) { return shown }
            return date
        }
        for value in page.timeValues {
            if let date = DateNormalizer.find(in: Array(value.utf8), now: now) { return date }
        }
        if let date = labelledDate(of: page, now: now) { return date }
        let addresses = [url, page.canonicalURL, meta(page, "og:url"), linkedData?.url]
        for case let address? in addresses {
            if let date = addressDate(address, now: now) { return date }
        }
        return headerDate(of: page, now: now)
    }

    static func modified(of page: PageStructure, linkedData: LinkedDataArticle?, now: Date) -> String? {
        firstDate([linkedData?.modified] + modifiedNames.map { meta(page, $0) }, now: now)
    }

    /// A date in a page's address, `/2025/09/04/` or `/2025-09-04-`: blogs and news sites file
    /// articles by day.
    static func addressDate(_ address: String, now: Date) -> String? {
        let bytes = Array(address.utf8.prefix(400))
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        var index = 0
        while index + 11 <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "/"), let year = number(index + 1, 4), (1995...2100).contains(year)
            else { continue }
            let separator = bytes[index + 5]
            guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"), let month = number(index + 6, 2),
                index + 8 < bytes.count, bytes[index + 8] == separator, let day = number(index + 9, 2)
            else { continue }
            if index + 11 < bytes.count, bytes[index + 11] >= 0x30 && bytes[index + 11] <= 0x39 { continue }
            let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            if let date = DateNormalizer.normalize(text, now: now) { return date }
        }
        return nil
    }

    /// The date line near the headline (`Published August 7, 2023`, `4. September 2025`): the
    /// short blocks just after the `<h1>`, then the few just before it.
    static func headerDate(of page: PageStructure, now: Date) -> String? {
        for block in headerBlocks(of: page) where block.text.count <= 160 {
            if let date = DateNormalizer.find(in: block.text, now: now) { return date }
        }
        return nil
    }

    /// Words that label a publication date on the page, in the languages the date reader knows.
    static let publishedLabels: [[UInt8]] = [
        "published", "posted", "publication date", "date published", "veröffentlicht", "publié", "publicado",
        "pubblicato", "gepubliceerd", "opublikowano",
    ].map { Array($0.utf8) }

    /// A date the page labels as its publication (`Published: Feb 2, 2023`, or `Published` with the
    /// date in the next block), wherever it stands.
    static func labelledDate(of page: PageStructure, now: Date) -> String? {
        for (index, block) in page.blocks.enumerated() where block.text.count <= 100 {
            let text = block.text
            guard
                let label = publishedLabels.first(where: { label in
                    text.count >= label.count && zip(text, label).allSatisfy { BoilerplateHints.lowercased($0) == $1 }
                })
            else { continue }
            if let date = DateNormalizer.find(in: Array(text[label.count...]), now: now) { return date }
            if text.count <= label.count + 4, index + 1 < page.blocks.count, page.blocks[index + 1].text.count <= 100,
                let date = DateNormalizer.find(in: page.blocks[index + 1].text, now: now)
            {
                return date
            }
        }
        return nil
    }

    /// The blocks around the headline, nearest first after it, then before it.
    static func headerBlocks(of page: PageStructure) -> [PageStructure.Block] {
        guard let headline = headlineBlock(of: page), !page.blocks.isEmpty else { return [] }
        let after = page.blocks[min(headline, page.blocks.count)..<min(headline + 14, page.blocks.count)]
        let before = page.blocks[max(0, headline - 5)..<min(headline, page.blocks.count)].reversed()
        return Array(after) + Array(before)
    }

    /// Where the headline `<h1>` sits among the blocks (a logo or section `<h1>` may come first).
    static func headlineBlock(of page: PageStructure) -> Int? {
        guard let index = headlineIndex(of: page, linkedData: nil) else { return page.headingBlocks.first }
        return page.headingBlocks[index]
    }

    /// The first candidate that is a date, or holds one after a label (`Published Oct 20, 2025`).
    static func firstDate(_ candidates: [String?], now: Date) -> String? {
        candidates.lazy.compactMap { $0 }.compactMap {
            DateNormalizer.normalize($0, now: now) ?? DateNormalizer.find(in: Array($0.utf8.prefix(80)), now: now)
        }.first
    }
}
