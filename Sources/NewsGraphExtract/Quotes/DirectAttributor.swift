/// Finds who a quotation is attributed to by the words right next to it.
///
/// After the quotation: `"…," Kahl said` / `"…," said Kahl` / `"…," X, a senior official, said`
/// / `"…" — Kahl` / `"…," according to X`. Before it: `Sherman added, "…"` / `Kahl said: "…"` /
/// `X told Y: "…"` / `According to X, "…"`; a colon at the end of the previous paragraph counts
/// (`Cruz continued:` then the quotation as a paragraph of its own).
struct DirectAttributor {
    let analysis: TextAnalysis
    let speakers: SpeakerFinder

    struct Attribution {
        var speaker: SpeakerFinder.Speaker
        var cue: Range<Int>?
    }

    private var tokens: [Token] { analysis.tokens }
    private static let according = FoldedWord.according
    private static let to = FoldedWord.to
    private static let that = FoldedWord.that
    private static let tellVerbs = WordSet.folded(["told", "tells", "tell", "telling"])

    func attribute(_ quotation: QuotationFinder.Quotation) -> Attribution? {
        after(quotation) ?? before(quotation) ?? signature(quotation)
    }

    /// A paragraph of only a dash and a name signs the quotation before it: `"…"` then `- Kahl.`
    private func signature(_ quotation: QuotationFinder.Quotation) -> Attribution? {
        let dash = quotation.after
        guard !quotation.closeMark.isEmpty, dash + 1 < tokens.count, tokens[dash].newlinesBefore > 0,
            tokens[dash].kind == .dash || analysis.isCharacter(dash, "-")
        else { return nil }
        var end = dash + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        let line = Sentence(tokens: dash + 1..<end)
        guard let speaker = speakers.speaker(startingAt: dash + 1, within: line) else { return nil }
        // Nothing but the name and a full stop.
        for index in speaker.tokens.upperBound..<end where !analysis.isCharacter(index, ".") { return nil }
        return Attribution(speaker: speaker, cue: nil)
    }

    /// The tokens after the closing mark up to the end of the attribution's clause.
    private func after(_ quotation: QuotationFinder.Quotation) -> Attribution? {
        var position = quotation.after
        guard !quotation.closeMark.isEmpty, position < tokens.count, tokens[position].newlinesBefore == 0 else {
            return nil
        }
        while position < tokens.count, analysis.isCharacter(position, ","), tokens[position].newlinesBefore == 0 {
            position += 1
        }
        var limit = position
        while limit < tokens.count, limit - position < 24, tokens[limit].newlinesBefore == 0 || limit == position {
            let token = tokens[limit]
            if token.kind == .openingQuote || token.kind == .straightQuote { break }
            if token.kind == .punctuation, !analysis.isCharacter(limit, ","), !analysis.isCharacter(limit, "("),
                !analysis.isCharacter(limit, ")"), !isAbbreviationStop(limit)
            {
                break
            }
            limit += 1
        }
        guard position < limit else { return nil }
        let clause = Sentence(tokens: position..<limit)
        if tokens[position].kind == .dash {
            return speakers.speaker(startingAt: position + 1, within: clause).map { Attribution(speaker: $0, cue: nil) }
        }
        if tokens[position].foldedHash == Self.according, position + 1 < limit,
            tokens[position + 1].foldedHash == Self.to
        {
            return speakers.speaker(startingAt: position + 2, within: clause).map {
                Attribution(speaker: $0, cue: position..<position + 2)
            }
        }
        // `said Kahl`; `said the official`. Whoever is told is the audience, never the speaker.
        if QuoteLexicon.quoteVerbs.contains(tokens[position].foldedHash),
            !Self.tellVerbs.contains(tokens[position].foldedHash)
        {
            // `said the Ohio shipbuilder, who …`: a plain noun phrase up to its comma.
            var phraseEnd = position + 1
            while phraseEnd < limit, !analysis.isCharacter(phraseEnd, ",") { phraseEnd += 1 }
            let article = position + 1 < limit && Self.articles.contains(tokens[position + 1].foldedHash)
            return
                (speakers.speaker(startingAt: position + 1, within: clause)
                ?? (article ? speakers.nounPhrase(in: position + 1..<phraseEnd) : nil)).map {
                    Attribution(speaker: $0, cue: position..<position + 1)
                }
        }
        for verb in position + 1..<limit where QuoteLexicon.quoteVerbs.contains(tokens[verb].foldedHash) {
            var end = verb
            while end > position, tokens[end - 1].kind == .word,
                Lexicon.auxiliaries.contains(tokens[end - 1].foldedHash),
                speakers.mentionEndingAt[end - 1] == nil
            {
                end -= 1
            }
            while end > position, analysis.isCharacter(end - 1, ",") { end -= 1 }
            // `"…," the newspaper wrote`: a plain noun phrase when no name or role is there.
            let determined = Self.articles.contains(tokens[position].foldedHash)
            guard
                let speaker = speakers.subjectPhrase(in: position..<end)
                    ?? (determined ? speakers.nounPhrase(in: position..<end) : nil)
            else { return nil }
            return Attribution(speaker: speaker, cue: verb..<verb + 1)
        }
        return nil
    }

