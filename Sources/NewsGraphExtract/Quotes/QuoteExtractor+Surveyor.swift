/// A share of the people asked (`48% said`, `most reported`) tells a statistic, and whoever
/// asked them is its source: the organisation named as the source of a survey in the share's
/// sentence or the one before.
extension QuoteExtractor {
    /// Nouns for a survey or the writing that reports one.
    private static let surveyNouns = WordSet.folded([
        "survey", "surveys", "poll", "polls", "study", "report", "analysis", "research", "census", "questionnaire",
    ])
    private static let byWords = WordSet.folded(["by", "from"])
    private static let ofWord = TokenHash.foldedHash("of")

    /// The organisation a share speaker's figures come from: one after `according to`, after a
    /// survey noun and `by` (`a poll by X`), or before one, as its owner or modifier
    /// (`X's survey`, `a recent X poll`); the last before the share, in its sentence or the one
    /// before.
    func surveyor(
        ofShare speaker: Range<Int>, _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        guard let earliest = surveyorSearchStart(ofShare: speaker, analysis) else { return nil }
        func word(_ index: Int) -> UInt64? {
            index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].foldedHash : nil
        }
        func namesSurveyor(_ mention: EntityRecognizer.Mention) -> Bool {
            var before = mention.tokens.lowerBound - 1
            if word(before) == FoldedWord.the { before -= 1 }
            if word(before) == FoldedWord.to, word(before - 1) == FoldedWord.according { return true }
            if let by = word(before), Self.byWords.contains(by), let noun = word(before - 1),
                Self.surveyNouns.contains(noun)
            {
                return true
            }
            var after = mention.tokens.upperBound
            if after < tokens.count, tokens[after].kind == .possessive { after += 1 }
            return (after..<min(after + 2, speaker.lowerBound)).contains {
                word($0).map { Self.surveyNouns.contains($0) } == true
            }
        }
        return mentions.last {
            $0.label == .org && $0.tokens.lowerBound >= earliest && $0.tokens.upperBound <= speaker.lowerBound
                && namesSurveyor($0)
        }
    }

    /// A share's surveyor the entity stage missed: the capitalised words after `according to` or
    /// after a survey noun and `by` or `from` (`a poll by Brindle Metrics`), the last before the
    /// share in its sentence or the one before, where no name was recognised.
    func unrecognisedSurveyor(
        ofShare speaker: Range<Int>, _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]
    ) -> String? {
        let tokens = analysis.tokens
        guard let earliest = surveyorSearchStart(ofShare: speaker, analysis) else { return nil }
        var found: String?
        var position = earliest
        while position + 2 < speaker.lowerBound {
            defer { position += 1 }
            let token = tokens[position]
            guard token.kind == .word else { continue }
            let links =
                token.foldedHash == FoldedWord.according && tokens[position + 1].foldedHash == FoldedWord.to
                || Self.surveyNouns.contains(token.foldedHash) && Self.byWords.contains(tokens[position + 1].foldedHash)
            guard links else { continue }
            var start = position + 2
            if start < speaker.lowerBound, tokens[start].foldedHash == FoldedWord.the { start += 1 }
            var end = start
            while end < speaker.lowerBound, end - start < 4, tokens[end].kind == .word, tokens[end].isCapitalized,
                !Lexicon.sentenceWords.contains(tokens[end].foldedHash)
            {
                end += 1
            }
            guard end > start, !mentions.contains(where: { $0.tokens.overlaps(start..<end) }) else { continue }
            found = analysis.string(tokens: start..<end)
        }
        return found
    }

    /// Where a share speaker's source is looked for: the sentence before its own; `nil` when the
    /// speaker is no share (`48%`, `most`).
    func surveyorSearchStart(ofShare speaker: Range<Int>, _ analysis: TextAnalysis) -> Int? {
        func isShare(_ index: Int) -> Bool {
            analysis.isCharacter(index, "%") || QuoteLexicon.quantifiers.contains(analysis.tokens[index].foldedHash)
        }
        // The share ends the phrase (`48%`) or opens it before `of` (`48% of nurses`).
        guard let last = speaker.last,
            isShare(last)
                || speaker.dropLast().contains(where: {
                    isShare($0) && analysis.tokens[$0 + 1].foldedHash == Self.ofWord
                })
        else { return nil }
        return analysis.start(ofSentencesBefore: speaker.lowerBound, count: 1)
    }
}
