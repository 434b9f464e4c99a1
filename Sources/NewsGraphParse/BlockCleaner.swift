/// Removes what the article container holds besides the article: its headline, the dateline
/// and byline above the text, stray labels ("Advertisement", "Comments", "Share"), template
/// filler, a note on the author and long code listings.
///
/// These are shapes, not phrases: a block is dropped for what it looks like (a repeat of the
/// page's `<h1>`, a short line with a date before the first paragraph, two words without a
/// sentence's punctuation), so the rules hold for any site and language.
enum BlockCleaner {
    static func clean(
        _ blocks: [PageStructure.Block], page: PageStructure, titles: [String] = []
    ) -> [PageStructure.Block] {
        let headlines = Set((page.headings1 + titles).map { Array($0.utf8) })
        var result: [PageStructure.Block] = []
        result.reserveCapacity(blocks.count)
        var seenProse = false
        for var block in blocks {
            if headlines.contains(block.text) && !seenProse { continue }
            if block.tag == .heading && headlines.contains(block.text) { continue }
            if !seenProse && isHeaderLine(block) { continue }
            if !seenProse, let lineEnd = block.text.firstIndex(of: 0x0A) {
                var firstLine = block
                firstLine.text = Array(block.text[..<lineEnd])
                if isHeaderLine(firstLine) {
                    block.text = Array(block.text[lineEnd...].drop { $0 == 0x0A || $0 == 0x20 })
                    block.linkBytes = min(block.linkBytes, block.text.count)
                }
            }
            if isStrayLabel(block) || isPlaceholder(block) || isLongCode(block) { continue }
            if ContentExtractor.isProse(block) && block.text.count >= 80 { seenProse = true }
            result.append(block)
        }
        return withoutAuthorNote(result)
    }

    /// A long code listing: a preformatted block dense in brackets, braces, semicolons and
    /// equals signs. It is a program the article shows, not the article's prose; shorter
    /// snippets and preformatted prose (a poem, a plain-text letter) stay.
    static func isLongCode(_ block: PageStructure.Block) -> Bool {
        guard block.tag == .preformatted, block.text.count >= 1500 else { return false }
        var symbols = 0
        for byte in block.text {
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"),
                UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"):
                symbols += 1
            default: break
            }
        }
        return symbols * 25 >= block.text.count
    }

    /// Template filler ("Lorem ipsum dolor sit amet…") that a page shows where text was never
    /// written: never an article's text.
    static func isPlaceholder(_ block: PageStructure.Block) -> Bool {
        block.text.count >= 11 && block.text.prefix(11).map { $0 | 0x20 } == Array("lorem ipsum".utf8)
    }

    /// A section headed "About the author" is a note on the writer, not the article: it runs
    /// from its heading to the next heading or the end.
    static func withoutAuthorNote(_ blocks: [PageStructure.Block]) -> [PageStructure.Block] {
        guard let start = blocks.indices.last(where: { isAuthorNoteHeading(blocks[$0]) }) else { return blocks }
        let end = blocks[(start + 1)...].firstIndex { $0.tag == .heading } ?? blocks.endIndex
        var kept = blocks
        kept.removeSubrange(start..<end)
        return kept
    }

    private static let authorNoteHeadings = ["about the author", "about the authors", "about the writer"].map {
        Array($0.utf8)
    }

    private static func isAuthorNoteHeading(_ block: PageStructure.Block) -> Bool {
        guard block.text.count <= 20 else { return false }
        var lowered = block.text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if lowered.last == UInt8(ascii: ":") { lowered.removeLast() }
        return authorNoteHeadings.contains(lowered)
    }

    /// A short line before the text that carries a date, a time or a byline.
    static func isHeaderLine(_ block: PageStructure.Block) -> Bool {
        guard block.tag != .heading, block.text.count < 140 else { return false }
        let text = block.text
        var digits = 0
        for byte in text where byte >= 0x30 && byte <= 0x39 { digits += 1 }
        if digits >= 4 && !endsLikeSentence(text) { return true }
        let lowered = text.prefix(3).map { $0 | 0x20 }
        return lowered == Array("by ".utf8) && text.count < 80
    }

    /// One to three words that do not end like a sentence: a label, not text.
    static func isStrayLabel(_ block: PageStructure.Block) -> Bool {
        switch block.tag {
        case .paragraph, .container, .blockQuote: break
        default: return false
        }
        guard block.text.count < 40, !endsLikeSentence(block.text) else { return false }
        var words = 1
        for byte in block.text where byte == 0x20 { words += 1 }
        return words <= 3
    }

    static func endsLikeSentence(_ text: [UInt8]) -> Bool {
        guard var last = text.last else { return false }
        if last == UInt8(ascii: "\"") || last == UInt8(ascii: ")"), text.count >= 2 {
            last = text[text.count - 2]
        } else if text.count >= 4, text[text.count - 3] == 0xE2, text[text.count - 2] == 0x80 {
            // A closing curly quote (U+2019, U+201D) or an ellipsis (U+2026).
            if last == 0xA6 { return true }
            last = text[text.count - 4]
        }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            || last == UInt8(ascii: ":")
    }
}
