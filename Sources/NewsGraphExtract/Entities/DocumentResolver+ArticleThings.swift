import NewsGraphCore

/// Names that `the` or a possessive makes things: English puts neither before a person's name
/// that heads its phrase, only before one that modifies a noun (`the Ilsa Varrow case`).
extension DocumentResolver {
    /// `ride the Quorlo for an hour`, `a desk for my Brasko.`: a one-word person's name right
    /// after a lower-case `the` or a possessive that ends its phrase names a thing (a device, a
    /// model, a place), no person; not a full name (`the Ilsa Varrow …`, cut off before its noun) nor one joined
    /// by `and` or `or` to a capitalised word (`the Ilsa and Tom show`).
    func dropArticlePeople(_ resolved: inout [Resolved]) {
        let tokens = analysis.tokens
        resolved.removeAll { mention in
            let name = mention.tokens
            let article = name.lowerBound - 1
            guard mention.label == .person, article >= 0, tokens[name.lowerBound].newlinesBefore == 0,
                tokens[article].kind == .word, !tokens[article].isCapitalized,
                Self.thingDeterminers.contains(tokens[article].foldedHash), endsPhrase(name),
                name.dropFirst().allSatisfy({ tokens[$0].isAttached })
            else { return false }
            let next = name.upperBound
            if next + 1 < tokens.count, tokens[next].newlinesBefore == 0, tokens[next].kind == .word,
                tokens[next].foldedHash == FoldedWord.and || tokens[next].foldedHash == Self.orWord,
                tokens[next + 1].isCapitalized
            {
                return false
            }
            return true
        }
    }

    private static let orWord = TokenHash.foldedHash("or")
    /// `The` and possessives that open a noun phrase a name alone cannot head as a person's
    /// (`a Varrow`, one of a family, can).
    private static let thingDeterminers = WordSet.folded(["the", "my", "your", "our", "their", "his", "its"])
}
