import NewsGraphCore

/// Acronyms that the page itself uses as words for a kind of thing, not as a body's name.
extension DocumentResolver {
    /// `two QTVs`, `as a BRX, it keeps the oven on`: an acronym whose plural the document also
    /// writes (capitals and a lower-case `s`), or that `a` or `an` opens where its phrase ends (a
    /// stop, a comma, a bracket or a conjunction or preposition after it; `higher` or `lower`
    /// may stand between, which measure: `a lower ZPM`), counts things or measures, which no
    /// body's name does (`a strong QLU.` may be a body, so no other word stands between; a
    /// product's or a place's may: `two QX9s`, `a cheaper NYC fare`, so those keep their label).
    /// The hashes of such acronyms, or nil when the text has none (or no candidate is one word in
    /// capitals, when the text is not read at all).
    func kindAcronyms(of candidates: [NameCandidate]) -> TokenHashSet? {
        let tokens = analysis.tokens
        guard candidates.contains(where: { $0.tokens.count == 1 && tokens[$0.tokens.lowerBound].isAllCaps })
        else { return nil }
        var found: [UInt64] = []
        let text = analysis.text
        for index in tokens.indices where tokens[index].kind == .word {
            let token = tokens[index]
            let start = Int(token.start)
            let end = Int(token.end)
            // `HROs`: two to five capitals and a plural `s`.
            if token.length >= 3, token.length <= 6, text[end - 1] == UInt8(ascii: "s"),
                (start..<end - 1).allSatisfy({ text[$0] &- 0x41 < 26 })
            {
                var hash = TokenHash.offset
                for position in start..<end - 1 { TokenHash.add(&hash, text[position]) }
                found.append(hash)
                continue
            }
            guard token.isAllCaps, token.length >= 2, token.length <= 6, endsPhrase(after: index) else { continue }
            var before = index - 1
            if before >= 0, Self.measureComparatives.contains(tokens[before].hash) { before -= 1 }
            if before >= 0, tokens[before].kind == .word, Lexicon.indefiniteArticles.contains(tokens[before].foldedHash)
            {
                found.append(token.hash)
            }
        }
        return found.isEmpty ? nil : TokenHashSet(found)
    }

    /// Whether the phrase ends after token `index`: a stop, a comma, a semicolon, a closing bracket,
    /// the text's end, or a lower-case conjunction or preposition.
    private func endsPhrase(after index: Int) -> Bool {
        let next = index + 1
        guard next < analysis.tokens.count else { return true }
        let token = analysis.tokens[next]
        if token.kind == .punctuation {
            return analysis.isCharacter(next, ".") || analysis.isCharacter(next, ",")
                || analysis.isCharacter(next, ";") || analysis.isCharacter(next, ")")
        }
        return token.kind == .word && !token.isCapitalized && Self.phraseEnders.contains(token.hash)
    }

    private static let measureComparatives = WordSet.hashes(["higher", "lower"])
    private static let phraseEnders = WordSet.hashes(["and", "or", "for", "with", "in", "on", "at"])
}
