import NewsGraphCore

/// Teams named by their place. Sports pages name a side by its city or country ("Leeds 2
/// Hull 1", "Brazil drew with Peru"), and a side is an organisation, not the place: the two
/// must be different nodes, while the same place in a story that reports no results stays the
/// place. A document reports results when two names face each other in a result line or a
/// table row (a name followed by a small whole number, beside another such name, or a row of
/// numbers after a name at the start of a line) or around a result verb ("beat", "drew with",
/// "v"). In such a document a place key (GPE) stands for its team wherever it is written, except
/// in parentheses (a player's country: "Ann Smith (Chile)"), in a dateline, or after a
/// lowercase preposition of place ("in", "at", "from", "near", "of") when that place never
/// plays in the document. The mention keeps its label (the extractor's reading of the words);
/// only its key changes, to the one organisation of the document whose name begins with the
/// place ("Leeds United" for "Leeds") or else to `ORG:` and the place's name.
///
/// Per document, in the workers, before the graph and the database see the record, so the graph
/// stays independent of document order.
enum TeamNames {
    /// Lowercased, with the spaces around them: what stands between the two sides.
    private static let resultWords: [[UInt8]] = [
        " beat ", " beats ", " defeated ", " drew with ", " drew ", " lost to ", " edged ", " v ", " v. ", " vs ",
        " vs. ", " versus ",
    ].map { Array($0.utf8) }
    private static let placePrepositions: [[UInt8]] = ["in", "at", "from", "near", "of"].map { Array($0.utf8) }

    /// The record with its team mentions rekeyed, or nil when it reports no results.
    static func rekeyed(_ record: DocumentRecord) -> DocumentRecord? {
        var places = 0
        var others = 0
        for mention in record.entities {
            if mention.entity.hasUTF8Prefix("GPE:") {
                places += 1
            } else if mention.label != .person {
                others += 1
            }
        }
        guard places > 0, places + others >= 2 else { return nil }
        var text = record.text
        return text.withUTF8 { bytes in rekeyed(record, bytes: bytes) }
    }

    private static func rekeyed(_ record: DocumentRecord, bytes: UnsafeBufferPointer<UInt8>) -> DocumentRecord? {
        let mentions = record.entities
        let order = mentions.indices.sorted { (mentions[$0].start, $0) < (mentions[$1].start, $1) }
        let spans = byteSpans(of: mentions, order: order, in: bytes)
        let scan = Scan(bytes: bytes)
        var sides = Set<String>()
        for (position, index) in order.enumerated() where mentions[index].label != .person {
            let span = spans[index]
            guard let afterNumber = scan.integer(after: span.upperBound) else { continue }
            let line = scan.line(around: span.lowerBound)
            var isSide = scan.isBlank(line.lowerBound..<span.lowerBound) && scan.integer(after: afterNumber) != nil
            for neighbour in [position - 1, position + 1] where !isSide && order.indices.contains(neighbour) {
                let other = order[neighbour]
                isSide =
                    mentions[other].label != .person && line.contains(spans[other].lowerBound)
                    && scan.integer(after: spans[other].upperBound) != nil
            }
            if isSide { sides.insert(mentions[index].entity) }
        }
        for (position, index) in order.enumerated().dropLast() {
            let next = order[position + 1]
            guard mentions[index].label != .person, mentions[next].label != .person,
                spans[index].upperBound <= spans[next].lowerBound
            else { continue }
            let between = spans[index].upperBound..<spans[next].lowerBound
            let drawn =
                scan.lowercased(between, equals: Array(" and ".utf8))
                && (scan.lowercased(prefix: Array(" drew".utf8), at: spans[next].upperBound)
                    || scan.lowercased(prefix: Array(" draw".utf8), at: spans[next].upperBound))
            if drawn || resultWords.contains(where: { scan.lowercased(between, equals: $0) }) {
                sides.insert(mentions[index].entity)
                sides.insert(mentions[next].entity)
            }
        }
        guard !sides.isEmpty else { return nil }

        var organisations: [String] = []
        for mention in mentions where mention.entity.hasUTF8Prefix("ORG:") {
            let name = EntityResolver.name(mention.entity)
            if !organisations.contains(name) { organisations.append(name) }
        }
        var teams: [String: String] = [:]
        var result = record
        var changed = false
        for index in mentions.indices where mentions[index].entity.hasUTF8Prefix("GPE:") {
            let key = mentions[index].entity
            let span = spans[index]
            if span.lowerBound > 0 && bytes[span.lowerBound - 1] == UInt8(ascii: "(") { continue }
            if scan.isDateline(span) { continue }
            if !sides.contains(key) && scan.follows(placePrepositions, before: span.lowerBound) { continue }
            if teams[key] == nil {
                let place = EntityResolver.name(key)
                let named = organisations.filter { $0.hasPrefix(place + " ") }
                teams[key] = EntityLabel.org.key(for: named.count == 1 ? named[0] : place)
            }
            result.entities[index].entity = teams[key]!
            changed = true
        }
        return changed ? result : nil
    }

