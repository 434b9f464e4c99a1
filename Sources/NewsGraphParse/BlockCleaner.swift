import NewsGraphCore

/// Removes what the article container holds besides the article: its headline, the dateline
/// and byline above the text, stray labels ("Advertisement", "Comments", "Share"), template
/// filler, a note on the author, long code listings, picture credits, a list of related
/// articles under its heading and a second rendering of the text.
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
            if isImageCredit(block) { continue }
            if ContentExtractor.isProse(block) && block.text.count >= 80 { seenProse = true }
            result.append(block)
        }
        return withoutNotices(
            withoutTeasers(withoutRepeatedRuns(withoutRelatedLists(withoutAuthorNote(result)))))
    }

    /// Summaries cut off mid-sentence with an ellipsis (`…the final quarter is more than a...`)
    /// are teasers for other pages, as a list of posts shows them: when a page has at least
    /// ``minimumTeasers`` of them, each goes with the linked title or label above it. One or
    /// two trailing ellipses are a writer's style.
    static func withoutTeasers(_ blocks: [PageStructure.Block]) -> [PageStructure.Block] {
        let teasers = blocks.indices.filter { isCutShort(blocks[$0].text) }
        guard teasers.count >= minimumTeasers else { return blocks }
        var drop = [Bool](repeating: false, count: blocks.count)
        for index in teasers {
            drop[index] = true
            // The teaser's title (a heading or a link) and a label above it (its section).
            var above = index - 1
            while above >= 0 && index - above <= 2 && !drop[above]
                && (blocks[above].tag == .heading || blocks[above].linkDensity > 0.5)
            {
                drop[above] = true
                above -= 1
            }
        }
        return blocks.indices.filter { !drop[$0] }.map { blocks[$0] }
    }

    static let minimumTeasers = 3

    /// The publisher's notices at either end of the text are not the article: a short block
    /// among the first ``noticeReach`` or the last ``noticeTail`` blocks that speaks of a
    /// commission and of links (an affiliate disclosure), or that opens a sentence with a call to
    /// sign up or subscribe, or points to a form below (`Sign up for our newsletter`).
    static func withoutNotices(_ blocks: [PageStructure.Block]) -> [PageStructure.Block] {
        guard blocks.count > 1 else { return blocks }
        return blocks.indices.filter { index in
            let inReach = index < noticeReach || index >= blocks.count - noticeTail
            guard inReach, blocks[index].text.count < maximumNotice else { return true }
            let lowered = blocks[index].text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return !isAffiliateNotice(lowered) && !isSignUpCall(lowered)
        }.map { blocks[$0] }
    }

    private static let noticeReach = 5
    private static let noticeTail = 3
    private static let maximumNotice = 400

    /// Lower-cased text that names a commission and links.
    static func isAffiliateNotice(_ lowered: [UInt8]) -> Bool {
        ByteSearch.firstIndex(of: commission, in: lowered) != nil && ByteSearch.firstIndex(of: link, in: lowered) != nil
    }

    /// Lower-cased text with `sign up` or `subscribe` as a word opening a sentence, or followed
    /// by `below`: a writer's sentence that mentions signing up has it mid-sentence.
    static func isSignUpCall(_ lowered: [UInt8]) -> Bool {
        for verb in signUpVerbs {
            var from = 0
            while let at = ByteSearch.firstIndex(of: verb, in: lowered, from: from) {
                from = at + 1
                let end = at + verb.count
                if end < lowered.count, lowered[end] >= 0x61 && lowered[end] <= 0x7A { continue }
                let opensSentence =
                    at == 0 || lowered[at - 1] == 0x0A
                    || (at >= 2 && lowered[at - 1] == 0x20 && ".?!".utf8.contains(lowered[at - 2]))
                if opensSentence || lowered[end...].starts(with: below) { return true }
            }
        }
        return false
    }

    private static let signUpVerbs = [Array("sign up".utf8), Array("subscribe".utf8)]
    private static let below = Array(" below".utf8)
    private static let commission = Array("commission".utf8)
    private static let link = Array("link".utf8)

    /// Text that stops mid-sentence on an ellipsis: the character before `...` or `…` is a
    /// letter, a digit or a comma, not the end of a sentence.
    static func isCutShort(_ text: [UInt8]) -> Bool {
        guard text.count >= 60, text.count < 600 else { return false }
        var end = text.count
        if text[end - 1] == 0xA6, text[end - 2] == 0x80, text[end - 3] == 0xE2 {
            end -= 3
        } else if text[end - 1] == UInt8(ascii: "."), text[end - 2] == UInt8(ascii: "."),
            text[end - 3] == UInt8(ascii: ".")
        {
            end -= 3
            while end > 0 && text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        } else {
            return false
        }
        guard end > 0 else { return false }
        let before = text[end - 1]
        return before == UInt8(ascii: ",") || (before | 0x20 >= 0x61 && before | 0x20 <= 0x7A)
            || (before >= 0x30 && before <= 0x39)
    }

    /// A run of blocks that repeats, block for block, text the article already gave is a second
    /// rendering of it (a copy for another screen size, a print view, a slider's clones).
    static func withoutRepeatedRuns(_ blocks: [PageStructure.Block]) -> [PageStructure.Block] {
        guard blocks.count >= minimumRepeatedRun * 2 else { return blocks }
        var seen: Set<UInt64> = []
        seen.reserveCapacity(blocks.count)
        var repeats = [Bool](repeating: false, count: blocks.count)
        for (index, block) in blocks.enumerated() {
            // Through the pointer: the generic walk is not specialised across modules.
            let hash = block.text.withUnsafeBufferPointer { FNV1a.hash($0) }
            repeats[index] = !seen.insert(hash).inserted
        }
        var drop = [Bool](repeating: false, count: blocks.count)
        var start = 0
        while start < blocks.count {
            guard repeats[start] else {
                start += 1
                continue
            }
            var end = start
            var bytes = 0
            while end < blocks.count && repeats[end] {
                bytes += blocks[end].text.count
                end += 1
            }
            let count = end - start
            if count >= minimumRepeatedRun && bytes >= minimumRepeatedBytes && bytes >= count * minimumMeanBytes {
                for index in start..<end { drop[index] = true }
            }
            start = end
        }
        guard drop.contains(true) else { return blocks }
        return blocks.indices.filter { !drop[$0] }.map { blocks[$0] }
    }

    static let minimumRepeatedRun = 5
    static let minimumRepeatedBytes = 400
    /// Paragraphs, not labels: a plan or a timetable repeats its short lines day after day.
    static let minimumMeanBytes = 80

    /// A heading that introduces links to other pages ("Related articles", "You may also
    /// like") heads a list of other pages, not a part of the article: dropped with what
    /// follows it up to the next heading.
    static func withoutRelatedLists(_ blocks: [PageStructure.Block]) -> [PageStructure.Block] {
        guard let first = blocks.firstIndex(where: isRelatedHeading) else { return blocks }
        var kept = Array(blocks[..<first])
        var skipping = true
        for block in blocks[(first + 1)...] {
            if block.tag == .heading { skipping = isRelatedHeading(block) }
            if !skipping { kept.append(block) }
        }
        return kept
    }

    private static let relatedHeadings = [
        "related articles", "related posts", "related stories", "related reading", "related content",
        "related links", "related news", "you may also like", "you might also like", "you may also enjoy",
        "you might also enjoy", "you may be interested", "you might be interested",
    ].map { Array($0.utf8) }

    static func isRelatedHeading(_ block: PageStructure.Block) -> Bool {
        guard block.text.count <= 60, block.tag == .heading || block.text.count <= 40 else { return false }
        let lowered = block.text.prefix(30).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return relatedHeadings.contains { lowered.starts(with: $0) }
    }

    /// A short line that credits a picture (`Photo: …`, `Image credit: …`, `… Photo by: …`) is
    /// the caption of an image the text does not carry.
    static func isImageCredit(_ block: PageStructure.Block) -> Bool {
        guard block.text.count < 200 else { return false }
        let lowered = block.text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for noun in imageNouns {
            var from = lowered.startIndex
            while let start = ByteSearch.firstIndex(of: noun, in: lowered, from: from) {
                let range = start..<start + noun.count
                from = range.upperBound
                // The credit opens the line or follows a sentence, a bracket or a dash: not a
                // photograph named inside a sentence.
                var before = range.lowerBound - 1
                if before >= lowered.startIndex && lowered[before] == 0x20 { before -= 1 }
                if before >= lowered.startIndex && !creditOpeners.contains(lowered[before]) { continue }
                var rest = lowered[range.upperBound...]
                for suffix in creditSuffixes where rest.starts(with: suffix) {
                    rest = rest.dropFirst(suffix.count)
                    break
                }
                if rest.first == UInt8(ascii: ":") { return true }
            }
        }
        return lowered.starts(with: Array("credit:".utf8))
    }

    private static let imageNouns = ["photo", "image", "picture", "photograph", "illustration"].map { Array($0.utf8) }
    private static let creditSuffixes = [" credit", " by", " courtesy", " source"].map { Array($0.utf8) }

    /// `.`, `(`, `|`, `-`, and the last bytes of an en and an em dash.
    private static let creditOpeners: [UInt8] = [0x2E, 0x28, 0x7C, 0x2D, 0x93, 0x94]

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

    /// One to three words that do not end like a sentence, in an element that is not a
    /// paragraph: a label a template puts in a box of its own, not text. A writer's own
    /// `<p>` of a few words (`Schedule`, `Ingredients`) heads or labels what follows.
    static func isStrayLabel(_ block: PageStructure.Block) -> Bool {
        switch block.tag {
        case .container, .blockQuote: break
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
