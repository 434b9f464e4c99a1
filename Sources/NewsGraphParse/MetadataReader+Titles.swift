import Foundation

/// Titles: the one readers see over the article, and what is left of a declared title once
/// the site's name is cut from it.
extension MetadataReader {
    static func title(of page: PageStructure, linkedData: LinkedDataArticle?) -> String? {
        let candidates = [
            linkedData?.headline, meta(page, "og:title"), meta(page, "twitter:title"), meta(page, "dc.title"),
            page.headings1.first, page.titleElementText,
        ]
        return candidates.compactMap { $0 }.map(trim).first { !$0.isEmpty }
    }

    /// The headline a reader sees: the page's `<h1>` when it reads as one, else the declared
    /// title without the site's name around it.
    static func displayTitle(of page: PageStructure, linkedData: LinkedDataArticle?, siteName: String?) -> String? {
        let titles = [
            linkedData?.headline, meta(page, "og:title"), meta(page, "twitter:title"), meta(page, "dc.title"),
            page.titleElementText,
        ].compactMap { $0 }.map(trim).filter { !$0.isEmpty }
        let declared = titles.first.map { uncut($0, among: titles) } ?? title(of: page, linkedData: linkedData)
        if let index = headlineIndex(of: page, linkedData: linkedData) {
            let heading = withoutLabel(trim(page.headings1[index]), declared: declared)
            if let shown = shownDeclaredTitle(of: page, titles: titles, siteName: siteName),
                !equalIgnoringCase(Array(heading.utf8), Array(shown.utf8))
            {
                return shown
            }
            if let cased = casedCopy(of: heading, titles: titles, siteName: siteName) { return cased }
            if let declared,
                let clean = readableCopy(of: heading, declared: withoutSiteName(declared, siteName: siteName))
            {
                return clean
            }
            if siteName.map({ heading.lowercased() != $0.lowercased() }) ?? true { return heading }
        }
        return declared.map { withoutDomain(withoutSiteName($0, siteName: siteName)) }
    }

    /// A heading that shows a declared title, without the site's name: the headline set in an
    /// `<h2>` under an `<h1>` that labels the section (`Sleep` over `Helping a Toddler Sleep Alone`).
    static func shownDeclaredTitle(of page: PageStructure, titles: [String], siteName: String?) -> String? {
        var wanted: [[UInt8]] = []
        for title in titles {
            wanted.append(Array(withoutSiteName(title, siteName: siteName).utf8))
            for (separator, bytes) in titleSeparators where contains(title, bytes) {
                if let part = title.components(separatedBy: separator).first { wanted.append(Array(trim(part).utf8)) }
            }
        }
        wanted = wanted.filter { $0.count >= 12 }
        guard !wanted.isEmpty else { return nil }
        for block in page.blocks.prefix(600) where block.tag == .heading && block.text.count <= 250 {
            if wanted.contains(where: { equalIgnoringCase(block.text, $0) }) {
                return String(decoding: block.text, as: UTF8.self)
            }
        }
        return nil
    }

    /// The declared title for an `<h1>` typed in capitals that it restates, but for a word (`BEST
    /// KETTLES IN 2026` for `Best Kettles 2026`): capitals are the headline's styling, the
    /// declared title is its wording.
    static func casedCopy(of heading: String, titles: [String], siteName: String?) -> String? {
        let letters = heading.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 8, !letters.contains(where: { $0.properties.isLowercase }) else { return nil }
        let words = { (text: String) in Set(text.lowercased().split(whereSeparator: { $0 == " " || $0.isPunctuation }))
        }
        let shown = words(heading)
        for title in titles {
            let declared = withoutSiteName(title, siteName: siteName)
            let other = words(declared)
            guard other.count >= 2, declared.unicodeScalars.contains(where: { $0.properties.isLowercase }) else {
                continue
            }
            if shown.symmetricDifference(other).count <= 1 { return declared }
        }
        return nil
    }

    /// The declared title when the heading is it with characters lost to `?` in an encoding
    /// (`Dredging? Beginner? Guide` for `Dredging: Beginner’s Guide`): each `?` stands for up to two.
    static func readableCopy(of heading: String, declared: String) -> String? {
        guard heading.contains("?"), declared != heading, !declared.contains("?") else { return nil }
        // Matched by hand, not by a regular expression: Foundation's regular expressions are slow
        // to build and keep memory they never free.
        let parts = heading.lowercased().split(separator: "?", omittingEmptySubsequences: false)
            .map { Array($0.unicodeScalars) }
        let text = Array(declared.lowercased().unicodeScalars)
        var failed = Set<Int>()
        return lostCharacters(parts, 0, text, 0, &failed) ? declared : nil
    }

    /// Whether `text` from `start` is `parts[part...]` with one or two characters (no line break)
    /// in place of each `?` between them; `failed` remembers the positions that were tried.
    private static func lostCharacters(
        _ parts: [[Unicode.Scalar]], _ part: Int, _ text: [Unicode.Scalar], _ start: Int, _ failed: inout Set<Int>
    ) -> Bool {
        let literal = parts[part]
        guard start + literal.count <= text.count, text[start..<start + literal.count].elementsEqual(literal),
            !failed.contains(part * (text.count + 1) + start)
        else { return false }
        let next = start + literal.count
        if part == parts.count - 1 { return next == text.count }
        for gap in 1...2 where next + gap <= text.count {
            if text[next..<next + gap].contains(where: { $0 == "\n" || $0 == "\r" }) { break }
            if lostCharacters(parts, part + 1, text, next + gap, &failed) { return true }
        }
        failed.insert(part * (text.count + 1) + start)
        return false
    }

