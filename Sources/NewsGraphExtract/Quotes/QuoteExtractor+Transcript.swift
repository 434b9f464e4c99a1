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
        // A label names a speaker only when it is a person or organisation the text names, or a
        // transcript's capitals: "Location: Houston" and "Cons: …" are a page's fields, not speech.
        let named = mention.map { $0.label == .person || $0.label == .org } ?? false
        guard named || speakerTokens.allSatisfy({ tokens[$0].isAllCaps }) else { return nil }
        // The paragraph's end: the first token after a line break.
        var end = colon + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        while end > colon + 1, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end - colon > 3 else { return nil }
        return Attribution(
            content: colon + 1..<end, kind: .indirect, cue: colon..<colon + 1,
            speaker: SpeakerFinder.Speaker(tokens: speakerTokens, mention: mention, isPronoun: false))
    }
}
