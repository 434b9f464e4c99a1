import NewsGraphCore

/// Speakers found as a subject: the subject phrase before a verb group, a noun phrase or a short
/// phrase between a quotation and its verb, and the subject that opens the sentence.
extension SpeakerFinder {
    /// The subject right before a verb group, after an introductory clause and its comma:
    /// "While …, council members on both sides argue …". Words only, at most eight, with
    /// a role noun, a name or a determiner in front.
    func clauseSubject(before verbStart: Int, within sentence: Sentence) -> Speaker? {
        var start = verbStart
        while start > sentence.tokens.lowerBound, verbStart - start < 9 {
            let token = tokens[start - 1]
            guard token.kind == .word || token.kind == .possessive || token.kind == .hyphen || token.kind == .number
            else { break }
            start -= 1
        }
        while start < verbStart, Self.conjunctions.contains(tokens[start].foldedHash) { start += 1 }
        // "Why Many Riders Say …": a question word opening a headline asks; it names no one.
        if start < verbStart, Self.questionWords.contains(tokens[start].foldedHash) { start += 1 }
        guard start < verbStart, verbStart - start <= 8,
            start == sentence.tokens.lowerBound || analysis.isCharacter(start - 1, ",")
        else { return nil }
        // "regarded as a reliable source, …": a phrase that opens with a participle describes
        // the subject before it and is none itself.
        if !tokens[start].isCapitalized, endsInEd(start) || endsInIng(start) { return nil }
        var hasHead = Lexicon.determiners.contains(tokens[start].foldedHash)
        for position in start..<verbStart {
            let hash = tokens[position].foldedHash
            // "Creators must engage openly, acknowledging …": a modal makes a clause, not a subject.
            if QuoteLexicon.clauseVerbs.contains(hash) || hash == Self.who || Self.modals.contains(hash) {
                return nil
            }
            if QuoteLexicon.roleNouns.contains(hash) || mentionStartingAt[position] != nil { hasHead = true }
        }
        return hasHead ? Speaker(tokens: start..<verbStart, mention: nil, isPronoun: false) : nil
    }
    private static let modals = WordSet.folded(["must", "should", "can", "could", "would", "will", "may", "might"])
    private static let conjunctions = WordSet.folded(["but", "and", "so", "yet", "or", "still"])
    private static let questionWords = WordSet.folded(["why", "how", "what", "when", "where"])
    /// Conjunctions and adverbs of time that link a sentence to the one before (`Then a pilot
    /// said …`): never part of the speaker after them.
    static let sentenceLinks = WordSet.folded(["but", "and", "yet", "so", "then", "still", "now", "later"])

    /// A plain noun phrase as the speaker when nothing more specific is there: "Several delegate
    /// candidates", "Organizers of the push". Short, words only, no pronoun object inside.
    func nounPhrase(in region: Range<Int>) -> Speaker? {
        guard !region.isEmpty, region.count <= 10 else { return nil }
        for position in region {
            let token = tokens[position]
            guard token.kind == .word || token.kind == .possessive || token.kind == .hyphen || token.kind == .number
            else { return nil }
            if QuoteLexicon.clauseVerbs.contains(token.foldedHash) || Self.modals.contains(token.foldedHash) {
                return nil
            }
        }
        let first = tokens[region.lowerBound]
        guard
            Lexicon.determiners.contains(first.foldedHash)
                || first.isCapitalized && !Lexicon.sentenceWords.contains(first.foldedHash)
        else { return nil }
        return Speaker(tokens: region, mention: nil, isPronoun: false)
    }

