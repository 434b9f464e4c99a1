import NewsGraphCore

/// Participles after a comma (`…, calling the plan …`, `…, adding that …`) report for the
/// subject of their sentence, or for the tag of the quotation that opens it.
extension QuoteExtractor {
    /// The speaker of a participle after a comma is the sentence's subject, not the name
    /// nearest to it: "The firm wrote to Ann Vance, calling the figures …".
    func participleSubject(
        _ cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        guard cue > sentence.tokens.lowerBound, analysis.isCharacter(cue - 1, ","),
            ClauseBoundary(analysis: analysis).isParticiple(cue)
        else { return nil }
        // `"We need change," the mayor said, arguing that …`: the tag's speaker, not a word of
        // the quotation that opens the sentence.
        let first = sentence.tokens.lowerBound
        if analysis.tokens[first].kind == .openingQuote || analysis.tokens[first].kind == .straightQuote {
            var verb = cue - 2
            while verb > max(first, cue - 10) {
                if QuoteLexicon.quoteVerbs.contains(analysis.tokens[verb].foldedHash) {
                    return speakers.speaker(before: verb, within: sentence)
                        ?? speakers.speaker(startingAt: verb + 1, within: Sentence(tokens: verb + 1..<cue - 1))
                }
                verb -= 1
            }
        }
        if let subject = speakers.subject(of: sentence, before: cue) { return subject }
        // "The union rejected the offer, saying …": the noun phrase before the sentence's verb,
        // not the whole clause before the comma.
        if let subject = subjectBeforeVerb(cue, sentence, analysis, speakers) { return subject }
        // "Still, she kept her counsel …, calling …": the subject after an introductory phrase.
        var comma = sentence.tokens.lowerBound
        while comma < cue - 1, !analysis.isCharacter(comma, ",") { comma += 1 }
        guard comma < cue - 1 else { return nil }
        return speakers.subject(of: Sentence(tokens: comma + 1..<sentence.tokens.upperBound), before: cue)
    }

    /// The words from the sentence's start to the cue's verb group as a plain noun phrase; for a
    /// participle after a comma those words are a clause (`The union rejected the offer`), none.
    func leadingNounPhrase(
        before cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        if cue > sentence.tokens.lowerBound, analysis.isCharacter(cue - 1, ","),
            ClauseBoundary(analysis: analysis).isParticiple(cue)
        {
            return nil
        }
        return speakers.nounPhrase(in: sentence.tokens.lowerBound..<verbPhraseStart(cue, sentence, analysis))
    }

    /// The noun phrase that opens the sentence, up to its first verb (a lower-case auxiliary, a
    /// word in -ed, a cue or an irregular past), when it holds a determiner or a capital first.
    private func subjectBeforeVerb(
        _ cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        let tokens = analysis.tokens
        let start = sentence.tokens.lowerBound
        var position = start + 1
        while position < min(start + 7, cue - 1) {
            let token = tokens[position]
            guard token.kind == .word || token.kind == .possessive || token.kind == .hyphen else { return nil }
            if !token.isCapitalized, Self.isVerbForm(position, analysis) { break }
            position += 1
        }
        guard position < cue - 1, position < start + 7, !tokens[position].isCapitalized,
            Self.isVerbForm(position, analysis)
        else { return nil }
        return speakers.nounPhrase(in: start..<position)
    }

    /// A word that is most likely a verb: an auxiliary, a cue, a form in -ed or a common
    /// irregular past.
    private static func isVerbForm(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokens[index]
        let hash = token.foldedHash
        if Lexicon.auxiliaries.contains(hash) || cueWords.contains(hash) || irregularVerbs.contains(hash) {
            return true
        }
        let end = Int(token.end)
        return token.length > 4 && analysis.text[end - 2] == UInt8(ascii: "e")
            && analysis.text[end - 1] == UInt8(ascii: "d")
    }
    private static let irregularVerbs = WordSet.folded([
        "left", "made", "took", "gave", "met", "went", "held", "kept", "sent", "put", "set", "won", "lost", "quit",
        "spoke", "wrote", "told", "said", "broke", "stood", "came", "ran", "began", "chose", "shut", "hit", "cut",
    ])

    /// "cheered by a study showing that …", "a survey warning …": a participle right after a
    /// noun for a writing, a role or people, with no comma between, speaks for that noun
    /// phrase, not for the sentence's subject.
    func nounBeforeParticiple(
        _ cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        let tokens = analysis.tokens
        guard cue > sentence.tokens.lowerBound, ClauseBoundary(analysis: analysis).isParticiple(cue) else {
            return nil
        }
        let noun = cue - 1
        let hash = tokens[noun].foldedHash
        guard tokens[noun].kind == .word, !tokens[noun].isCapitalized,
            Self.writings.contains(hash) || QuoteLexicon.roleNouns.contains(hash) || Self.peopleAtLarge.contains(hash)
        else { return nil }
        if let role = speakers.phrase(endingAt: noun, sentence: sentence) { return role }
        // Its determiner, one or two words back ("a new report"), opens the phrase.
        var start = noun
        for back in [noun - 1, noun - 2]
        where back >= sentence.tokens.lowerBound && Lexicon.determiners.contains(tokens[back].foldedHash) {
            start = back
            break
        }
        return SpeakerFinder.Speaker(tokens: start..<cue, mention: nil, isPronoun: false)
    }
}
