/// What a word's spelling alone says about the kind of thing it can name.
extension TextAnalysis {
    /// `in Psychology`, `in Freemasonry`, `Lantern Yield Optimisation`: English endings of fields,
    /// doctrines and abstract nouns, which the names of places and people do not take.
    func isAbstractNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length >= 6 else { return false }
        let end = Int(token.end)
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard count < token.length else { return false }
            return suffix.withUTF8Buffer { bytes in
                (0..<count).allSatisfy { text[end - count + $0] == bytes[$0] }
            }
        }
        return endsWith("ology") || endsWith("ics") || endsWith("ism") || endsWith("tion") || endsWith("sion")
            || endsWith("ment") || endsWith("ness") || endsWith("ship")
    }

    /// `StackLedger`, `NordDesk`, `QLWorks`: a capitalised word with another capital inside after
    /// lower case (or after a run of capitals) is written that way only as a brand, never as a
    /// place; family names that do so keep their prefix (`McKay`, `MacLeod`, `DeLuca`, `LaToya`).
    func isBrandWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.length >= 4 else { return false }
        let start = Int(token.start)
        let end = Int(token.end)
        var hump = -1
        for offset in start + 1..<end {
            let byte = text[offset]
            // Letters beyond ASCII, apostrophes and dots: leave the word to the other rules.
            guard byte &- 0x41 < 26 || byte &- 0x61 < 26 else { return false }
            let isUpper = byte &- 0x41 < 26
            let previousIsUpper = text[offset - 1] &- 0x41 < 26
            if isUpper && !previousIsUpper {
                hump = offset
                break
            }
            if !isUpper && previousIsUpper && offset - start >= 2 {
                // `QLWorks`: two capitals then lower case, the first word of the brand in capitals.
                hump = offset - 1
                break
            }
        }
        guard hump > start else { return false }
        let prefix = text[start..<hump]
        return !Self.surnamePrefixes.contains { $0.elementsEqual(prefix) }
    }

    /// `GT2`, `X3`, `R6`, `QX800BRT`: a word of capital letters and digits (appliances' codes run
    /// to a dozen), the shape of a model's code; with `anyCase` the letters after the first may
    /// be lower case too (`Px7`, `Kqi3`, `S2e`).
    func isModelCode(_ index: Int, anyCase: Bool = false) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, token.length >= 2, token.length <= 12 else { return false }
        var digits = 0
        for offset in Int(token.start)..<Int(token.end) {
            let byte = text[offset]
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte &- 0x41 >= 26 && !(anyCase && byte &- 0x61 < 26) {
                return false
            }
        }
        return digits > 0 && digits < token.length
    }

    /// Prefixes after which family names carry a second capital.
    private static let surnamePrefixes: [[UInt8]] = [
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "Fitz", "St", "Ter",
    ].map { Array($0.utf8) }
}
