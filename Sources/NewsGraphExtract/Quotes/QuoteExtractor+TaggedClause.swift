import NewsGraphCore

/// Tags that stand after or inside their reported clause: `CLAUSE, X said.`, `CLAUSE, said X.`,
/// `CLAUSE, X said, CLAUSE`.
extension QuoteExtractor {
    /// The reported clause around a tag: `CLAUSE, X said.` (the clause before), and in
    /// `CLAUSE, X said, CLAUSE` both parts ("Climate change, he says, is …" reads as one
    /// report, but a long first part is a report of its own before the tag).
    func taggedClause(
        cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder, inQuote: [Bool]
    ) -> [Attribution] {
        let tokens = analysis.tokens
        /// Reported words of its own, not only a quotation's: two words outside the marks.
        func isReported(_ content: Range<Int>) -> Bool {
            var outside = 0
            for index in content where tokens[index].kind == .word && !inQuote[index] {
                outside += 1
                if outside >= 2 { return true }
            }
            return false
        }
        // `Words "quoted words," X said`: the comma inside a closing mark ends the clause too,
        // unless a colon hands the sentence over to the quotation (`X adds: "…," he says`) or
        // the marks hold a term of a word or two (`the key to "Progressive Overload," as …`).
        func isClosingMark(_ index: Int) -> Bool {
            guard index > sentence.tokens.lowerBound, analysis.isCharacter(index - 1, ","),
                tokens[index].kind == .closingQuote || tokens[index].kind == .straightQuote,
                !(sentence.tokens.lowerBound..<index).contains(where: { !inQuote[$0] && analysis.isCharacter($0, ":") })
            else { return false }
            var quoted = 0
            var position = index - 1
            while position >= sentence.tokens.lowerBound, inQuote[position] {
                if tokens[position].kind == .word { quoted += 1 }
                position -= 1
            }
            return quoted >= 3
        }
        // Inverted: "CLAUSE, said Angie Holan, the editor."
        let invertedComma = isClosingMark(cue - 1) ? cue - 2 : cue - 1
        if cue > sentence.tokens.lowerBound + 3, analysis.isCharacter(invertedComma, ","),
            let speaker = titledPerson(after: cue, sentence, speakers, analysis)
                ?? speakers.speaker(startingAt: cue + 1, within: sentence),
            speaker.tokens.lowerBound <= cue + 2, endsTag(after: speaker.tokens.upperBound, sentence, analysis)
        {
            let content = sentence.tokens.lowerBound..<invertedComma
            guard isReported(content) else { return [] }
            var found = [
                Attribution(content: content, kind: kind(content, inQuote), cue: cue..<cue + 1, speaker: speaker)
            ]
            // "CLAUSE, said X, but CLAUSE": the speaker's next clause after the tag.
            let comma = speaker.tokens.upperBound
            if comma + 2 < sentence.tokens.upperBound, analysis.isCharacter(comma, ","),
                Self.tagCoordinators.contains(tokens[comma + 1].foldedHash)
            {
                let rest = comma + 1..<contentEnd(of: sentence, from: comma + 1, analysis)
                if rest.count >= 3 && isReported(rest) {
                    found.append(
                        Attribution(content: rest, kind: kind(rest, inQuote), cue: cue..<cue + 1, speaker: speaker))
                }
            }
            return found
        }
        let subjectEnd = verbPhraseStart(cue, sentence, analysis)
        var comma = subjectEnd - 1
        while comma > sentence.tokens.lowerBound, comma > subjectEnd - 10, !analysis.isCharacter(comma, ","),
            !isClosingMark(comma)
        {
            // "Sen. Ann Vance (D-Ohio) told …": a name with its party and state.
            let inSubject =
                tokens[comma].kind == .word || tokens[comma].kind == .possessive || tokens[comma].kind == .hyphen
                || analysis.isCharacter(comma, "(") || analysis.isCharacter(comma, ")")
                || analysis.isCharacter(comma, ".")
            guard inSubject else { return [] }
            comma -= 1
        }
        let tagStart = comma + 1
        if isClosingMark(comma) { comma -= 1 }
        // One word before the tag (`Recently, she said, …`) is no report of its own, but the clause
        // after the tag is.
        guard analysis.isCharacter(comma, ","), comma >= sentence.tokens.lowerBound + 1,
            let speaker = speakers.speaker(before: cue, within: sentence)
                ?? speakers.subjectPhrase(in: tagStart..<subjectEnd)
                // "…, the airline said.", "…, his brother added.": a short determined noun
                // phrase alone between the comma and the verb is the tag's subject.
                ?? (subjectEnd - tagStart < 5 ? speakers.nounPhrase(in: tagStart..<subjectEnd) : nil),
            speaker.tokens.lowerBound == tagStart || speaker.mention != nil && speaker.tokens.lowerBound > comma
                || isRoleHead(speaker, of: tagStart..<subjectEnd, analysis),
            // "…, X, who said …": a relative clause describes X; it does not tag the words before it.
            tokens[speaker.tokens.lowerBound].foldedHash != Self.who
        else { return [] }
        // After one opening word the tag's subject must be its speaker, in the active voice
        // (`Recently, she said, …`), not a clause of the writer's (`However, the story was told by …`).
        if comma == sentence.tokens.lowerBound + 1,
            speaker.tokens.lowerBound != tagStart || isPassive(cue, sentence, analysis)
        {
            return []
        }
        // "…, Lisbon (location announced)": a verb inside brackets belongs to the aside.
        if (comma + 1..<cue).contains(where: { analysis.isCharacter($0, "(") })
            && !(comma + 1..<cue).contains(where: { analysis.isCharacter($0, ")") })
        {
            return []
        }
        var after = cue + 1
        // "…, and Tom explains them well": a verb with an object of its own tags nothing; one
        // of telling names its audience ("…, she told them"), and "as she put it" is a tag.
        if after < sentence.tokens.upperBound,
            Self.objectPronouns.contains(tokens[after].foldedHash)
                && !Self.audienceVerbs.contains(tokens[cue].foldedHash)
                || Self.indefiniteObjects.contains(tokens[after].foldedHash)
        {
            return []
        }
        // "In May, the firm announced a new app." / "…, the firm announced Acme Cloud.": after a
        // cue that is also an act, an article, a possessive or a name opens its object: no tag.
        if after < sentence.tokens.upperBound, QuoteLexicon.actionCues.contains(tokens[cue].foldedHash),
            Lexicon.articles.contains(tokens[after].foldedHash)
                || QuoteLexicon.possessivePronouns.contains(tokens[after].foldedHash)
                || isNameObject(after, analysis)
        {
            return []
        }
        // "In May, the club reported strong sales.": a report tags a clause only with nothing
        // after it but when or where (`…, the Gazette reported on Monday.`); else it has an object.
        if after < sentence.tokens.upperBound, QuoteExtractor.reportTagVerbs.contains(tokens[cue].foldedHash),
            tokens[after].kind == .word, !Self.reportAdjuncts.contains(tokens[after].foldedHash),
            !isTimeWord(after, analysis)
        {
            return []
        }
        // "…, he said Tuesday." / "…, officials said in a statement." The words after the verb
        // are when or where, never a clause of their own (`Later, Acme said the event was off.`);
        // a phrase a preposition opens right after the verb says when, where or how, however long
        // (`…, she said in a 2019 interview with the county paper.`).
        // Only after a plain subject with no appositive and an active verb, and never across a
        // word that opens a clause of its own (`said at a rally as …`).
        let adjunct =
            after < sentence.tokens.upperBound && Self.adjunctPrepositions.contains(tokens[after].foldedHash)
            && !(tagStart..<cue).contains { analysis.isCharacter($0, ",") } && !isPassive(cue, sentence, analysis)
        while after < sentence.tokens.upperBound, after - cue <= (adjunct ? 16 : 4),
            tokens[after].kind == .word
                || adjunct
                    && (tokens[after].kind == .number || tokens[after].kind == .possessive
                        || tokens[after].kind == .hyphen)
        {
            if tokens[after].foldedHash == FoldedWord.that
                || QuoteLexicon.finiteAuxiliaries.contains(tokens[after].foldedHash)
                || adjunct && Self.clauseOpeners.contains(tokens[after].foldedHash)
            {
                return []
            }
            after += 1
        }
        // A tag ends its clause: what follows is punctuation, not the reported words.
        guard after >= sentence.tokens.upperBound || tokens[after].kind == .punctuation else { return [] }
        var contents: [Range<Int>] = []
        let continues = after + 1 < sentence.tokens.upperBound && analysis.isCharacter(after, ",")
        // "It seems clear, she said, that …", "Not least, he says, because …": a few words before the
        // tag frame the clause its conjunction opens after it, which is the report.
        let framed =
            continues && opensFramedClause(after + 1, frame: comma - sentence.tokens.lowerBound, sentence, analysis)
        // "…, and the crew trains hard because, she said, …": words of the writer's that end in a
        // conjunction lead into the clause the tag cuts off, which alone is reported.
        let leadIn =
            continues && tokens[comma - 1].kind == .word && !inQuote[comma - 1]
            && Self.leadInConjunctions.contains(tokens[comma - 1].foldedHash)
        if !framed && !leadIn { contents.append(sentence.tokens.lowerBound..<comma) }
        if continues { contents.append(after + 1..<contentEnd(of: sentence, from: after + 1, analysis)) }
        // `…, she said, but "…"`: quoted words joined to the tag by `but` or `and` go on with it.
        func opensJoinedQuotation(_ content: Range<Int>) -> Bool {
            content.lowerBound == after + 1 && Self.tagCoordinators.contains(tokens[content.lowerBound].foldedHash)
                && (tokens[content.lowerBound + 1].kind == .openingQuote
                    || tokens[content.lowerBound + 1].kind == .straightQuote)
        }
        return contents.filter {
            $0.count >= 2 && (isReported($0) || framed && $0.lowerBound == after + 1 || opensJoinedQuotation($0))
        }.map {
            Attribution(content: $0, kind: kind($0, inQuote), cue: cue..<cue + 1, speaker: speaker)
        }
    }

