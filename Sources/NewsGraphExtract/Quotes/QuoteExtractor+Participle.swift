import NewsGraphCore

/// Who speaks through a cue of reported speech; participles after a comma (`…, calling the plan …`,
/// `…, adding that …`) report for the subject of their sentence, or for the tag of the quotation
/// that opens it.
extension QuoteExtractor {
    /// Who speaks through the cue at `index`: a participle's subject, the name right before
    /// the cue, the sentence's subject, or a noun phrase in the subject region.
    func reportingSubject(
        of index: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        if let subject = participleSubject(index, sentence, analysis, speakers)
            ?? speakers.speaker(before: index, within: sentence)
        {
            return nounBeforeParticiple(index, sentence, analysis, speakers) ?? subject
        }
        if isNounAfterModifier(index, sentence, analysis) { return nil }
        let found =
            speakers.subject(of: sentence, before: index)
            ?? speakers.subjectPhrase(in: subjectRegion(index, sentence, analysis))
        return found.map { nounBeforeParticiple(index, sentence, analysis, speakers) ?? $0 }
    }

    /// A cue that is as often a noun (`reports`, `reporting`) right after a lower-case word that
    /// can modify a noun, with no speaker of its own before it, is that noun: `prints long
    /// harbour reports on …`, `sells monthly reporting that …` describe a thing made.
    private func isNounAfterModifier(_ cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard cue > sentence.tokens.lowerBound, Self.nounLikeForms.contains(tokens[cue].foldedHash) else {
            return false
        }
        // `summer water demands needed to …`: a cue that is only sometimes a noun is one when no
        // clause (`that`, `to`, a quotation) follows it.
        if Self.nounBeforeNonClause.contains(tokens[cue].foldedHash) {
            guard cue + 1 < sentence.tokens.upperBound, tokens[cue + 1].kind == .word,
                !tokens[cue + 1].isCapitalized, !Self.clauseOpeners.contains(tokens[cue + 1].foldedHash)
            else { return false }
        }
        let before = tokens[cue - 1]
        return before.kind == .word && !before.isCapitalized && before.length > 2
            && !Self.verbGroupWords.contains(before.foldedHash) && !Lexicon.auxiliaries.contains(before.foldedHash)
            && !Self.modals.contains(before.foldedHash) && !Lexicon.pronouns.contains(before.foldedHash)
            && !QuoteLexicon.quantifiers.contains(before.foldedHash)
            && !QuoteLexicon.roleNouns.contains(before.foldedHash)
            && !Self.bodies.contains(before.foldedHash) && !Self.groups.contains(before.foldedHash)
            && !Self.writings.contains(before.foldedHash) && !Self.peopleAtLarge.contains(before.foldedHash)
            && !(analysis.text[Int(before.end) - 2] == UInt8(ascii: "l")
                && analysis.text[Int(before.end) - 1] == UInt8(ascii: "y"))
    }
    private static let nounLikeForms = QuoteLexicon.nounLikeCues.union(
        WordSet.folded(["reporting", "comment", "commenting", "warning", "writing", "briefing", "finding"])
    ).union(nounBeforeNonClause)
    /// Cues more often verbs than nouns, read as nouns only before a word that opens no clause.
    private static let nounBeforeNonClause = WordSet.folded(["demands"])
    /// Words that open the clause a verb of saying reports.
    private static let clauseOpeners = WordSet.folded(["that", "to", "whether", "if", "how", "what", "why"])
    /// Words that join a verb to its subject or to a verb before it.
    private static let verbGroupWords = WordSet.folded([
        "and", "but", "nor", "also", "then", "now", "still", "not", "never", "who", "which", "that", "often",
        "once", "later", "too", "even", "just", "already", "again", "recently", "previously",
    ])

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
        // "Still, she kept her counsel …, calling …": the subject after an introductory phrase.
        var comma = sentence.tokens.lowerBound
        while comma < cue - 1, !analysis.isCharacter(comma, ",") { comma += 1 }
        if comma < cue - 1,
            let subject = speakers.subject(of: Sentence(tokens: comma + 1..<sentence.tokens.upperBound), before: cue)
        {
            return subject
        }
        // "The union rejected the offer, saying …": the noun phrase before the sentence's verb,
        // not the whole clause before the comma.
        return subjectBeforeVerb(cue, sentence, analysis, speakers)
    }

    /// The noun phrase that opens the sentence, or the clause after its last comma before the
    /// participle's (`Yet months earlier, in Lee v. Vance, Judge Ames rejected …, saying`), up
    /// to its first verb (a lower-case auxiliary, a word in -ed or an irregular past):
    /// a name in it, else the phrase when it opens with a determiner or a capital.
    private func subjectBeforeVerb(
        _ cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        let tokens = analysis.tokens
        var lastComma = cue - 2
        while lastComma > sentence.tokens.lowerBound, !analysis.isCharacter(lastComma, ",") { lastComma -= 1 }
        let starts =
            lastComma > sentence.tokens.lowerBound
            ? [sentence.tokens.lowerBound, lastComma + 1] : [sentence.tokens.lowerBound]
        for start in starts {
            var position = start + 1
            while position < min(start + 7, cue - 1) {
                let token = tokens[position]
                guard token.kind == .word || token.kind == .possessive || token.kind == .hyphen else { break }
                if !token.isCapitalized, Self.isVerbForm(position, analysis) { break }
                position += 1
            }
            guard position < cue - 1, position < start + 7, tokens[position].kind == .word,
                !tokens[position].isCapitalized, Self.isVerbForm(position, analysis)
            else { continue }
            // "Creators must engage openly, acknowledging …": a modal makes the writer's prescription.
            if Self.modals.contains(tokens[position].foldedHash) { return nil }
            let region = start..<position
            if let name = region.lazy.compactMap({ speakers.mentionStartingAt[$0] }).first(where: {
                ($0.label == .person || $0.label == .org) && $0.tokens.upperBound <= position
            }) {
                return SpeakerFinder.Speaker(tokens: name.tokens, mention: name, isPronoun: false)
            }
            if let phrase = speakers.nounPhrase(in: region) { return phrase }
        }
        return nil
    }

    /// A word that is most likely a verb: an auxiliary, a form in -ed or a common irregular past.
    private static func isVerbForm(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokens[index]
        let hash = token.foldedHash
        if QuoteLexicon.finiteAuxiliaries.contains(hash) || irregularVerbs.contains(hash) {
            return true
        }
        return token.length > 4 && analysis.endsInEd(index)
    }
    private static let irregularVerbs = WordSet.folded([
        "left", "made", "took", "gave", "met", "went", "held", "kept", "sent", "put", "set", "won", "lost", "quit",
        "spoke", "wrote", "told", "said", "broke", "stood", "came", "ran", "began", "chose", "shut", "hit", "cut",
    ])

    /// "cheered by a study showing that …", "a survey warning …": a participle right after a
    /// noun for a writing, a role or people, with no comma between, speaks for that noun
    /// phrase, not for the sentence's subject (a correction of the speaker found, never a new
    /// finding).
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
