import NewsGraphCore

/// Passives of speech verbs: the subject of "was asked" or "has been told" is who is addressed,
/// not who spoke.
extension QuoteExtractor {
    /// A participle after a form of "be" (adverbs between): "was asked", "has been told".
    func isPassive(_ cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let cueToken = tokens[cue]
        guard cueToken.length > 3 else { return false }
        let end = Int(cueToken.end)
        if analysis.text[end - 3] == UInt8(ascii: "i") && analysis.text[end - 2] == UInt8(ascii: "n")
            && analysis.text[end - 1] == UInt8(ascii: "g")
        {
            return false
        }
        // "Asked about the plan, she …", "When asked, …": a participle opening its sentence or
        // a "when" phrase is passive too; the subject after the comma was asked.
        if cue == sentence.tokens.lowerBound
            || Self.participleOpeners.contains(tokens[cue - 1].foldedHash)
                && (cue - 1 == sentence.tokens.lowerBound || analysis.isCharacter(cue - 2, ","))
        {
            return true
        }
        var position = cue - 1
        while position > sentence.tokens.lowerBound, Self.passiveAdverbs.contains(tokens[position].foldedHash) {
            position -= 1
        }
        return position >= sentence.tokens.lowerBound && Self.beForms.contains(tokens[position].foldedHash)
    }
    private static let beForms = WordSet.folded([
        "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting",
    ])
    private static let participleOpeners = WordSet.folded(["when", "if", "once", "after", "before", "unless"])
    private static let passiveAdverbs = WordSet.folded([
        "also", "not", "never", "reportedly", "widely", "repeatedly", "often", "later", "then", "previously",
        "already", "just", "still", "once", "first", "recently", "publicly", "privately", "specifically",
    ])

}