    private static let who = TokenHash.foldedHash("who")
    /// Words that link a phrase to what follows: a person after them is not the phrase's head.
    private static let links = WordSet.folded([
        "by", "in", "of", "on", "at", "for", "with", "to", "from", "and", "or", "about", "that", "which", "who",
    ])

    /// `…, says political scientist Ann Vance`: up to three lower-case words of a title (or a number,
    /// `9/11 widow`) right after an inverted verb and before a person's name are the name's title;
    /// the person speaks, the title and name together the speaker's words.
    private func titledPerson(
        after cue: Int, _ sentence: Sentence, _ speakers: SpeakerFinder, _ analysis: TextAnalysis
    ) -> SpeakerFinder.Speaker? {
        let tokens = analysis.tokens
        var position = cue + 1
        while position < min(cue + 5, sentence.tokens.upperBound) {
            if position > cue + 1, let name = speakers.mentionStartingAt[position], name.label == .person {
                return SpeakerFinder.Speaker(tokens: cue + 1..<name.tokens.upperBound, mention: name, isPronoun: false)
            }
            let token = tokens[position]
            let isTitleWord =
                token.kind == .word && !token.isCapitalized && !Self.links.contains(token.foldedHash)
                || token.kind == .number || token.kind == .hyphen
            guard isTitleWord else { return nil }
            position += 1
        }
        return nil
    }
    private static let clauseOpeners = WordSet.folded([
        "as", "while", "when", "because", "since", "if", "where", "which", "who", "whom", "whose", "although",
    ])
    /// Prepositions that open when, where or how something was said: `said in an interview with …`.
    private static let adjunctPrepositions = WordSet.folded([
        "in", "on", "at", "during", "after", "before", "via", "through", "from", "over", "outside", "inside",
    ])
    private static let because = WordSet.folded(["because", "whether"])
    /// Conjunctions that open a clause and cannot end one (`that` may be a pronoun: `And that, he said, …`).
    private static let leadInConjunctions = WordSet.folded([
        "because", "although", "though", "since", "while", "whereas", "unless", "if",
    ])
    /// A conjunction after the tag's comma opens the rest of the clause begun before the tag,
    /// not a pronoun with a verb of its own (`that's`): `that` after a few words
    /// (`It seems clear`), `because` after a phrase of two or three (`Not least`), not a clause of
    /// its own (`The boat left early, she said, because …` reports both).
    private func opensFramedClause(
        _ index: Int, frame: Int, _ sentence: Sentence, _ analysis: TextAnalysis
    ) -> Bool {
        let tokens = analysis.tokens
        guard index + 1 < sentence.tokens.upperBound, tokens[index].kind == .word,
            tokens[index].foldedHash == FoldedWord.that
                ? frame <= 5 : Self.because.contains(tokens[index].foldedHash) && frame <= 3
        else { return false }
        return tokens[index + 1].kind == .word || tokens[index + 1].kind == .openingQuote
            || tokens[index + 1].kind == .straightQuote
    }
    /// Words that open when or where a report was made: `reported on Monday`, `reported last week`.
    private static let reportAdjuncts = WordSet.folded([
        "on", "in", "at", "last", "this", "earlier", "late", "early", "yesterday", "today", "tonight", "overnight",
        "citing", "from",
    ])
    /// A day or a month: `reported Tuesday`.
    private func isTimeWord(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let words = ValuePatterns.Words.shared
        let hash = analysis.tokens[index].hash
        return words.months.contains(hash) || words.weekdays.contains(hash)
    }
    /// A capitalised word that names no day or month: the name of what was acted on.
    private func isNameObject(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokens[index]
        guard token.kind == .word, token.isCapitalized else { return false }
        let words = ValuePatterns.Words.shared
        return !words.months.contains(token.hash) && !words.weekdays.contains(token.hash)
    }
    private static let objectPronouns = WordSet.folded(["it", "them", "this", "these", "those", "everything"])
    /// An indefinite pronoun right after a verb of saying (`…, she said nothing`) is its own object.
    static let indefiniteObjects = WordSet.folded(["nothing", "something", "anything", "little"])
    private static let audienceVerbs = WordSet.folded(["told", "tells", "tell", "asked", "asks", "ask", "put", "puts"])
    /// Words that join the speaker's next clause to an inverted tag: `…, said X, but …`.
    private static let tagCoordinators = WordSet.folded(["but", "and"])

