import Foundation

/// Where a page names its writer for readers: the byline under the headline, a name beside the
/// date line, and the writer a Twitter card names.
extension MetadataReader {
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
}
