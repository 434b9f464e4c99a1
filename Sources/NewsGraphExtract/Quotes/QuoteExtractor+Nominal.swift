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

    /// A claim named by a noun: "his claim that …", "Trump's assertion that …". The possessor
    /// is the speaker; the word after `that` must open a clause (a pronoun, determiner or name).
    func nominalClause(
        at index: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> (content: Range<Int>, speaker: SpeakerFinder.Speaker)? {
        let tokens = analysis.tokens
        guard QuoteLexicon.clauseNouns.contains(tokens[index].foldedHash), index > sentence.tokens.lowerBound,
            index + 2 < sentence.tokens.upperBound, tokens[index + 1].foldedHash == FoldedWord.that
        else { return nil }
        let next = tokens[index + 2]
        guard
            Lexicon.pronouns.contains(next.foldedHash) || Lexicon.determiners.contains(next.foldedHash)
                || speakers.mentionStartingAt[index + 2] != nil
        else { return nil }
        var owner = index - 1
        let speaker: SpeakerFinder.Speaker
        if QuoteLexicon.possessivePronouns.contains(tokens[owner].foldedHash) {
            speaker = SpeakerFinder.Speaker(tokens: owner..<owner + 1, mention: nil, isPronoun: true)
        } else if tokens[owner].kind == .possessive, owner > sentence.tokens.lowerBound,
            let mention = speakers.mentionEndingAt[owner - 1]
        {
            owner -= 1
            speaker = SpeakerFinder.Speaker(tokens: mention.tokens, mention: mention, isPronoun: false)
        } else {
            return nil
        }
        let content = index + 1..<contentEnd(of: sentence, from: index + 2, analysis)
        return content.count >= 4 ? (content, speaker) : nil
    }

}
