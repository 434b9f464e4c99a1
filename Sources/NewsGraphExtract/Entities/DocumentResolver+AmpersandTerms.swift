import NewsGraphCore

/// Acronyms of capitals joined by `&` that the text spells out in lower-case words, terms of
/// the trade as ``termAcronyms()`` finds for acronyms of capitals alone.
extension DocumentResolver {
    /// `trial and error (T&E)`: capitals joined by `&` in brackets right after lower-case words that
    /// open with their letters, `and` or `&` standing for the sign, are a term as a lone acronym
    /// is; the key is ``unspacedHash(_:)`` of the letters.
    func spelledAmpersandAcronym(after open: Int) -> UInt64? {
        let tokens = analysis.tokens
        let text = analysis.text
        var close = open + 1
        var letters: [UInt8] = []  // folded first letters; 0 for `&`
        while close < tokens.count, close - open <= 5, !analysis.isCharacter(close, ")") {
            if analysis.isCharacter(close, "&") {
                letters.append(0)
            } else if tokens[close].kind == .word, tokens[close].length <= 2,
                tokens[close].isAttached || close == open + 1,
                (Int(tokens[close].start)..<Int(tokens[close].end)).allSatisfy({ text[$0] &- 0x41 < 26 })
            {
                for position in Int(tokens[close].start)..<Int(tokens[close].end) {
                    letters.append(TokenHash.fold(text[position]))
                }
            } else {
                return nil
            }
            close += 1
        }
        guard close < tokens.count, close > open + 2, analysis.isCharacter(close, ")"), letters.contains(0) else {
            return nil
        }
        var position = open - 1
        for (offset, letter) in letters.enumerated().reversed() {
            guard position >= 0 else { return nil }
            if letter == 0 {
                guard analysis.isCharacter(position, "&") || tokens[position].foldedHash == Self.andWord else {
                    return nil
                }
            } else {
                let word = tokens[position]
                guard word.kind == .word, TokenHash.fold(text[Int(word.start)]) == letter,
                    !word.isCapitalized || offset == 0 && analysis.isSentenceInitial(position)
                else { return nil }
            }
            position -= 1
        }
        return unspacedHash(open + 1..<close)
    }

    private static let andWord = TokenHash.foldedHash("and")
}
