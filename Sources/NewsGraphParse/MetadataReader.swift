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
        metadata.published = published(of: page, linkedData: linkedData, url: url, now: now) ?? metadata.modified
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

    /// One name written with or without a title (`Dr Jane Doe`, `Jane Doe`).
    static func sameName(_ first: String, _ second: String) -> Bool {
        func bare(_ name: String) -> [Substring] {
            // Her letters after a comma (`Jane Doe, MD`) do not make another person.
            let words = (name.split(separator: ",").first ?? "").lowercased().split(separator: " ")
            return words.first.map { honorifics.contains($0.trimmingCharacters(in: .punctuationCharacters)) } == true
                ? Array(words.dropFirst()) : words
        }
        return bare(first) == bare(second)
    }

    static let honorifics: Set<String> = ["dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "rev"]

    /// The writer a Twitter card names (`twitter:label1` "Written by", `twitter:data1` the name),
    /// as publishing tools fill it in for link previews.
    static func cardWriters(of page: PageStructure) -> [String] {
        var writers: [String] = []
        for (name, content) in page.metaTags where name.hasPrefix("twitter:label") {
            let label = content.lowercased().trimmingCharacters(in: labelEdges)
            guard label == "written by" || label == "author" || label == "by" else { continue }
            let dataName = "twitter:data" + name.dropFirst("twitter:label".count)
            if let data = meta(page, dataName) { writers.append(data) }
        }
        return writers
    }

    static let writtenBy = Array("written by ".utf8)

    /// What a label line may have around its word (`Author:`, `(By)`).
    static let labelEdges = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// A name standing by itself beside the date line under the headline (`Jane Doe` over
    /// `March 3, 2024`), or before the date on that line (`Jane Doe • March 3, 2024`).
    static func datelineNames(of page: PageStructure) -> [String] {
        let blocks = headerBlocks(of: page)
        // The site's name and the title's words stand by the date line too.
        let taken = [meta(page, "og:site_name"), page.titleElementText, meta(page, "og:title")].compactMap {
            $0?.lowercased()
        }
        for (index, block) in blocks.enumerated() where block.text.count <= 100 && block.tag != .heading {
            let text = String(decoding: block.text, as: UTF8.self)
            let trimmed = trim(text)
            let lowered = trimmed.lowercased()
            if taken.contains(where: { $0.contains(lowered) }) { continue }
            let dated = { (other: Int) in
                other >= 0 && other < blocks.count && blocks[other].text.count <= 100
                    && DateNormalizer.find(in: blocks[other].text) != nil
            }
            if isPersonName(trimmed), dated(index - 1) || dated(index + 1) { return [trimmed] }
            let name = cutAtByline(text)
            if name != text, isPersonName(name), DateNormalizer.find(in: block.text) != nil { return [name] }
        }
        return []
    }

    static let authorNames: Set<String> = [
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
        "citation_author", "cxenseparse:author",
    ]

    /// Byline lines near the headline: `By Jane Doe`, `Written by Jane Doe`, or a line that only
    /// says `By` / `Written by` followed by the name.
    static func headerBylines(of page: PageStructure) -> [String] {
        headerBylines(in: headerBlocks(of: page))
    }

    /// The blocks between the headline and the article's first paragraph, where a byline stands.
    static func bylineZone(of page: PageStructure) -> [PageStructure.Block] {
        guard let headline = headlineBlock(of: page), headline < page.blocks.count else { return [] }
        return Array(page.blocks[(headline + 1)...].prefix(14).prefix { $0.text.count <= 200 })
    }

    static func headerBylines(in blocks: [PageStructure.Block]) -> [String] {
        var lines: [String] = []
        var afterCue = false
        for block in blocks where block.text.count <= 200 {
            // Every cue opens with one of a few letters: a line whose first ASCII letter is
            // another is neither a cue nor a byline (bytes, before any string is made).
            if !afterCue, !mayOpenWithCue(block.text) { continue }
            let text = String(decoding: block.text, as: UTF8.self)
            let lower = text.lowercased()
            if afterCue {
                lines.append(text)
                afterCue = false
                continue
            }
            if bylineCues.contains(lower.trimmingCharacters(in: labelEdges)) {
                afterCue = true
                continue
            }
            // `ByJane Doe`: the cue and the name in adjacent elements, with no space between.
            let joined = { (cue: String) in
                cue == "by" && text.count > 2 && text[text.index(text.startIndex, offsetBy: 2)].isUppercase
                    && text.first?.isUppercase == true
            }
            if let cue = bylineCues.first(where: {
                lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ": ") || (lower.hasPrefix($0) && joined($0))
            }) {
                lines.append(String(text.dropFirst(cue.count)).trimmingCharacters(in: .init(charactersIn: ": ")))
            }
        }
        return lines.map(cutAtByline)
    }

    /// True unless the first ASCII letter or digit of `text` (after punctuation, spaces and
    /// other characters) is one that no byline cue begins with.
    static func mayOpenWithCue(_ text: [UInt8]) -> Bool {
        for byte in text where byte < 0x80 {
            let lower = BoilerplateHints.lowercased(byte)
            if lower >= 0x61 && lower <= 0x7A { return cueInitials.contains(lower) }
            if lower >= 0x30 && lower <= 0x39 { return false }
        }
        return true
    }

    static let cueInitials = Set(bylineCues.compactMap { $0.utf8.first })

    /// Words that open a byline, in the languages the date reader knows.
    static let bylineCues = [
        "by", "written by", "posted by", "published by", "words by", "author", "authors", "authored by", "von",
        "par", "por", "door", "di", "av", "af",
    ]

    /// Where a byline's name ends, with their bytes for a search without Foundation.
    static let bylineStops = [" on ", " | ", " • ", " · ", " — ", " – ", " - ", " updated", " published", "\n"].map {
        ($0, Array($0.utf8))
    }

    /// A byline's name part: what precedes ` on <date>`, `|`, `•`, or the date itself.
    static func cutAtByline(_ line: String) -> String {
        var text = line
        for (stop, bytes) in bylineStops where contains(text, bytes) {
            if let range = text.range(of: stop, options: .caseInsensitive) { text = String(text[..<range.lowerBound]) }
        }
        var kept: [Substring] = []
        for word in text.split(separator: " ") {
            let letters = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if word.contains(where: \.isNumber) { break }
            // A separator of the byline's items (`●`, `▪`) has no letters; `&` and `/` join names.
            if word != "&", word != "/", !word.contains(where: \.isLetter) { break }
            // `Jane Doe. Last updated …`: a full stop after a word (not an initial) ends the name.
            if let last = kept.last, last.hasSuffix("."), last.count > 3, word.first?.isUppercase == true { break }
            if letters.count >= 3, DateNormalizer.monthsByPrefix[letters] != nil { break }
            kept.append(word)
        }
        let name = kept.joined(separator: " ")
        // The full stop of `Jane Doe.` ends the sentence; an initial's (`Jane D.`) stays.
        if name.hasSuffix("."), let last = kept.last, last.count > 3 { return String(name.dropLast()) }
        return name
    }

    /// A credit that is not a person's name (a company, a pen name): short, a name, not an
    /// address, a handle, a date or a desk.
    static func creditName(_ text: String) -> String? {
        var credit = trim(text)
        for prefix in namePrefixes where credit.lowercased().hasPrefix(prefix) {
            credit = String(credit.dropFirst(prefix.count))
        }
        let words = credit.split(separator: " ")
        guard (1...5).contains(words.count), credit.count <= 40, credit.count >= 2,
            !credit.contains("://"), !credit.contains("@"), !credit.contains("/"),
            credit.contains(where: \.isLetter), !credit.contains(where: \.isNumber),
            !credit.contains(where: { "*:!?=<>{}[]|#".contains($0) }),
            !words.dropFirst().contains(where: isRunTogether),
            isTeamCredit(credit)
                || !words.contains(where: {
                    deskWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters))
                })
        else { return nil }
        return credit
    }

    /// A newsroom's collective credit (`Harbour Weekly Staff`, `The Harbour Team`, `Team Harbour`):
    /// a name with a desk word after it, or `Team` before it.
    static func isTeamCredit(_ credit: String) -> Bool {
        var words = credit.split(separator: " ").map { $0.lowercased() }
        if words.first == "the" { words.removeFirst() }
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        let name: ArraySlice<String>
        if ["staff", "team", "editors"].contains(last) {
            name = words.dropLast()
        } else if first == "team" {
            name = words.dropFirst()
        } else {
            return false
        }
        return name.allSatisfy { word in
            word == "editorial" || !(deskWords.contains(word) || nonNameWords.contains(word) || word == "our")
        }
    }

    /// Splits "By Jane Doe and John Smith" into names, dropping anything that is not one. After a
    /// name, the first part that is not one (`Jane Doe, Senior Editor, Harbour Weekly`) begins her
    /// description, which ends the list; with `leading`, a line that does not open with a name gives none.
    /// Names the page `declared` in its metadata were typed as they are, so inner capitals stand.
    static func splitNames(_ text: String, leading: Bool = false, declared: Bool = false) -> [String] {
        var text = trim(text)
        guard !text.contains("://"), !text.hasPrefix("@"), text.count <= 200 else { return [] }
        var lower = text.lowercased()
        for prefix in namePrefixes where lower.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            lower = text.lowercased()
        }
        if declared, let name = surnameFirst(text) { return [name] }
        // A byte test first: most bylines hold none of the separators.
        for (separator, bytes) in nameSeparators where contains(text, bytes) {
            text = text.replacingOccurrences(of: separator, with: ",")
        }
        var names: [String] = []
        for part in text.split(separator: ",").map({ undoubled(trim(String($0))) }) {
            if isPersonName(part, declared: declared) {
                names.append(part)
            } else if let last = names.indices.last, isCredential(part) {
                // `Jane Doe, MD`: her letters stay with her name, as the byline writes it.
                names[last] += ", " + part
            } else if !names.isEmpty || leading {
                break
            }
        }
        return names
    }

    /// What joins the names of a byline (`Jane Doe and John Roe`), with their bytes.
    static let nameSeparators = [" and ", " & ", " | ", ";", " / "].map { ($0, Array($0.utf8)) }

    /// `Jane Doe Jane Doe`, a name that a page's desktop and mobile copies of the byline both
    /// wrote, as one name.
    static func undoubled(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 4, words.count % 2 == 0, words[..<(words.count / 2)] == words[(words.count / 2)...]
        else { return name }
        return words[..<(words.count / 2)].joined(separator: " ")
    }

    /// Words of a newsroom's generic credits and of template placeholders, which name no one.
    static let deskWords: Set<String> = [
        "staff", "reporter", "reporters", "desk", "newsroom", "admin", "administrator", "editor", "editors", "wire",
        "correspondent", "unknown", "anonymous", "undefined", "null", "none", "login", "name", "guest",
    ]

    /// What a byline says before the name.
    static let namePrefixes = [
        "by ", "by: ", "written by ", "written by: ", "words by ", "text by ", "story by ", "posted by ", "posted by: ",
        "authored by ", "author: ",
        "from ",
    ]

    /// Two to five capitalised words, none of them a role or a desk ("Staff", "Newsroom"); unless
    /// `declared`, none run together from two elements (`MeninShare`).
    static func isPersonName(_ name: String, declared: Bool = false) -> Bool {
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
            if !declared, isRunTogether(word) { return false }
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
        "written", "by", "posted", "certified", "consultant", "expert", "specialist", "development", "community",
        "manager", "director", "founder", "marketing", "blog", "content", "columnist", "analyst", "senior", "chief",
        "officer", "president", "professor", "journalist", "photographer", "strategist", "engineer", "researcher",
        "head", "lead", "ceo", "cto", "cfo", "vp",
    ]

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
