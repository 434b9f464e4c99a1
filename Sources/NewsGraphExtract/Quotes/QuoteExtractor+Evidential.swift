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

    /// The subject of an evidential verb: the words of its clause before the verb group, back to
    /// the clause's start (the sentence, a comma or a conjunction), at most eight words.
    func evidentialSubject(before cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Range<Int>? {
        let tokens = analysis.tokens
        var end = cue
        while end > sentence.tokens.lowerBound, Self.subjectAdverbs.contains(tokens[end - 1].foldedHash) { end -= 1 }
        var start = end
        while start > sentence.tokens.lowerBound, end - start < 8 {
            let token = tokens[start - 1]
            guard token.kind == .word || token.kind == .possessive || token.kind == .number || token.kind == .hyphen,
                !Self.clauseStarts.contains(token.foldedHash)
            else { break }
            start -= 1
        }
        guard start < end else { return nil }
        let opensClause =
            start == sentence.tokens.lowerBound || analysis.isCharacter(start - 1, ",")
            || Self.clauseStarts.contains(tokens[start - 1].foldedHash)
        return opensClause ? start..<end : nil
    }
    private static let subjectAdverbs = WordSet.folded([
        "also", "still", "now", "only", "may", "might", "would", "could", "does", "did", "do", "not", "often", "is",
        "are", "was", "were", "be", "been", "widely", "can", "will",
    ])
    private static let clauseStarts = WordSet.folded([
        "and", "but", "or", "that", "because", "if", "while", "though", "although", "when", "as", "since", "so",
        "which", "who", "where",
    ])
}
