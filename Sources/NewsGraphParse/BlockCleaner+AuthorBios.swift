import NewsGraphCore

extension BlockCleaner {
    /// A paragraph in the second half of the text that opens with the name of one of the
    /// page's authors, or a first name of one, and goes on as a description of a person
    /// (`… is a`, `… is the`, `… has been`) is a note on the writer, set under the article
    /// without a heading; so is a line that is only an author's full name with a paragraph naming
    /// her again within the next two lines (an author box). The name may follow a short label
    /// (`About the author:`) or an opening parenthesis, and an apposition between commas may
    /// follow it (`Jane Doe, our editor, is a …`). The note goes with the short lines just above
    /// it that title her (`Editor at Large`, `@jdoe • May 5`).
    static func withoutAuthorBios(_ blocks: [PageStructure.Block], authors: [String]) -> [PageStructure.Block] {
        guard !authors.isEmpty, blocks.count >= 2 else { return blocks }
        var names: [[UInt8]] = []
        var fullNames: [[UInt8]] = []
        var nameParts: [[UInt8]] = []
        for author in authors {
            let name = Array(author.utf8)
            guard name.count >= 2 else { continue }
            names.append(name)
            guard let space = name.firstIndex(of: 0x20) else { continue }
            fullNames.append(name)
            if space >= 2 { names.append(Array(name[..<space])) }
            for part in name.split(separator: 0x20) where part.count >= 3 { nameParts.append(Array(part)) }
        }
        let start = blocks.count / 2
        var drop = [Bool](repeating: false, count: blocks.count)
        for index in start..<blocks.count where !drop[index] {
            var last = index
            if isAuthorBio(blocks[index].text, names: names) {
                drop[index] = true
            } else if let bio = authorBox(index, in: blocks, fullNames: fullNames, parts: nameParts) {
                for box in index...bio { drop[box] = true }
                last = bio
            } else {
                continue
            }
            var above = index
            while above > start, last - above < maximumTitleLines, isTitleLine(blocks[above - 1]) {
                above -= 1
                drop[above] = true
            }
        }
        return blocks.indices.filter { !drop[$0] }.map { blocks[$0] }
    }

    private static let maximumTitleLines = 3

    /// A short line without a sentence's end (`Jane Doe`, `Editor at Large`, `@jdoe • May 5`)
    /// titles the note below it; a line ending in a comma is a sign-off's greeting.
    private static func isTitleLine(_ block: PageStructure.Block) -> Bool {
        guard block.tag != .heading, let last = block.text.last, block.text.count < 80 else { return false }
        return !".!?:,;".utf8.contains(last)
    }

    static func isAuthorBio(_ text: [UInt8], names: [[UInt8]]) -> Bool {
        guard text.count >= 40 else { return false }
        var opening = text[...]
        if opening.first == UInt8(ascii: "(") { opening = opening.dropFirst() }
        // A label of a few words (`About the author: Jane Doe is …`).
        if let colon = opening.prefix(labelLength).firstIndex(of: UInt8(ascii: ":")),
            opening.index(after: colon) < opening.endIndex, opening[opening.index(after: colon)] == 0x20,
            !opening[..<colon].contains(UInt8(ascii: "."))
        {
            opening = opening[(colon + 2)...]
        }
        for name in names where opening.starts(with: name) {
            var rest = opening[(opening.startIndex + name.count)...]
            // An apposition between commas (`Jane Doe, the paper's editor, has …`).
            if rest.starts(with: [0x2C, 0x20]),
                let close = rest.dropFirst(2).prefix(appositionLength).firstIndex(of: 0x2C)
            {
                rest = rest[rest.index(after: close)...]
            }
            if bioVerbs.contains(where: { rest.starts(with: $0) }) { return true }
        }
        return false
    }

    private static let bioVerbs = [" is a ", " is an ", " is the ", " has been ", " has over ", " serves as "].map {
        Array($0.utf8)
    }

    private static let labelLength = 30
    private static let appositionLength = 100

    /// A line that is only an author's full name, with a paragraph naming her again (by any
    /// part of the name) within the next two lines: the head of an author box.
    /// Returns the index of that paragraph.
    private static func authorBox(
        _ index: Int, in blocks: [PageStructure.Block], fullNames: [[UInt8]], parts: [[UInt8]]
    ) -> Int? {
        guard fullNames.contains(where: { $0 == blocks[index].text }) else { return nil }
        for next in (index + 1)..<min(index + 3, blocks.count) where blocks[next].text.count >= 80 {
            if parts.contains(where: { ByteSearch.firstIndex(of: $0, in: blocks[next].text) != nil }) { return next }
        }
        return nil
    }
}
