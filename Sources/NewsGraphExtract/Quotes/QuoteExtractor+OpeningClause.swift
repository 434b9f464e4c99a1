import NewsGraphCore

/// `When Judge Ann Vance ruled that Tom Reed had lied, she added …`: the pronoun of a main clause
/// after an opening subordinate clause stands for that clause's subject; a pronoun after its own
/// sentence's opening subject stands for that subject.
extension QuoteExtractor {
    /// Words that open a subordinate clause before the main one.
    private static let subordinators = WordSet.folded([
        "when", "after", "as", "while", "although", "though", "because", "before", "since", "once", "until",
        "whereas", "whilst",
    ])

    /// The person named as the subject of a subordinate clause that opens the pronoun's sentence
    /// (a title or two before the name at most), when a comma stands right before the pronoun:
    /// a later name inside that clause (`ruled that Tom Reed …`) is what it is about, not who speaks.
    func openingClauseSubject(
        ofPronoun index: Int, _ analysis: TextAnalysis, people: [EntityRecognizer.Mention],
        fits: (EntityRecognizer.Mention) -> Bool
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        let first = analysis.sentences[Int(analysis.sentenceOfToken[index])].tokens.lowerBound
        guard index > first + 2, tokens[first].kind == .word, Self.subordinators.contains(tokens[first].foldedHash),
            analysis.isCharacter(index - 1, ",")
        else { return nil }
        guard
            let subject = people.last(where: {
                (first + 1...first + 3).contains($0.tokens.lowerBound) && $0.tokens.upperBound < index
            }), fits(subject)
        else { return nil }
        return subject
    }

    /// `Ann Vance is painting …, though she says …`: the only person the pronoun's own sentence
    /// names before it, as the subject that opens it (no article before the name, no possessive
    /// after it: `The Vance family`, `Vance's plan` name no subject), is who the pronoun stands for.
    func sentenceSubject(
        ofPronoun index: Int, _ analysis: TextAnalysis, people: [EntityRecognizer.Mention],
        fits: (EntityRecognizer.Mention) -> Bool
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        let sentence = analysis.sentenceOfToken[index]
        let here = people.filter {
            analysis.sentenceOfToken[$0.tokens.lowerBound] == sentence && $0.tokens.upperBound < index
        }
        guard let person = here.last, here.allSatisfy({ $0.entity == person.entity }), fits(person) else { return nil }
        let start = person.tokens.lowerBound
        let after = person.tokens.upperBound
        if start > 0, Lexicon.determiners.contains(tokens[start - 1].foldedHash) { return nil }
        if after < tokens.count, tokens[after].kind == .possessive { return nil }
        return person
    }
}