    /// The longer title a cut one begins: publishing tools cut a headline declared for search
    /// engines at a set length (`… Four Readers Find (Including`), while `<title>` and the titles
    /// for sharing keep it whole.
    static func uncut(_ title: String, among titles: [String]) -> String {
        let words = title.split(separator: " ")
        guard words.count >= 4 else { return title }
        return titles.first { other in
            guard other.count > title.count + 1, other.hasPrefix(title) else { return false }
            let rest = other.dropFirst(title.count)
            // `Title | Site` is the whole title with the site's name after it, not a longer title.
            return rest.first == " " && !titleSeparators.contains { rest.hasPrefix($0.0) }
        } ?? title
    }

    /// `Blog: Harbour Dredging Begins` → `Harbour Dredging Begins`: one word and a colon opening a
    /// heading, which the declared title does not have, label the page's section, not the story.
    static func withoutLabel(_ heading: String, declared: String?) -> String {
        guard let colon = heading.firstIndex(of: ":") else { return heading }
        let label = heading[..<colon]
        let rest = heading[heading.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.count <= 12, label.allSatisfy(\.isLetter), rest.count >= 10,
            let declared, !declared.lowercased().contains(label.lowercased() + ":")
        else { return heading }
        return rest
    }

    /// `example.com Harbour Dredging Begins` → `Harbour Dredging Begins`: a domain name opening a
    /// title is the site's name.
    static func withoutDomain(_ title: String) -> String {
        let words = title.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let dot = words[0].lastIndex(of: "."), words[1].count >= 5 else { return title }
        let name = words[0][..<dot]
        let suffix = words[0][words[0].index(after: dot)...]
        guard (2...6).contains(suffix.count), suffix.allSatisfy({ $0.isLowercase && $0.isASCII }), !name.isEmpty,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." })
        else { return title }
        return String(words[1])
    }

    /// Which `<h1>` is the article's headline: of several words, sharing a third of them with the
    /// titles declared for sharing; when the page has several, the one sharing most words with
    /// all declared titles (the others are logos or sections).
    static func headlineIndex(of page: PageStructure, linkedData: LinkedDataArticle?) -> Int? {
        // A "title" of more than 150 characters is a description put in a title's field.
        let titled = { (title: String?) in title.flatMap { $0.count <= 150 ? $0.lowercased() : nil } }
        let declared = [
            linkedData?.headline, meta(page, "og:title"), meta(page, "twitter:title"), page.titleElementText,
        ].compactMap(titled).joined(separator: " ")
        let declaredWords = Set(declared.split(whereSeparator: { $0 == " " || $0.isPunctuation }))
        // Titles written for sharing (JSON-LD, OpenGraph, Twitter) restate the headline.
        let shared = [linkedData?.headline, meta(page, "og:title"), meta(page, "twitter:title")]
            .compactMap(titled).joined(separator: " ")
        let sharingWords = Set(shared.split(whereSeparator: { $0 == " " || $0.isPunctuation }))
        var best: (index: Int, shared: Int)?
        for (index, heading) in page.headings1.enumerated() {
            let words = heading.lowercased().split(whereSeparator: { $0 == " " || $0.isPunctuation })
            guard words.count >= 2, heading.count <= 250 else { continue }
            let shared = words.filter { declaredWords.contains($0) }.count
            if page.headings1.count > 1 && shared * 2 < words.count { continue }
            // A heading with little in common with them is a section's or a teaser's.
            if !(page.headings1.count == 1 && words.count >= 6), !sharingWords.isEmpty,
                words.filter({ sharingWords.contains($0) }).count * 3 < words.count
            {
                continue
            }
            if namesTheSite(heading, page: page) { continue }
            if best == nil || shared > best!.shared { best = (index, shared) }
        }
        return best?.index
    }

    /// A logo `<h1>`: the site's declared name, a domain name, or the end of `<title>` that a
    /// separator sets apart from the headline (`Headline | Site`).
    static func namesTheSite(_ heading: String, page: PageStructure) -> Bool {
        let lower = heading.lowercased()
        if let site = meta(page, "og:site_name"), lower == trim(site).lowercased() { return true }
        if !lower.contains(" "), lower.contains("."), !lower.hasSuffix(".") { return true }
        guard let title = page.titleElementText?.lowercased(), title != lower else { return false }
        for (separator, bytes) in titleSeparators where contains(title, bytes) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count >= 2 && parts.last == lower { return true }
        }
        return false
    }

    /// What sets a site's name apart in a title, with its bytes.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " · ", " :: "].map { ($0, Array($0.utf8)) }

    /// True when `text` holds `word` (lower-case bytes), ASCII letters compared without case: a
    /// byte test that spares a Foundation search on the many lines without the word.
    static func contains(_ text: String, _ word: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, word) }
    }

    /// `Site | Title`, `Title – Site`: the part that names the site goes.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        guard let siteName, !siteName.isEmpty else { return title }
        let site = siteName.lowercased()
        for (separator, bytes) in titleSeparators where contains(title, bytes) {
            let parts = title.components(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            if parts[parts.count - 1].lowercased().contains(site) {
                return parts.dropLast().joined(separator: separator)
            }
            if parts[0].lowercased().contains(site) { return parts.dropFirst().joined(separator: separator) }
        }
        return title
    }
}
