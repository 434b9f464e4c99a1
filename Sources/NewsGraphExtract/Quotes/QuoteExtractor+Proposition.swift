/// A noun phrase after a cue that is also an act (`announced`, `unveiled`) is the thing acted
/// on, unless its noun carries a proposition of its own: `announced plans to close the plant`
/// reports that they plan to, and a gerund's clause (`announced reaching a million users`) is
/// a fact stated; `announced a new tablet` reports nothing anyone said.
extension QuoteExtractor {
    /// Whether the words at `start` are a gerund, or a noun of proposition (past one
    /// determiner) whose infinitive or `that` follows within a few words (`plans on Monday to …`).
    static func opensProposition(at start: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        if start < sentence.tokens.upperBound, isGerund(start, analysis) { return true }
        var noun = start
        if noun < sentence.tokens.upperBound, Lexicon.determiners.contains(tokens[noun].foldedHash) { noun += 1 }
        guard noun < sentence.tokens.upperBound, QuoteLexicon.propositionNouns.contains(tokens[noun].foldedHash)
        else { return false }
        var position = noun + 1
        while position < min(noun + 4, sentence.tokens.upperBound), tokens[position].kind == .word {
            let word = tokens[position].foldedHash
            if word == FoldedWord.to || word == FoldedWord.that { return true }
            position += 1
        }
        return false
    }

    /// A lower-case word of five letters or more in -ing that is a verb's form.
    private static func isGerund(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.length >= 5,
            !notVerbsInIng.contains(token.foldedHash)
        else { return false }
        let end = Int(token.end)
        return analysis.text[end - 3] == UInt8(ascii: "i") && analysis.text[end - 2] == UInt8(ascii: "n")
            && analysis.text[end - 1] == UInt8(ascii: "g")
    }
    /// Words in -ing that are pronouns or prepositions, not a verb's form.
    private static let notVerbsInIng = WordSet.folded([
        "something", "nothing", "anything", "everything", "during", "including", "according", "regarding",
        "concerning", "following", "notwithstanding", "pending", "considering",
    ])
}
