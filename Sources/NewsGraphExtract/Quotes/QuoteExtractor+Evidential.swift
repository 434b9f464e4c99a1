/// Evidential statements: `X seems to …`, `X appeared to …`, `X is expected to …`. The writer
/// reports an impression or an expectation that nobody in the sentence voices, so the
/// attribution has content and a cue but no speaker.
extension QuoteExtractor {
    /// Verbs of appearance, followed by their `to` infinitive.
    static let appearanceVerbs = WordSet.folded(["seems", "seem", "seemed", "appears", "appear", "appeared"])
    /// Participles of expectation after a form of "be": "is expected to", "was widely expected to".
    static let expectationWords = WordSet.folded(["expected"])
    private static let beForms = WordSet.folded(["is", "are", "was", "were", "be", "been", "widely", "not"])

    /// The infinitive clause after an evidential cue at `index`, if there is one.
    func evidentialClause(at index: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Range<Int>? {
        let tokens = analysis.tokens
        let hash = tokens[index].foldedHash
        let isAppearance = Self.appearanceVerbs.contains(hash)
        let isExpectation =
            Self.expectationWords.contains(hash) && index > sentence.tokens.lowerBound
            && Self.beForms.contains(tokens[index - 1].foldedHash)
        guard isAppearance || isExpectation, index + 2 < sentence.tokens.upperBound,
            tokens[index + 1].foldedHash == FoldedWord.to, tokens[index + 2].kind == .word
        else { return nil }
        let content = index + 1..<contentEnd(of: sentence, from: index + 1, analysis)
        return content.count >= 3 ? content : nil
    }
}
