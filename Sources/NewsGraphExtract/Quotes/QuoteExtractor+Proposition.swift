/// A noun phrase after a cue that is also an act (`announced`, `unveiled`) is the thing acted
/// on, unless its noun carries a proposition of its own: `announced plans to close the plant`
/// reports that they plan to, `announced a new tablet` reports nothing anyone said.
extension QuoteExtractor {
    /// Whether the words at `start` are a noun of proposition (past one determiner) whose
    /// infinitive or `that` follows within a few words (`plans on Monday to …`).
    static func opensProposition(at start: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
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
}
