import NewsGraphCore

/// Clauses that start without "that": a bare clause after a verb of belief or speech, and the
/// main clause after an opening `as` clause (`As the study noted, …`).
extension QuoteExtractor {
    /// A clause without "that" starts here: a short subject, then a finite auxiliary or modal
    /// ("polls show Clinton is ahead", "she believes the bill will pass"), before any punctuation.
    ///
    /// After a participle of speech (`…, saying airstrikes have failed`) the subject may be any
    /// noun phrase (`anyNoun`), as long as no preposition comes before the verb.
    func opensBareClause(
        at start: Int, _ sentence: Sentence, _ analysis: TextAnalysis, anyNoun: Bool = false
    ) -> Bool {
        let tokens = analysis.tokens
        guard start < sentence.tokens.upperBound else { return false }
        let first = tokens[start]
        guard first.kind == .word || first.kind == .number,
            Lexicon.determiners.contains(first.foldedHash) || first.isCapitalized || first.kind == .number
                || anyNoun && !Self.clauseBreakers.contains(first.foldedHash)
        else { return false }
        var position = start + 1
        while position < min(start + 7, sentence.tokens.upperBound) {
            let token = tokens[position]
            if token.kind != .word && token.kind != .possessive && token.kind != .hyphen { return false }
            if anyNoun, Self.clauseBreakers.contains(token.foldedHash) { return false }
            if QuoteLexicon.finiteAuxiliaries.contains(token.foldedHash) { return position > start }
            position += 1
        }
        return false
    }

    private static let asWord = TokenHash.foldedHash("as")
    private static let sentenceLinks = WordSet.folded(["but", "and", "so", "yet", "still"])

    /// The verb at `verb` ends an opening `as` clause: `As the study noted,` or `But as she said,`
    /// with only the subject's words between.
    func opensAsClause(before verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        var position = verb - 1
        while position >= sentence.tokens.lowerBound, verb - position <= 10 {
            let token = tokens[position]
            guard token.kind == .word || token.kind == .possessive || token.kind == .number else { return false }
            if token.foldedHash == Self.asWord {
                guard position < verb - 1 else { return false }
                let first = sentence.tokens.lowerBound
                return position == first
                    || position == first + 1 && Self.sentenceLinks.contains(tokens[first].foldedHash)
            }
            position -= 1
        }
        return false
    }

    /// Prepositions and particles that show a participle's object is no clause's subject
    /// (`saying goodbye to the team that has …`).
    static let clauseBreakers = WordSet.folded([
        "to", "in", "on", "at", "for", "with", "of", "about", "from", "by", "into", "over", "that", "not", "so",
    ])
}
