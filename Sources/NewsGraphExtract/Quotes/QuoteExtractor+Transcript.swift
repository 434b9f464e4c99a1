/// Lines that give their speaker first and a colon: transcripts (`JAKE TAPPER: …`, `Q: …`) and
/// headlines (`Sanders: Clinton needs to …`). The rest of the paragraph is what was said. Labels
/// that name no one (`Location:`, `Pros:`) are the fields of a page, not speakers.
extension QuoteExtractor {
    /// The attribution of a paragraph that opens with `SPEAKER:` at `sentence`, if it does.
    func speakerLine(
        _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder, opensQuotation: Set<Int>
    ) -> Attribution? {
        let tokens = analysis.tokens
        let first = sentence.tokens.lowerBound
        guard first == 0 || tokens[first].newlinesBefore > 0 else { return nil }
        // The speaker: a name, or one to four capitalised words, then the colon.
        var colon = first
        while colon < sentence.tokens.upperBound, colon - first < 5, tokens[colon].kind == .word,
            tokens[colon].isCapitalized || tokens[colon].isAllCaps
        {
            colon += 1
        }
        guard colon > first, colon + 1 < sentence.tokens.upperBound, analysis.isCharacter(colon, ":"),
            tokens[colon + 1].newlinesBefore == 0, !opensQuotation.contains(colon + 1),
            !Lexicon.sentenceWords.contains(tokens[first].foldedHash),
            !QuoteLexicon.lineLabels.contains(tokens[colon - 1].foldedHash)
        else { return nil }
        let speakerTokens = first..<colon
        let mention = speakers.mentionStartingAt[first].flatMap { $0.tokens == speakerTokens ? $0 : nil }
        // The paragraph's end: the first token after a line break.
        var end = colon + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        // A label names a speaker only when it is a person the text names and words follow, or a
        // transcript's capitals: two words or more, or one that is a person's name (`LOPEZ:`).
        // "Location: Houston", "Acme Movers: 4.5 stars", "TIP: …" and "FAQ: …" are a page's fields.
        let person = mention?.label == .person && tokens[colon + 1].kind == .word
        // Capitals with no word of a person the text names (`TOP PICK:`) are a heading.
        let transcript =
            speakerTokens.allSatisfy { tokens[$0].isAllCaps }
            && (mention?.label == .person || speakerTokens.contains { namesPerson($0, speakers) })
        guard person || transcript else { return nil }
        while end > colon + 1, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end - colon > 3 else { return nil }
        return Attribution(
            content: colon + 1..<end, kind: .indirect, cue: colon..<colon + 1,
            speaker: SpeakerFinder.Speaker(tokens: speakerTokens, mention: mention, isPronoun: false))
    }

    /// A word of a transcript's label is a word of a person's name the text gives: `LOPEZ:`,
    /// `ANN LOPEZ:`.
    private func namesPerson(_ label: Int, _ speakers: SpeakerFinder) -> Bool {
        let word = speakers.analysis.tokens[label].foldedHash
        return speakers.mentionEndingAt.values.contains { mention in
            mention.label == .person && mention.tokens.contains { speakers.analysis.tokens[$0].foldedHash == word }
        }
    }

    /// Words of the first and second person, subject or possessive.
    static let firstAndSecondPerson = QuoteLexicon.writerAndReader.union(
        WordSet.folded(["my", "our", "your", "mine", "ours", "yours"]))
}
