import NewsGraphCore

/// A speaker span mended before it is resolved: a clause swallowed in front of the subject
/// (`The tent was so warm that one of our hikers said`) is dropped. (An organisation's name with
/// `and` inside, `the Institute for Soil and Water said`, is whole from the name finder.)
extension QuoteExtractor {
    /// Words that end a clause and open the one whose subject speaks.
    private static let clauseOpeners = WordSet.folded(["that", "because"])
    /// Verbs that show the words before an opener are a clause, not a noun phrase.
    private static let clauseMakers = WordSet.folded([
        "is", "was", "were", "are", "been", "makes", "made", "seems", "seemed", "felt", "looked", "became",
    ])

    /// The speaker span with a leading clause dropped.
    func mendedSpeaker(_ speaker: SpeakerFinder.Speaker, _ analysis: TextAnalysis) -> SpeakerFinder.Speaker {
        let tokens = analysis.tokens
        guard speaker.mention == nil, !speaker.isPronoun, speaker.tokens.count >= 3 else { return speaker }
        // The last opener with a clause verb before it and words after it.
        guard
            let opener = speaker.tokens.dropFirst().dropLast().last(where: {
                Self.clauseOpeners.contains(tokens[$0].foldedHash)
            }),
            (speaker.tokens.lowerBound..<opener).contains(where: { Self.clauseMakers.contains(tokens[$0].foldedHash) })
                || Lexicon.pronouns.contains(tokens[speaker.tokens.upperBound - 1].foldedHash)
                    && opener == speaker.tokens.upperBound - 2
        else { return speaker }
        let rest = opener + 1..<speaker.tokens.upperBound
        let isPronoun = rest.count == 1 && Lexicon.pronouns.contains(tokens[rest.lowerBound].foldedHash)
        return SpeakerFinder.Speaker(tokens: rest, mention: nil, isPronoun: isPronoun)
    }

    /// `says Lin` where the entity stage linked no name: one capitalised word that is a word of
    /// the full name of exactly one person named before is that person, whichever word it is.
    static func person(
        namedByOneWord speaker: Range<Int>, people: [EntityRecognizer.Mention], _ analysis: TextAnalysis
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        guard speaker.count == 1, tokens[speaker.lowerBound].kind == .word, tokens[speaker.lowerBound].isCapitalized,
            !Lexicon.pronouns.contains(tokens[speaker.lowerBound].foldedHash)
        else { return nil }
        let word = tokens[speaker.lowerBound].foldedHash
        let matches = people.filter { person in
            person.tokens.count > 1 && person.tokens.contains { tokens[$0].foldedHash == word }
        }
        guard let first = matches.first, matches.allSatisfy({ $0.entity == first.entity }) else { return nil }
        return first
    }

    /// `the rise of Acme "has changed the trade," says the report`: an organisation named in the
    /// sentence a quotation belongs to, before a tag that follows the quotation, is what the
    /// quoted words are about, not who owns the writing that says them.
    static func isTopic(
        _ organisation: EntityRecognizer.Mention, ofTaggedQuote content: Range<Int>, _ speaker: Range<Int>,
        _ analysis: TextAnalysis
    ) -> Bool {
        guard speaker.lowerBound >= content.upperBound else { return false }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[content.lowerBound])].tokens
        return organisation.tokens.lowerBound >= sentence.lowerBound
            && organisation.tokens.lowerBound < speaker.lowerBound
    }

    /// `the study`, `this report`: a definite phrase headed by a writing, which "it" in the
    /// next sentence may stand for once it has spoken.
    func isDefiniteWriting(_ speaker: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard let last = speaker.last, speaker.count <= 4, tokens[last].kind == .word,
            Self.writingNouns.contains(tokens[last].foldedHash)
        else { return false }
        return Self.definiteWords.contains(tokens[speaker.lowerBound].foldedHash)
    }
    private static let writingNouns = WordSet.folded([
        "report", "study", "survey", "analysis", "research", "review", "paper",
    ])
    private static let definiteWords = WordSet.folded(["the", "this"])
}
