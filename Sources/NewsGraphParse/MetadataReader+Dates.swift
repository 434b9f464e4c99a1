import Foundation

/// Where a page says when it was published: the date in its address, a date it labels as the
/// publication, structured metadata (unless the date line under the headline shows another day),
/// `<time>` elements, a date labelled as an update, then any date line near the headline.
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
        "article:published_date", "article:publicationdate", "article:post_date", "og:pubdate", "og:publish_date",
        "bt:pubdate", "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "vr:published_time",
        "twt-published-at", "dc.date.publication", "dc.created", "date_created", "dateposted", "pdate", "ptime",
        "rbpubdate", "content_create_date", "dcsext.articlefirstpublished", "analyticsattributes.articledate",
    ]
    /// `<meta>` names and properties that carry the last modification.
    static let modifiedNames = [
        "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
        "last-modified", "article:modified", "modified_time", "lastmod",
    ]

    static func published(
        of page: PageStructure, linkedData: LinkedDataArticle?, url: String?, modified: String?, now crawl: Date
    ) -> String? {
        // An article filed under a dated address was published that day.
        for case let address? in [url, page.canonicalURL, meta(page, "og:url"), linkedData?.url] {
            if let date = addressDate(address, now: crawl) { return date }
        }
        let declared = declaredPublication(of: page, linkedData: linkedData, now: crawl)
        let now = latestDate(modified: modified, declared: declared, crawl: crawl)
        // What the page shows its readers as the publication date outranks what it tells machines.
        if let labelled = labelledDate(of: page, labels: publishedLabels, now: now) { return labelled }
        if let original = originalDate(of: page, now: now) { return original }
        if let declared {
            let lines = headerBlocks(of: page).lazy.filter { $0.text.count <= 160 }.compactMap { block in
                DateNormalizer.find(in: block.text, now: now).map { (block: block, date: $0) }
            }
            // A line near the headline showing the declared day confirms it (a dated line nearer
            // to it may be a teaser's).
            if lines.contains(where: { sameDay($0.date, declared) }) { return declared }
            // `8/1/2025` reads either way, so the reader refuses it; it still shows a declared
            // 2025-08-01 (or 2025-01-08) when one of its readings is that day.
            let numeric = numericSpellings(of: declared)
            if headerBlocks(of: page).contains(where: { block in
                block.text.count <= 160 && numeric.contains { holdsNumber(block.text, $0) }
            }) {
                return declared
            }
            // A page that declares its publication only in schema.org data shows readers its
            // update as the article's date (`Updated May 2, 2024` under the headline).
            if let first = lines.first, !headDeclaresPublication(page), let updated = updateDate(first.block, now: now)
            {
                return updated
            }
            if let shown = lines.first.flatMap({ shownDate($0.block, date: $0.date) }) {
                // `09.10.2024` under a headline declared 2024-09-10 is that day, month first.
                if let swapped = swappedDayAndMonth(shown), sameDay(swapped, declared) { return declared }
                return shown
            }
            return declared
        }
        for value in page.timeValues {
            if let date = DateNormalizer.find(in: Array(value.utf8), now: now) { return date }
        }
        if let date = labelledDate(of: page, labels: publishedLabels + updatedLabels, now: now) { return date }
        return headerDate(of: page, now: now) ?? creditDate(of: page, now: now)
    }

    /// The page's own last change bounds the dates it shows, as the crawl does: a date line
    /// after the declared modification belongs to a teaser, a comment or an event, not to the
    /// article. A modification declared before the publication is a broken tag and bounds nothing.
    static func latestDate(modified: String?, declared: String?, crawl: Date) -> Date {
        guard let modified, declared.map({ $0.prefix(10) <= modified.prefix(10) }) ?? true,
            let last = DateNormalizer.date(of: String(modified.prefix(10)))
        else { return crawl }
        return min(crawl, last)
    }

    /// The publication date JSON-LD or the first of ``publishedNames`` declares, names tried in
    /// turn until one holds a date.
    static func declaredPublication(of page: PageStructure, linkedData: LinkedDataArticle?, now: Date) -> String? {
        if let date = firstDate([linkedData?.published], now: now) { return date }
        for name in publishedNames {
            if let value = meta(page, name), let date = firstDate([value], now: now) { return date }
        }
        return nil
    }

    /// Phrases a note on the article's history opens its first publication with.
    static let originalLabels: [[UInt8]] = ["originally published", "first published", "originally posted"].map {
        Array($0.utf8)
    }

    /// The day a note says the article was first published (`This article was originally
    /// published on 4 May 2019 and has been updated since`), wherever the note stands.
    static func originalDate(of page: PageStructure, now: Date) -> String? {
        for block in page.blocks where block.text.count <= 400 && block.text.count >= 24 {
            for label in originalLabels {
                guard let start = firstIndexIgnoringCase(of: label, in: block.text), opensNote(block.text, at: start)
                else { continue }
                // The date follows the phrase closely (`on`, `in`, a time), not later in the note.
                let rest = Array(block.text[(start + label.count)...].prefix(48))
                if let date = DateNormalizer.find(in: rest, now: now) { return date }
            }
        }
        return nil
    }

    /// True when the phrase at `start` opens the line, or follows a short subject that does
    /// (`This article was …`, `The post was …`): a note on the article itself, not prose citing
    /// when another work first appeared.
    static func opensNote(_ text: [UInt8], at start: Int) -> Bool {
        let lead = text[..<start].drop { $0 == 0x20 || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "*") }
        if lead.isEmpty { return true }
        guard lead.count <= 32 else { return false }
        let lower = lead.map(BoilerplateHints.lowercased)
        return (lower.starts(with: Array("this ".utf8)) || lower.starts(with: Array("the ".utf8)))
            && lower.suffix(4).elementsEqual("was ".utf8)
    }

    /// Where `word` (lower-case bytes) first occurs in `text`, ASCII letters compared without case.
    static func firstIndexIgnoringCase(of word: [UInt8], in text: [UInt8]) -> Int? {
        guard let first = word.first, text.count >= word.count else { return nil }
        for start in 0...(text.count - word.count) where BoilerplateHints.lowercased(text[start]) == first {
            var offset = 1
            while offset < word.count, BoilerplateHints.lowercased(text[start + offset]) == word[offset] { offset += 1 }
            if offset == word.count { return start }
        }
        return nil
    }

    /// A bare date line beside the author's credit (`Written by Jane Doe` over `April 8, 2024`),
    /// wherever the credit stands: the last resort of a page that dates nothing near its headline.
    static func creditDate(of page: PageStructure, now: Date) -> String? {
        // Not `Posted by` or `By`: comments credit their writers so, beside their own dates.
        let cues = ["written by", "authored by", "author"].map { Array($0.utf8) }
        for (index, block) in page.blocks.enumerated() where block.text.count <= 120 {
            guard mayOpenWithCue(block.text),
                cues.contains(where: { cue in
                    block.text.count > cue.count + 1
                        && zip(block.text, cue).allSatisfy { BoilerplateHints.lowercased($0) == $1 }
                        && (block.text[cue.count] == UInt8(ascii: " ") || block.text[cue.count] == UInt8(ascii: ":"))
                })
            else { continue }
            for other in [index + 1, index + 2, index - 1] where other >= 0 && other < page.blocks.count {
                let text = page.blocks[other].text
                guard text.count <= 40, let date = DateNormalizer.find(in: text, now: now) else { continue }
                return date
            }
        }
        return nil
    }

    /// True when `text` holds `number` (`8/1/2025`) with no digit on either side.
    static func holdsNumber(_ text: [UInt8], _ number: [UInt8]) -> Bool {
        guard text.count >= number.count else { return false }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        for start in 0...(text.count - number.count) where text[start] == number[0] {
            guard text[start..<start + number.count].elementsEqual(number) else { continue }
            if start > 0, isDigit(text[start - 1]) { continue }
            if start + number.count < text.count, isDigit(text[start + number.count]) { continue }
            return true
        }
        return false
    }

    /// `2025-08-01` as a page may write it in numbers with slashes, either order, with or without
    /// leading zeros (`8/1/2025`, `01/08/2025`); none for a day and month that read one way.
    static func numericSpellings(of date: String) -> [[UInt8]] {
        let bytes = Array(date.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-") else { return [] }
        let year = String(decoding: bytes[0..<4], as: UTF8.self)
        let month = String(decoding: bytes[5..<7], as: UTF8.self)
        let day = String(decoding: bytes[8..<10], as: UTF8.self)
        guard let monthNumber = Int(month), let dayNumber = Int(day), dayNumber <= 12, dayNumber != monthNumber
        else { return [] }
        return [
            "\(monthNumber)/\(dayNumber)/\(year)", "\(dayNumber)/\(monthNumber)/\(year)", "\(month)/\(day)/\(year)",
            "\(day)/\(month)/\(year)",
        ].map { Array($0.utf8) }
    }

    /// The first dated line near the headline as the date readers take for the publication date,
    /// when it is a bare date (`March 3, 2024`, `Jane Doe • March 3, 2024`). A line that says the
    /// article was updated gives no publication date, and neither does a longer line, which is prose.
    static func shownDate(_ block: PageStructure.Block, date: String) -> String? {
        guard block.text.count <= 60, !updatedLabels.contains(where: { contains(block.text, $0) }) else { return nil }
        return date
    }

    /// True when a tag in the page's head (`article:published_time`, `dc.date`, …) names the
    /// publication, not only schema.org data (JSON-LD, or `itemprop` microdata read as a tag).
    static func headDeclaresPublication(_ page: PageStructure) -> Bool {
        publishedNames.contains { $0 != "datepublished" && meta(page, $0) != nil }
    }

    /// The date after an update label on a short line (`Last updated: May 2, 2024 · 6 min read`).
    static func updateDate(_ block: PageStructure.Block, now: Date) -> String? {
        guard block.text.count <= 60 else { return nil }
        for label in updatedLabels {
            guard let start = firstIndexIgnoringCase(of: label, in: block.text) else { continue }
            return DateNormalizer.find(in: Array(block.text[(start + label.count)...]), now: now)
        }
        return nil
    }

    /// `2024-10-09` read the other way, `2024-09-10`, when both readings are dates.
    static func swappedDayAndMonth(_ date: String) -> String? {
        let bytes = Array(date.utf8.prefix(10))
        guard bytes.count == 10, bytes[8] <= UInt8(ascii: "1"), bytes[5...6] != bytes[8...9],
            bytes[8] == UInt8(ascii: "0") || bytes[9] <= UInt8(ascii: "2")
        else { return nil }
        return String(decoding: bytes[..<5] + bytes[8...9] + [UInt8(ascii: "-")] + bytes[5...6], as: UTF8.self)
    }

    /// Two dates at most a day apart: one moment written in two time zones.
    static func sameDay(_ first: String, _ second: String) -> Bool {
        guard let one = DateNormalizer.date(of: String(first.prefix(10))),
            let other = DateNormalizer.date(of: String(second.prefix(10)))
        else { return first.prefix(10) == second.prefix(10) }
        return abs(one.timeIntervalSince(other)) <= 86_400
    }

    /// True when `text` holds `word` (lower-case bytes), ASCII letters compared without case.
    static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { contains($0, word) }
    }

    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard text.count >= word.count, let first = word.first else { return false }
        let count = word.count
        return word.withUnsafeBufferPointer { word in
            for start in 0...(text.count - count) where BoilerplateHints.lowercased(text[start]) == first {
                var offset = 1
                while offset < count, BoilerplateHints.lowercased(text[start + offset]) == word[offset] { offset += 1 }
                if offset == count { return true }
            }
            return false
        }
    }

    static func modified(of page: PageStructure, linkedData: LinkedDataArticle?, now: Date) -> String? {
        firstDate([linkedData?.modified] + modifiedNames.map { meta(page, $0) }, now: now)
    }

    /// A date in a page's address, `/2025/09/04/`, `/2025-09-04-` or `/20250904/`: blogs and news
    /// sites file articles by day.
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
        while index + 9 <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "/"), let year = number(index + 1, 4), (1995...2100).contains(year)
            else { continue }
            // `/20250904-title/`: the day written as one number, set off like a word of the path.
            if let month = number(index + 5, 2), let day = number(index + 7, 2),
                index + 9 == bytes.count
                    || [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")]
                        .contains(bytes[index + 9]),
                (1...12).contains(month), (1...31).contains(day)
            {
                let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
                if let date = DateNormalizer.normalize(text, now: now) { return date }
                continue
            }
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

    /// Words that label the date of an update, in the same languages.
    static let updatedLabels: [[UInt8]] = [
        "updated", "last updated", "modified", "last modified", "aktualisiert", "mis à jour", "actualizado",
        "aggiornato", "bijgewerkt", "atualizado",
    ].map { Array($0.utf8) }

    /// A date the page labels with one of `labels` (`Published: Feb 2, 2023`, or `Published` with
    /// the date in one of the next two blocks), wherever it stands.
    static func labelledDate(of page: PageStructure, labels: [[UInt8]], now: Date) -> String? {
        for (index, block) in page.blocks.enumerated() where block.text.count <= 100 {
            let text = block.text
            guard
                let label = labels.first(where: { label in
                    text.count >= label.count && zip(text, label).allSatisfy { BoilerplateHints.lowercased($0) == $1 }
                })
            else { continue }
            if let date = DateNormalizer.find(in: Array(text[label.count...]), now: now) { return date }
            // `Last updated: June 2022`: after a label, a month alone dates the page too.
            if let date = DateNormalizer.monthOnly(in: Array(text[label.count...]), now: now) { return date }
            guard text.count <= label.count + 4 else { continue }
            // The date may follow in the next block, or after a hidden caption for screen readers.
            for next in page.blocks[(index + 1)...].prefix(2) where next.text.count <= 100 {
                if let date = DateNormalizer.find(in: next.text, now: now) { return date }
                if let date = DateNormalizer.monthOnly(in: next.text, now: now) { return date }
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
        if let found = page.headlineBlock { return found }
        if page.headingBlocks.isEmpty { return titledBlock(of: page) }
        guard let index = headlineIndex(of: page, linkedData: nil) else { return page.headingBlocks.first }
        return page.headingBlocks[index]
    }

    /// On a page without an `<h1>`, the first short block that reads as the declared title (the
    /// headline set in a styled `<p>` or `<div>`), or the part of `<title>` before the site's name.
    static func titledBlock(of page: PageStructure) -> Int? {
        var titles: [[UInt8]] = []
        for case let title? in [meta(page, "og:title"), meta(page, "twitter:title"), page.titleElementText] {
            let text = trim(title)
            titles.append(Array(text.utf8))
            for (separator, bytes) in titleSeparators where contains(text, bytes) {
                if let part = text.components(separatedBy: separator).first { titles.append(Array(trim(part).utf8)) }
            }
        }
        titles = titles.filter { $0.count >= 12 }
        guard !titles.isEmpty else { return nil }
        for (index, block) in page.blocks.enumerated().prefix(600) where block.text.count <= 250 {
            if titles.contains(where: { equalIgnoringCase(block.text, $0) }) { return index }
        }
        return nil
    }

    /// Byte equality with ASCII letters compared without case.
    static func equalIgnoringCase(_ text: [UInt8], _ other: [UInt8]) -> Bool {
        text.count == other.count
            && zip(text, other).allSatisfy { BoilerplateHints.lowercased($0) == BoilerplateHints.lowercased($1) }
    }

    /// The first candidate that is a date, or holds one after a label (`Published Oct 20, 2025`).
    static func firstDate(_ candidates: [String?], now: Date) -> String? {
        candidates.lazy.compactMap { $0 }.compactMap {
            DateNormalizer.normalize($0, now: now) ?? DateNormalizer.find(in: Array($0.utf8.prefix(80)), now: now)
        }.first
    }
}