    /// An inverted tag's speaker ends it: nothing after the name but punctuation, a title or a
    /// place (`said one source in the room`), no clause of its own (`said he would …`); a comma
    /// and `but` or `and` right after the name join the speaker's next clause.
    private func endsTag(after end: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        if end + 1 < sentence.tokens.upperBound, analysis.isCharacter(end, ","),
            Self.tagCoordinators.contains(analysis.tokens[end + 1].foldedHash)
        {
            return true
        }
        if end < sentence.tokens.upperBound {
            let next = analysis.tokens[end]
            guard
                next.kind == .punctuation || next.kind == .possessive || Self.tagContinuations.contains(next.foldedHash)
            else { return false }
        }
        var position = end
        var inAppositive = false
        while position < sentence.tokens.upperBound {
            let token = analysis.tokens[position]
            if token.kind == .openingQuote || token.kind == .straightQuote { return false }
            // "…, said Ann Vance, a professor who has …": a relative clause describes the speaker,
            // and so does `that` or `which` after a noun of an appositive (`…, an official with the
            // board that runs it`).
            if token.kind == .word, Self.relativeOpeners.contains(token.foldedHash) { return true }
            if inAppositive, token.kind == .word, Self.appositiveRelatives.contains(token.foldedHash),
                analysis.tokens[position - 1].kind == .word
            {
                return true
            }
            if analysis.isCharacter(position, ","), position + 1 < sentence.tokens.upperBound,
                Lexicon.determiners.contains(analysis.tokens[position + 1].foldedHash)
            {
                inAppositive = true
            }
            if token.kind == .word,
                token.foldedHash == FoldedWord.that || QuoteLexicon.finiteAuxiliaries.contains(token.foldedHash)
                    || QuoteLexicon.clauseVerbs.contains(token.foldedHash)
            {
                return false
            }
            position += 1
        }
        return true
    }