    /// Each mention's UTF-8 byte range, from its code-point offsets, in one pass over the text.
    private static func byteSpans(
        of mentions: [EntityMention], order: [Int], in bytes: UnsafeBufferPointer<UInt8>
    ) -> [Range<Int>] {
        var starts = [Int](repeating: bytes.count, count: mentions.count)
        var ends = [Int](repeating: bytes.count, count: mentions.count)
        // Every offset wanted, in order; the walk counts scalar starts up to each.
        var wanted: [(codePoint: Int, slot: Int)] = []
        wanted.reserveCapacity(mentions.count * 2)
        for index in order {
            wanted.append((mentions[index].start, index * 2))
            wanted.append((mentions[index].end, index * 2 + 1))
        }
        wanted.sort { $0.codePoint < $1.codePoint }
        var codePoint = 0
        var byte = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        for (target, slot) in wanted {
            while codePoint < target && byte < bytes.count {
                // Eight bytes at a time while their scalar starts do not pass the target: a
                // continuation byte (`10xxxxxx`) has its top bit set and the next one clear.
                if let raw, byte + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                    let starts = 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    if codePoint + starts <= target {
                        codePoint += starts
                        byte += 8
                        // The rest of the last scalar begun in the eight bytes.
                        while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                        continue
                    }
                }
                byte += 1
                while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                codePoint += 1
            }
            if slot % 2 == 0 { starts[slot / 2] = byte } else { ends[slot / 2] = byte }
        }
        return mentions.indices.map { starts[$0]..<max(starts[$0], ends[$0]) }
    }

    /// Byte tests on the text.
    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>

        static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

        /// A whole number of one to three digits after spaces at `offset` (a score, a count of
        /// games; not a year, a decimal, a percentage or an ordinal): where it ends.
        func integer(after offset: Int) -> Int? {
            var index = offset
            while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
            guard index > offset else { return nil }
            let first = index
            while index < bytes.count && Self.isDigit(bytes[index]) { index += 1 }
            guard (1...3).contains(index - first) else { return nil }
            if index < bytes.count {
                let next = bytes[index]
                if next == UInt8(ascii: ".") || next == UInt8(ascii: ",") || next == UInt8(ascii: "%")
                    || Self.isLetter(next)
                {
                    return nil
                }
            }
            return index
        }

        /// The line (between newlines) holding `offset`.
        func line(around offset: Int) -> Range<Int> {
            var start = min(offset, bytes.count)
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            var end = min(offset, bytes.count)
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            return start..<end
        }

        func isBlank(_ range: Range<Int>) -> Bool { range.allSatisfy { Self.isSpace(bytes[$0]) } }

        func lowercased(_ range: Range<Int>, equals word: [UInt8]) -> Bool {
            guard range.count == word.count else { return false }
            return zip(range, word).allSatisfy { bytes[$0] | (Self.isLetter(bytes[$0]) ? 0x20 : 0) == $1 }
        }

        func lowercased(prefix word: [UInt8], at offset: Int) -> Bool {
            guard offset + word.count <= bytes.count else { return false }
            return lowercased(offset..<offset + word.count, equals: word)
        }

        /// One of `words`, written in lowercase, then one space, right before `offset`.
        func follows(_ words: [[UInt8]], before offset: Int) -> Bool {
            guard offset >= 2, bytes[offset - 1] == 0x20 else { return false }
            var start = offset - 1
            while start > 0 && Self.isLetter(bytes[start - 1]) { start -= 1 }
            let word = Array(bytes[start..<offset - 1])
            return words.contains(word)
        }

        /// A dateline: the name opens its line, or follows only capitals and commas there
        /// ("TOWN, Country"), and a year, an opening parenthesis or a dash comes next.
        func isDateline(_ span: Range<Int>) -> Bool {
            let line = line(around: span.lowerBound)
            for index in line.lowerBound..<span.lowerBound where bytes[index] >= 0x61 && bytes[index] <= 0x7A {
                return false
            }
            var index = span.upperBound
            while index < line.upperBound && Self.isSpace(bytes[index]) { index += 1 }
            guard index < line.upperBound else { return false }
            if bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "-") || bytes[index] >= 0xE2 {
                return true
            }
            var digits = 0
            while index + digits < line.upperBound && Self.isDigit(bytes[index + digits]) { digits += 1 }
            return digits == 4
        }
    }
}