    /// The speaker in a short subject phrase between a quotation and its verb:
    /// `"…," council leader Ann Vance, D-Ohio, said` / `"…," a senior official said`.
    func subjectPhrase(in region: Range<Int>) -> Speaker? {
        var first = region.lowerBound
        while first < region.upperBound, tokens[first].kind != .word { first += 1 }
        guard first < region.upperBound else { return nil }
        if let mention = mentionStartingAt[first], mention.label.isName, mention.label != .date,
            mention.tokens.upperBound <= region.upperBound
        {
            return Speaker(tokens: mention.tokens, mention: mention, isPronoun: false)
        }
        if Lexicon.pronouns.contains(tokens[first].foldedHash) {
            return Speaker(tokens: first..<first + 1, mention: nil, isPronoun: true)
        }
        // The first name inside: "city hall spokeswoman Maria Lopez".
        for position in first..<region.upperBound {
            if analysis.isCharacter(position, ",") { break }
            if let mention = mentionStartingAt[position], mention.label == .person || mention.label == .org,
                mention.tokens.upperBound <= region.upperBound
            {
                return Speaker(tokens: mention.tokens, mention: mention, isPronoun: false)
            }
        }
        // A role up to the first comma: "a senior official", "the former harbour master".
        var end = first
        while end < region.upperBound, !analysis.isCharacter(end, ",") { end += 1 }
        let sentence = Sentence(tokens: first..<end)
        for position in stride(from: end - 1, through: first, by: -1)
        where QuoteLexicon.roleNouns.contains(tokens[position].foldedHash) {
            return phrase(endingAt: position, sentence: sentence)
        }
        return capitalisedRun(at: first, limit: end)
    }

    /// The sentence's grammatical subject, when it opens the sentence: the fallback speaker for
    /// a verb in a second clause ("Iran at first denied …, but later said …").
    func subject(of sentence: Sentence, before limit: Int) -> Speaker? {
        var position = sentence.tokens.lowerBound
        while position < limit, tokens[position].kind != .word { position += 1 }
        guard position < limit else { return nil }
        // "Mr. Coffman, who …, said": a title or honorific may stand before the name.
        var start = position
        while start < min(position + 3, limit) {
            if let mention = mentionStartingAt[start], mention.label.isName {
                return canSpeak(mention) ? Speaker(tokens: mention.tokens, mention: mention, isPronoun: false) : nil
            }
            guard
                tokens[start].isCapitalized && !Lexicon.sentenceWords.contains(tokens[start].foldedHash)
                    || analysis.isCharacter(start, ".")
            else { break }
            start += 1
        }
        if Lexicon.pronouns.contains(tokens[position].foldedHash) {
            return Speaker(tokens: position..<position + 1, mention: nil, isPronoun: true)
        }
        // "US government officials have stated", "An expert said": a role phrase up front, not
        // an introductory phrase ("At a campaign stop", "Speaking to supporters").
        // "Then a neighbour told …", "But critics say …": a conjunction or an adverb of time
        // that opens the sentence links it to the one before; the role phrase comes after it.
        if position + 2 < limit, Self.sentenceLinks.contains(tokens[position].foldedHash),
            tokens[position + 1].kind == .word, !tokens[position + 1].isCapitalized
        {
            position += 1
        }
        guard !ClauseBoundary.introductions.contains(tokens[position].foldedHash), !endsInIng(position) else {
            return nil
        }
        var end = position
        while end < limit, end - position < 6, tokens[end].kind == .word {
            if QuoteLexicon.roleNouns.contains(tokens[end].foldedHash),
                end + 1 >= limit || !QuoteLexicon.roleNouns.contains(tokens[end + 1].foldedHash)
            {
                return Speaker(tokens: position..<end + 1, mention: nil, isPronoun: false)
            }
            end += 1
        }
        return nil
    }

    private func endsInIng(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length > 4 else { return false }
        let end = Int(token.end)
        return analysis.text[end - 3] == UInt8(ascii: "i") && analysis.text[end - 2] == UInt8(ascii: "n")
            && analysis.text[end - 1] == UInt8(ascii: "g")
    }

    private func endsInEd(_ index: Int) -> Bool {
        tokens[index].length > 4 && analysis.endsInEd(index)
    }

    /// `X and Y both said`, `the surveys all show`: a lower-case quantifier between a subject and
    /// its verb floats off that subject, which speaks; it is no subject of its own. After a
    /// conjunction or a preposition (`And both said`, `in both`) it is the subject or a determiner;
    /// an auxiliary before it (`have both said`) is part of the verb group.
    func isFloatingQuantifier(_ index: Int, _ sentence: Sentence) -> Bool {
        index > sentence.tokens.lowerBound && !tokens[index].isCapitalized
            && QuoteLexicon.floatingQuantifiers.contains(tokens[index].foldedHash)
            && (tokens[index - 1].kind == .word
                && (!ComplementPatterns.nonObjects.contains(tokens[index - 1].foldedHash)
                    || Lexicon.auxiliaries.contains(tokens[index - 1].foldedHash))
                || tokens[index - 1].kind == .possessive)
    }
}