    /// "Rucker Vance, who runs the office, said: …": two or more capitalised words opening the
    /// sentence, then a comma, name its subject even when the entity stage missed them.
    private func openingName(_ sentence: Sentence, before verb: Int) -> SpeakerFinder.Speaker? {
        guard let run = speakers.capitalisedRun(at: sentence.tokens.lowerBound, limit: verb), run.tokens.count >= 2,
            run.tokens.upperBound < verb, analysis.isCharacter(run.tokens.upperBound, ",")
        else { return nil }
        return run
    }

    /// "he laughed and said", "Okafor went on to say": the subject of the verb the cue joins.
    private func coordinatedSubject(before verb: Int, _ sentence: Sentence) -> SpeakerFinder.Speaker? {
        var position = verb - 1
        guard position > sentence.tokens.lowerBound,
            tokens[position].foldedHash == Self.and || tokens[position].foldedHash == Self.to
        else { return nil }
        // Back over the lower-case words of the first verb phrase, at most three.
        while position > sentence.tokens.lowerBound, verb - position <= 4 {
            position -= 1
            let token = tokens[position]
            guard token.kind == .word else { return nil }
            if Lexicon.pronouns.contains(token.foldedHash) {
                return SpeakerFinder.Speaker(tokens: position..<position + 1, mention: nil, isPronoun: true)
            }
            if let name = speakers.mentionEndingAt[position] {
                return name.label == .person || name.label == .org
                    ? SpeakerFinder.Speaker(tokens: name.tokens, mention: name, isPronoun: false) : nil
            }
            if token.isCapitalized {
                return speakers.capitalisedName(endingAt: position, within: sentence)
                    ?? (Lexicon.sentenceWords.contains(token.foldedHash)
                        ? nil : SpeakerFinder.Speaker(tokens: position..<position + 1, mention: nil, isPronoun: false))
            }
        }
        return nil
    }
    private static let and = TokenHash.foldedHash("and")
    /// Articles open a plain noun phrase that can tag a quotation ("the newspaper").
    private static let articles = WordSet.folded(["the", "a", "an"])

    /// The full stop of a short capitalised abbreviation inside a tag: "Rep.", "(R-Fla.)".
    private func isAbbreviationStop(_ index: Int) -> Bool {
        guard analysis.isCharacter(index, "."), index > 0, index + 1 < tokens.count else { return false }
        let word = tokens[index - 1]
        return word.kind == .word && word.isCapitalized && word.length <= 4 && tokens[index + 1].newlinesBefore == 0
    }

    /// The tokens before the opening mark: `X said, "…"`, `X said: "…"`, `According to X, "…"`.
    private func before(_ quotation: QuotationFinder.Quotation) -> Attribution? {
        var position = quotation.open - 1
        guard position >= 0 else { return nil }
        let crossesParagraph = tokens[quotation.open].newlinesBefore > 0
        let colon = analysis.isCharacter(position, ":")
        if crossesParagraph && !colon { return nil }
        let punctuated = colon || analysis.isCharacter(position, ",")
        if punctuated { position -= 1 }
        guard position >= 0, tokens[position].foldedHash != Self.that else { return nil }
        // `Maria Lopez: "We will rebuild"`: a person's name and a colon, as headlines give
        // speech, hand the quotation to that person.
        if colon, !crossesParagraph, let name = speakers.mentionEndingAt[position], name.label == .person {
            return Attribution(
                speaker: SpeakerFinder.Speaker(tokens: name.tokens, mention: name, isPronoun: false), cue: nil)
        }
        // Without a comma or colon the verb must touch the mark (`he said "…"`); a quotation
        // further into a reported clause is part of it (`said he was "concerned"`: mixed).
        if !punctuated {
            guard QuoteLexicon.quoteVerbs.contains(tokens[position].foldedHash) else { return nil }
        }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[position])]
        let lowest = max(sentence.tokens.lowerBound, position - 10)
        var candidate = position
        while candidate >= lowest {
            let token = tokens[candidate]
            if token.kind == .closingQuote || token.kind == .straightQuote { break }
            if token.kind == .punctuation && !analysis.isCharacter(candidate, ",") { break }
            if token.foldedHash == Self.according, candidate + 1 <= position,
                tokens[candidate + 1].foldedHash == Self.to
            {
                return speakers.speaker(startingAt: candidate + 2, within: sentence).map {
                    Attribution(speaker: $0, cue: candidate..<candidate + 2)
                }
            }
            if QuoteLexicon.quoteVerbs.contains(token.foldedHash) {
                // `X told Reuters: "…"`: after a verb of telling stands the audience, not the speaker.
                // `put it: "…"`: "it" after the verb is its object.
                let inverted =
                    Self.tellVerbs.contains(token.foldedHash) || tokens[candidate + 1].foldedHash == FoldedWord.it
                    ? nil
                    : speakers.speaker(
                        startingAt: candidate + 1, within: Sentence(tokens: candidate + 1..<position + 1))
                if let speaker = speakers.speaker(before: candidate, within: sentence) ?? inverted
                    ?? speakers.subject(of: sentence, before: candidate)
                    ?? speakers.capitalisedName(endingAt: candidate - 1, within: sentence)
                    ?? openingName(sentence, before: candidate)
                    ?? coordinatedSubject(before: candidate, sentence)
                {
                    return Attribution(speaker: speaker, cue: candidate..<candidate + 1)
                }
                return nil
            }
            candidate -= 1
        }
        return nil
    }
}