    private static let relativeOpeners = WordSet.folded(["who", "whose"])
    private static let appositiveRelatives = WordSet.folded(["that", "which"])

    /// A role noun that ends a tag's subject and heads it (`…, a college spokesman said`): the
    /// words before it from the comma are an article and plain modifiers, so the whole phrase is
    /// the subject and the role speaks.
    private func isRoleHead(_ speaker: SpeakerFinder.Speaker, of subject: Range<Int>, _ analysis: TextAnalysis) -> Bool
    {
        guard speaker.mention == nil, !speaker.isPronoun, speaker.tokens.upperBound == subject.upperBound,
            speaker.tokens.lowerBound > subject.lowerBound, speaker.tokens.lowerBound - subject.lowerBound <= 3,
            Lexicon.determiners.contains(analysis.tokens[subject.lowerBound].foldedHash)
        else { return false }
        return (subject.lowerBound + 1..<speaker.tokens.lowerBound).allSatisfy {
            analysis.tokens[$0].kind == .word && !analysis.tokens[$0].isCapitalized
        }
    }

    /// Words that go on a speaker's noun phrase after an inverted tag: "said one source in the room",
    /// "said a report by the growers' council".
    private static let tagContinuations = WordSet.folded([
        "in", "at", "on", "from", "of", "for", "during", "after", "before", "with", "who", "whose", "according", "by",
    ])

    /// A quotation closed by its own comma (`"…," a senior official, who asked …`) is done: the
    /// words after it are its attribution, not more reported words around it.
    func hasClosedQuotation(_ content: Range<Int>, _ analysis: TextAnalysis, _ inQuote: [Bool]) -> Bool {
        for index in content where index > content.lowerBound && !inQuote[index] && inQuote[index - 1] {
            let kind = analysis.tokens[index].kind
            if kind == .closingQuote || kind == .straightQuote, analysis.isCharacter(index - 1, ","),
                (index + 1..<content.upperBound).contains(where: { analysis.tokens[$0].kind == .word })
            {
                return true
            }
        }
        return false
    }
}
