import NewsGraphCore

/// Identifiers of code that the prose around the code names again (issue 16): a tutorial writes
/// a type or a function in its listing and then talks about it by the same word.
extension DocumentResolver {
    /// `class OrderQueue`, `ledger.OpenBatch(`, `"@type": "TrailStore"`: a word joined from
    /// capitalised parts that the page also shows in code (declared as a type, called after a
    /// dot, or the whole of a quoted value after a key) is an identifier wherever the prose names
    /// it (`I wrote an OrderQueue that …`), unless the gazetteer knows it. The hashes of such
    /// words among the one-word candidates, or nil when there are none.
    func codeIdentifiers(of candidates: [NameCandidate]) -> TokenHashSet? {
        let tokens = analysis.tokens
        var checked: [UInt64] = []
        var found: [UInt64] = []
        for candidate in candidates where candidate.tokens.count == 1 && candidate.evidence < .gazetteer {
            let index = candidate.tokens.lowerBound
            let hash = tokens[index].hash
            guard analysis.isBrandWord(index), !checked.contains(hash) else { continue }
            checked.append(hash)
            if isShownInCode(Array(analysis.text[Int(tokens[index].start)..<Int(tokens[index].end)])) {
                found.append(hash)
            }
        }
        return found.isEmpty ? nil : TokenHashSet(found)
    }

    /// Whether the page writes `word` (its bytes) in code somewhere.
    private func isShownInCode(_ word: [UInt8]) -> Bool {
        let text = analysis.text
        guard let first = word.first, text.count > word.count else { return false }
        var start = 0
        while start + word.count <= text.count {
            defer { start += 1 }
            guard text[start] == first, text[start..<start + word.count].elementsEqual(word) else { continue }
            let end = start + word.count
            if end < text.count, Self.isIdentifierByte(text[end]) { continue }
            if start > 0, Self.isIdentifierByte(text[start - 1]) { continue }
            if isCodeSetting(start, end) { return true }
        }
        return false
    }

    /// The marks of code around the bytes `start..<end`: a lower-case declaration keyword before
    /// them, a dot joined to a word before and a bracket right after, or the quotation marks of a
    /// value after a key's colon.
    private func isCodeSetting(_ start: Int, _ end: Int) -> Bool {
        let text = analysis.text
        let quote = UInt8(ascii: "\"")
        if end < text.count, text[end] == UInt8(ascii: "("), start >= 2, text[start - 1] == UInt8(ascii: "."),
            Self.isIdentifierByte(text[start - 2])
        {
            return true
        }
        if end < text.count, text[end] == quote, start >= 4, text[start - 1] == quote {
            var position = start - 2
            while position > 0, text[position] == UInt8(ascii: " ") { position -= 1 }
            return text[position] == UInt8(ascii: ":") && position > 0 && text[position - 1] == quote
        }
        // The word before, in lower case, after one space.
        guard start >= 2, text[start - 1] == UInt8(ascii: " ") else { return false }
        var position = start - 1
        var hash = TokenHash.offset
        var letters: [UInt8] = []
        while position > 0, text[position - 1] &- 0x61 < 26 {
            position -= 1
            letters.append(text[position])
        }
        guard !letters.isEmpty, position == 0 || !Self.isIdentifierByte(text[position - 1]) else { return false }
        for letter in letters.reversed() { TokenHash.add(&hash, letter) }
        return NameFinder.declarationKeywords.contains(hash)
    }

    /// A letter, a digit or an underscore: a byte inside an identifier.
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        byte &- 0x41 < 26 || byte &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "_")
    }
}
