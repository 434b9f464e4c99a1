import NewsGraphCore

/// `Vera Holt paints harbours at night. "…," the artist says.`: `the` and a noun for a person's
/// craft refer back to someone just introduced, where `the spokesman` or `an official` bring in
/// someone new.
extension QuoteExtractor {
    /// Nouns for what a person makes or studies, which a text uses to refer back to one named.
    private static let craftNouns = WordSet.folded([
        "artist", "author", "writer", "photographer", "painter", "sculptor", "poet", "novelist", "filmmaker",
        "designer", "architect", "chef", "composer", "musician", "singer", "researcher", "scientist",
        "scholar", "historian", "economist", "professor", "founder", "entrepreneur", "dietitian",
        "nutritionist", "psychologist", "therapist", "coach", "trainer",
    ])

    /// The person a speaker phrase of `the` and a craft noun (`the artist`, `the author`) stands
    /// for: the last person whose name opens a sentence before it, outside quotation marks, in
    /// its paragraph or the three sentences before it.
    func person(
        namedByCraft speaker: Range<Int>, people: [EntityRecognizer.Mention], _ analysis: TextAnalysis,
        inQuote: [Bool], paragraphOf: [Int]
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        guard speaker.count == 2, tokens[speaker.lowerBound].foldedHash == FoldedWord.the,
            !tokens[speaker.upperBound - 1].isCapitalized,
            Self.craftNouns.contains(tokens[speaker.upperBound - 1].foldedHash)
        else { return nil }
        let sentence = Int(analysis.sentenceOfToken[speaker.lowerBound])
        // The one a passage is about opens one of its sentences (`Gary Byrne, a former aide,
        // wrote a book on the governor`: the author is Byrne, not the governor named after him).
        return people.last { person in
            let named = Int(analysis.sentenceOfToken[person.tokens.lowerBound])
            return person.tokens.upperBound <= speaker.lowerBound && !inQuote[person.tokens.lowerBound]
                && analysis.sentences[named].tokens.lowerBound == person.tokens.lowerBound
                && (sentence - named <= 3 || paragraphOf[person.tokens.lowerBound] == paragraphOf[speaker.lowerBound])
        }
    }
}
