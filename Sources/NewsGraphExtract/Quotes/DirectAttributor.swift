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
    private static let subjectPronouns = WordSet.folded(["he", "she", "they", "we", "i", "it"])
    /// Words that open a clause: after a dash they go on with the sentence, they sign nothing.
    private static let clauseWords = WordSet.folded([
        "so", "and", "but", "or", "where", "which", "when", "while", "if", "because", "as", "then", "that", "though",
        "although", "since", "unless", "until", "whereas", "yet",
    ])
    private static let relatives = WordSet.folded(["who", "whom", "whose", "which", "that"])
    private static let prepositions = WordSet.folded([
        "of", "about", "to", "for", "on", "with", "at", "from", "by", "against", "toward", "towards",
    ])

    func attribute(_ quotation: QuotationFinder.Quotation) -> Attribution? {
        // `X said: "…"` announces the quotation; a tag after it would be the next sentence's.
        if quotation.open > 0, analysis.isCharacter(quotation.open - 1, ":"), let announced = before(quotation) {
            return announced
        }
        return after(quotation) ?? before(quotation) ?? signature(quotation)
    }

    /// The tag before the quotation alone (`X said, "…"`), whatever may tag it after.
    func introduction(_ quotation: QuotationFinder.Quotation) -> Attribution? { before(quotation) }

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
        guard !quotation.closeMark.isEmpty, position < tokens.count, tokens[position].newlinesBefore == 0,
            !isTitleInSentence(quotation)
        else {
            return nil
        }
        while position < tokens.count, analysis.isCharacter(position, ","), tokens[position].newlinesBefore == 0 {
            position += 1
        }
        // `"…we will win." She said …`: a quotation that ends its sentence, then a capitalised
        // pronoun, opens the next sentence; a tag after a full stop is written `"…?" she asked`.
        if position == quotation.after, tokens[position].isCapitalized,
            Self.subjectPronouns.contains(tokens[position].foldedHash), endsSentence(quotation)
        {
            return nil
        }
        var limit = position
        while limit < tokens.count, limit - position < 24, tokens[limit].newlinesBefore == 0 || limit == position {
            let token = tokens[limit]
            if token.kind == .openingQuote || token.kind == .straightQuote { break }
            // `X, an analyst at Lee & Vance, wrote`: an ampersand joins a name and ends nothing.
            if token.kind == .punctuation, !analysis.isCharacter(limit, ","), !analysis.isCharacter(limit, "("),
                !analysis.isCharacter(limit, ")"), !analysis.isCharacter(limit, "&"), !isAbbreviationStop(limit)
            {
                break
            }
            limit += 1
        }
        guard position < limit else { return nil }
        let clause = Sentence(tokens: position..<limit)
        if tokens[position].kind == .dash {
            // `"…" – so where X …`: a dash then a word that opens a clause is the writer going
            // on, not a signature.
            if position + 1 < limit, Self.clauseWords.contains(tokens[position + 1].foldedHash) {
                return nil
            }
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
            // `said a retired nurse who asked not to be named`: the relative clause is about the
            // speaker, not part of the phrase that names them.
            var phraseEnd = position + 1
            while phraseEnd < limit, !analysis.isCharacter(phraseEnd, ","),
                !(phraseEnd > position + 2 && Self.relatives.contains(tokens[phraseEnd].foldedHash))
            {
                phraseEnd += 1
            }
            let article = position + 1 < limit && Self.tagDeterminers.contains(tokens[position + 1].foldedHash)
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
            // `"…we sail at dawn." The crew said it was ready`: after a quotation that ends its
            // sentence, a verb that takes a clause of its own opens the next sentence; it tags nothing.
            if position == quotation.after, tokens[position].isCapitalized, endsSentence(quotation),
                verb + 1 < limit, Self.clauseOpeners.contains(tokens[verb + 1].foldedHash)
            {
                return nil
            }
            return Attribution(speaker: speaker, cue: verb..<verb + 1)
        }
        return nil
    }

    /// The quoted words end in a full stop, a question mark or an exclamation mark.
    private func endsSentence(_ quotation: QuotationFinder.Quotation) -> Bool {
        let last = quotation.content.upperBound - 1
        return analysis.isCharacter(last, ".") || analysis.isCharacter(last, "!") || analysis.isCharacter(last, "?")
            || QuoteExtractor.keepsFullStop(last, analysis)
    }

    /// Words that open a verb's own clause: its `that`, a subject pronoun or an article.
    private static let clauseOpeners = WordSet.folded(["that", "he", "she", "it", "they", "we", "i", "the", "a", "an"])

    /// `on CBS's "Face the Nation," the senator said …`: capitalised words in marks after other
    /// words of their sentence name a work; the tag after them reports the rest of the sentence.
    private func isTitleInSentence(_ quotation: QuotationFinder.Quotation) -> Bool {
        let open = quotation.open
        guard open > 0, analysis.sentenceOfToken[open - 1] == analysis.sentenceOfToken[open],
            tokens[open - 1].kind == .word || tokens[open - 1].kind == .possessive
                || analysis.isCharacter(open - 1, ",")
        else { return false }
        var words = 0
        for index in quotation.content where tokens[index].kind == .word {
            words += 1
            // Short function words ("the", "of") stay in lower case inside a title.
            if !tokens[index].isCapitalized && (words == 1 || tokens[index].length > 3) { return false }
        }
        return words > 0 && words <= 8
    }

    /// "Rucker Vance, who runs the office, said: …": two or more capitalised words opening the
    /// sentence, then a comma, name its subject even when the entity stage missed them.
    private func openingName(_ sentence: Sentence, before verb: Int) -> SpeakerFinder.Speaker? {
        guard let run = speakers.capitalisedRun(at: sentence.tokens.lowerBound, limit: verb), run.tokens.count >= 2,
            run.tokens.upperBound < verb, analysis.isCharacter(run.tokens.upperBound, ",")
        else { return nil }
        return run
    }

    /// Nouns for a written or spoken statement, whose issuer speaks the quotation after them.
    private static let statementNouns = WordSet.folded([
        "statement", "statements", "tweet", "tweets", "message", "post", "letter", "email", "e-mail", "note",
        "release", "remarks", "speech", "interview",
    ])

    /// The subject of the verb that governs the statement noun at `noun`: back over its
    /// determiner and modifiers (at most four words) to a verb, and that verb's speaker.
    private func issuer(of noun: Int, _ sentence: Sentence) -> SpeakerFinder.Speaker? {
        var verb = noun - 1
        while verb > sentence.tokens.lowerBound, noun - verb <= 4, tokens[verb].kind == .word,
            !tokens[verb].isCapitalized
        {
            // `said in a statement: "…"` is the verb's own tag.
            if QuoteLexicon.quoteVerbs.contains(tokens[verb].foldedHash) { return nil }
            if let speaker = speakers.speaker(before: verb, within: sentence) { return speaker }
            verb -= 1
        }
        return nil
    }

    /// The subject of the sentence a participle belongs to, past an opening phrase and its comma.
    private func participleSubject(_ cue: Int, _ sentence: Sentence) -> SpeakerFinder.Speaker? {
        if let subject = speakers.subject(of: sentence, before: cue) { return subject }
        var comma = sentence.tokens.lowerBound
        while comma < cue - 1, !analysis.isCharacter(comma, ",") { comma += 1 }
        guard comma < cue - 1 else { return nil }
        return speakers.subject(of: Sentence(tokens: comma + 1..<sentence.tokens.upperBound), before: cue)
    }

    /// `As the phone rang, the announcer said, "…"`: a short noun phrase with an article, alone
    /// between a comma (or the sentence's start) and the verb.
    private func plainSubject(before verb: Int, _ sentence: Sentence) -> SpeakerFinder.Speaker? {
        var start = verb
        while start > sentence.tokens.lowerBound, verb - start < 5, tokens[start - 1].kind == .word {
            start -= 1
            if Self.articles.contains(tokens[start].foldedHash) { break }
        }
        guard start < verb, Self.articles.contains(tokens[start].foldedHash),
            start == sentence.tokens.lowerBound || analysis.isCharacter(start - 1, ",")
        else { return nil }
        return speakers.nounPhrase(in: start..<verb)
    }

    /// The speaker of the speech verb shortly before `end` in its sentence: `she said` in
    /// `"…," she said, adding, "…"`, or `said Ann Lee` in `"…," said Ann Lee, adding, "…"`.
    private func tagBefore(_ end: Int, _ sentence: Sentence) -> SpeakerFinder.Speaker? {
        var verb = end - 1
        while verb > max(sentence.tokens.lowerBound, end - 8) {
            if QuoteLexicon.quoteVerbs.contains(tokens[verb].foldedHash), tokens[verb].kind == .word {
                return speakers.speaker(before: verb, within: sentence)
                    ?? speakers.speaker(startingAt: verb + 1, within: Sentence(tokens: verb + 1..<end))
            }
            verb -= 1
        }
        return nil
    }

    /// "he laughed and said", "Okafor went on to say": the subject of the verb the cue joins.
    private func coordinatedSubject(before verb: Int, _ sentence: Sentence) -> SpeakerFinder.Speaker? {
        var position = verb - 1
        guard position > sentence.tokens.lowerBound,
            tokens[position].foldedHash == FoldedWord.and || tokens[position].foldedHash == Self.to
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
    /// Prepositions of a topic after a participle of saying: `adding of the mayor, "…"`.
    private static let topicPrepositions = WordSet.folded(["of", "about"])
    /// Adverbs of time or sequence after a participle of saying: `adding later, "…"`.
    private static let sequenceAdverbs = WordSet.folded(["later", "then", "also", "afterward", "afterwards", "again"])
    /// Articles open a plain noun phrase that can tag a quotation ("the newspaper").
    private static let articles = WordSet.folded(["the", "a", "an"])
    /// After an inverted verb a numeral or "another" opens one too: `wrote one reader`.
    private static let tagDeterminers = WordSet.folded(["the", "a", "an", "one", "another"])
    /// A particle that ends a phrasal verb of speech: `shot back, "…"`, `fired back: "…"`.
    private static let back = TokenHash.foldedHash("back")

    /// A verb of saying and a preposition stand before `start`, past a title such as `Mr.`
    /// (`said of Mr. Lee`).
    private func isAfterPreposition(_ start: Int) -> Bool {
        var before = start - 1
        if before > 0, tokens[before].kind == .word, tokens[before].isCapitalized,
            analysis.isCharacter(before + 1, ".")
                || Int(tokens[before].end) > 0
                    && analysis.text[Int(tokens[before].end) - 1] == UInt8(ascii: ".")
        {
            before -= 1
        }
        return before > 0 && Self.prepositions.contains(tokens[before].foldedHash)
            && QuoteLexicon.quoteVerbs.contains(tokens[before - 1].foldedHash)
    }

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
        // `X said of Ann Lee: "…"`: a name after a verb of saying and a preposition is talked
        // about, not speaking (`in the words of Ann Lee:` still gives her the words).
        if colon, !crossesParagraph, let name = speakers.mentionEndingAt[position], name.label == .person,
            !isAfterPreposition(name.tokens.lowerBound)
        {
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
            // `Sanders shot back, "…"`: the verb before the particle is the cue.
            if candidate == position, token.foldedHash == Self.back, candidate - 1 >= lowest,
                tokens[candidate - 1].kind == .word, !tokens[candidate - 1].isCapitalized
            {
                let verb = candidate - 1
                guard
                    let speaker = speakers.speaker(before: verb, within: sentence)
                        ?? plainSubject(before: verb, sentence)
                else { return nil }
                return Attribution(speaker: speaker, cue: verb..<candidate + 1)
            }
            // `Lee issued a statement: "…"`: who issued the statement speaks.
            if candidate == position, Self.statementNouns.contains(token.foldedHash),
                let speaker = issuer(of: candidate, sentence)
            {
                return Attribution(speaker: speaker, cue: candidate..<candidate + 1)
            }
            if QuoteLexicon.quoteVerbs.contains(token.foldedHash) {
                // `she said, adding, "…"`: a participle after a comma has its clause's speaker;
                // `In the end, Lee was critical, telling reporters: "…"`: its sentence's subject.
                // `adding later, "…"`: an adverb of time or sequence may stand between, and so
                // may what the words are about (`adding of the mayor, "…"`: the mayor is talked about).
                if candidate == position || Self.tellVerbs.contains(token.foldedHash)
                    || candidate + 1 == position && Self.sequenceAdverbs.contains(tokens[position].foldedHash)
                    || Self.topicPrepositions.contains(tokens[candidate + 1].foldedHash) && position - candidate <= 5,
                    ClauseBoundary(analysis: analysis).isParticiple(candidate),
                    analysis.isCharacter(candidate - 1, ","),
                    let earlier = tagBefore(candidate - 1, sentence) ?? participleSubject(candidate, sentence)
                {
                    return Attribution(speaker: earlier, cue: candidate..<candidate + 1)
                }
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
                    ?? plainSubject(before: candidate, sentence)
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
