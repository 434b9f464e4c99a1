import NewsGraphCore

/// Reports named by a noun ("his claim that …") and headlines in title case, where a
/// capitalised verb still reports.
extension QuoteExtractor {
    /// A line in title case: four words or more, every word longer than three letters capitalised.
    func isTitleCase(_ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        var words = 0
        for index in sentence.tokens where analysis.tokens[index].kind == .word {
            let token = analysis.tokens[index]
            if token.length > 3 && !token.isCapitalized { return false }
            words += 1
        }
        return words >= 4
    }

    /// A claim named by a noun: "his claim that …", "Trump's assertion that …", "her repeated
    /// claim that …". The possessor is the speaker; the word after `that` must open a clause (a
    /// pronoun, determiner or name).
    func nominalClause(
        at index: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> (content: Range<Int>, speaker: SpeakerFinder.Speaker)? {
        let tokens = analysis.tokens
        guard QuoteLexicon.clauseNouns.contains(tokens[index].foldedHash), index > sentence.tokens.lowerBound,
            index + 2 < sentence.tokens.upperBound
        else { return nil }
        let that = index + 1
        guard tokens[that].foldedHash == FoldedWord.that else { return nil }
        let next = tokens[that + 1]
        guard
            Lexicon.pronouns.contains(next.foldedHash) || Lexicon.determiners.contains(next.foldedHash)
                || speakers.mentionStartingAt[that + 1] != nil
        else { return nil }
        guard let speaker = possessor(before: index, sentence, analysis, speakers) else { return nil }
        let content = that..<contentEnd(of: sentence, from: that + 1, analysis)
        return content.count >= 4 ? (content, speaker) : nil
    }

    /// The owner of a claim noun: a possessive pronoun or a name's possessive right before it, or
    /// before one or two lower-case modifiers (`his repeated claim`, `Vance's often quoted view`).
    private func possessor(
        before noun: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        let tokens = analysis.tokens
        var owner = noun - 1
        while owner > sentence.tokens.lowerBound, noun - owner <= 2, tokens[owner].kind == .word,
            !tokens[owner].isCapitalized, !QuoteLexicon.possessivePronouns.contains(tokens[owner].foldedHash),
            !Lexicon.determiners.contains(tokens[owner].foldedHash)
        {
            owner -= 1
        }
        if QuoteLexicon.possessivePronouns.contains(tokens[owner].foldedHash) {
            return SpeakerFinder.Speaker(tokens: owner..<owner + 1, mention: nil, isPronoun: true)
        }
        if tokens[owner].kind == .possessive, owner > sentence.tokens.lowerBound,
            let mention = speakers.mentionEndingAt[owner - 1]
        {
            return SpeakerFinder.Speaker(tokens: mention.tokens, mention: mention, isPronoun: false)
        }
        return nil
    }

}
