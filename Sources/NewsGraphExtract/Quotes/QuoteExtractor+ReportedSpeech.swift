import NewsGraphCore

/// Reported speech: `X said (that) …`, `…, X said`, `according to X, …`, beliefs and the
/// complements of `ComplementPatterns`; the content is the reported clause.
extension QuoteExtractor {
    /// Speech verbs whose infinitive or naming object comes before a clause reading:
    /// "told X to …", "asked X to …", "called X "…"".
    private static let tellVerbs = WordSet.folded(["told", "tells", "tell", "telling"])
    private static let complementFirst = WordSet.folded(["told", "tells", "asked", "asks", "called", "calls"])

    func reportedSpeech(
        _ analysis: TextAnalysis, _ speakers: SpeakerFinder, inQuote: [Bool], opensQuotation: Set<Int>,
        usedCues: Set<Int>
    ) -> [Attribution] {
        let tokens = analysis.tokens
        var found: [Attribution] = []
        let according = FoldedWord.according
        let to = FoldedWord.to
        let that = FoldedWord.that
        let clear = FoldedWord.clear
        let complements = ComplementPatterns(analysis: analysis) { index in
            switch tokens[index].kind {
            case .openingQuote, .closingQuote, .straightQuote: true
            default: false
            }
        }
        var inMention = [Bool](repeating: false, count: tokens.count)
        for mention in speakers.mentionStartingAt.values { for index in mention.tokens { inMention[index] = true } }
        for sentence in analysis.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                let token = tokens[index]
                guard token.kind == .word, !inQuote[index], !usedCues.contains(index) else { continue }
                // "According to X, CLAUSE" and "CLAUSE, according to X."
                if token.foldedHash == according, index + 1 < sentence.tokens.upperBound,
                    tokens[index + 1].foldedHash == to
                {
                    guard let speaker = speakers.speaker(startingAt: index + 2, within: sentence) else { continue }
                    let content: Range<Int>
                    if index - sentence.tokens.lowerBound <= 1 {
                        // "According to X[, who …], CLAUSE": the clause follows the source's comma.
                        var comma = speaker.tokens.upperBound
                        while comma < sentence.tokens.upperBound, !analysis.isCharacter(comma, ",") { comma += 1 }
                        guard comma + 1 < sentence.tokens.upperBound else { continue }
                        content = comma + 1..<contentEnd(of: sentence, from: comma + 1, analysis)
                    } else {
                        // "CLAUSE, according to X."
                        var end = index
                        while end > sentence.tokens.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
                        content = sentence.tokens.lowerBound..<end
                    }
                    guard content.count >= 3 else { continue }
                    found.append(
                        Attribution(
                            content: content, kind: kind(content, inQuote), cue: index..<index + 2, speaker: speaker))
                    continue
                }
                // A cue is a lower-case verb, not part of a name ("the United States").
                if token.isCapitalized || inMention[index] { continue }
                if let nominal = nominalClause(at: index, sentence, analysis, speakers) {
                    found.append(
                        Attribution(
                            content: nominal.content, kind: kind(nominal.content, inQuote), cue: index..<index + 1,
                            speaker: nominal.speaker))
                    continue
                }
                let isClarityCue =
                    Lexicon.clarityVerbs.contains(token.foldedHash)
                    && (1...2).contains { offset in
                        index + offset < sentence.tokens.upperBound && tokens[index + offset].foldedHash == clear
                    }
                if !Lexicon.speechVerbs.contains(token.foldedHash) || Self.complementFirst.contains(token.foldedHash),
                    let content = complements.content(after: index, in: sentence),
                    content.count >= 2,
                    let speaker = speakers.speaker(before: index, within: sentence)
                        ?? speakers.subject(of: sentence, before: index)
                        ?? speakers.subjectPhrase(in: subjectRegion(index, sentence, analysis))
                {
                    found.append(
                        Attribution(
                            content: content, kind: kind(content, inQuote), cue: index..<index + 1, speaker: speaker))
                    continue
                }
                guard QuoteLexicon.clauseVerbs.contains(token.foldedHash) || isClarityCue else { continue }
                if Lexicon.speechVerbs.contains(token.foldedHash),
                    let tagged = taggedClause(cue: index, sentence, analysis, speakers, inQuote: inQuote)
                {
                    found.append(tagged)
                    continue
                }
                var clauseStart = index + 1
                // "told reporters that", "made it clear that".
                var lookahead = clauseStart
                let reach = Lexicon.speechVerbs.contains(token.foldedHash) ? 9 : 4
                while lookahead < min(clauseStart + reach, sentence.tokens.upperBound),
                    tokens[lookahead].kind == .word || tokens[lookahead].kind == .possessive,
                    tokens[lookahead].foldedHash != that
                {
                    lookahead += 1
                }
                if lookahead < sentence.tokens.upperBound, tokens[lookahead].foldedHash == that,
                    lookahead - clauseStart < reach
                {
                    clauseStart = lookahead + 1
                } else if !Lexicon.speechVerbs.contains(token.foldedHash)
                    || QuoteLexicon.nounLikeCues.contains(token.foldedHash),
                    !(QuoteLexicon.beliefVerbs.contains(token.foldedHash) && clauseStart < sentence.tokens.upperBound
                        && Lexicon.pronouns.contains(tokens[clauseStart].foldedHash))
                {
                    continue  // "claim", "show" need their "that"; "believe" at least a pronoun subject
                } else if Self.tellVerbs.contains(token.foldedHash) {
                    // "told reporters it would not": the audience is not the clause.
                    while clauseStart < min(index + 5, sentence.tokens.upperBound),
                        QuoteLexicon.audiences.contains(tokens[clauseStart].foldedHash)
                            || speakers.mentionStartingAt[clauseStart] != nil
                    {
                        clauseStart = speakers.mentionStartingAt[clauseStart]?.tokens.upperBound ?? clauseStart + 1
                    }
                }
                guard clauseStart < sentence.tokens.upperBound, inClause(clauseStart, analysis),
                    !inQuote[clauseStart], !opensQuotation.contains(clauseStart)
                else { continue }
                let content = clauseStart..<contentEnd(of: sentence, from: clauseStart, analysis)
                guard content.count >= 3 else { continue }
                let speaker =
                    speakers.speaker(before: index, within: sentence)
                    ?? speakers.subject(of: sentence, before: index)
                    ?? speakers.subjectPhrase(in: subjectRegion(index, sentence, analysis))
                    ?? speakers.nounPhrase(in: sentence.tokens.lowerBound..<verbPhraseStart(index, sentence, analysis))
                guard let speaker else { continue }
                found.append(
                    Attribution(
                        content: content, kind: kind(content, inQuote), cue: index..<index + 1, speaker: speaker))
            }
        }
        return found
    }

    /// A claim named by a noun: "his claim that …", "Trump's assertion that …". The possessor
    /// is the speaker; the word after `that` must open a clause (a pronoun, determiner or name).
    private func nominalClause(
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
        let content = index + 2..<contentEnd(of: sentence, from: index + 2, analysis)
        return content.count >= 3 ? (content, speaker) : nil
    }

    /// The words before the verb group when they are short enough to be its subject alone;
    /// a long run holds an introductory phrase whose names are not the speaker.
    func subjectRegion(_ verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Range<Int> {
        let end = verbPhraseStart(verb, sentence, analysis)
        return end - sentence.tokens.lowerBound <= 12 ? sentence.tokens.lowerBound..<end : end..<end
    }

    /// Where the verb group ending at `verb` starts: "has also said" starts at "has".
    private func verbPhraseStart(_ verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Int {
        var start = verb
        while start > sentence.tokens.lowerBound, analysis.tokens[start - 1].kind == .word,
            Lexicon.auxiliaries.contains(analysis.tokens[start - 1].foldedHash)
        {
            start -= 1
        }
        while start > sentence.tokens.lowerBound, analysis.isCharacter(start - 1, ",") { start -= 1 }
        return start
    }

    /// The reported clause around a tag: `CLAUSE, X said.` (the clause before) and
    /// `CLAUSE, X said, CLAUSE` (the rest after, as in "Climate change, he says, is …").
    private func taggedClause(
        cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder, inQuote: [Bool]
    ) -> Attribution? {
        let tokens = analysis.tokens
        // Inverted: "CLAUSE, said Angie Holan, the editor."
        if cue > sentence.tokens.lowerBound + 3, analysis.isCharacter(cue - 1, ","),
            let speaker = speakers.speaker(startingAt: cue + 1, within: sentence),
            speaker.tokens.lowerBound <= cue + 2,
            speaker.tokens.upperBound >= sentence.tokens.upperBound
                || tokens[speaker.tokens.upperBound].kind == .punctuation
        {
            let content = sentence.tokens.lowerBound..<cue - 1
            guard !inQuote[content.lowerBound], content.contains(where: { tokens[$0].kind == .word }) else {
                return nil
            }
            return Attribution(content: content, kind: kind(content, inQuote), cue: cue..<cue + 1, speaker: speaker)
        }
        let subjectEnd = verbPhraseStart(cue, sentence, analysis)
        var comma = subjectEnd - 1
        while comma > sentence.tokens.lowerBound, comma > subjectEnd - 8, !analysis.isCharacter(comma, ",") {
            guard tokens[comma].kind == .word || tokens[comma].kind == .possessive else { return nil }
            comma -= 1
        }
        guard analysis.isCharacter(comma, ","), comma > sentence.tokens.lowerBound + 2,
            let speaker = speakers.speaker(before: cue, within: sentence)
                ?? speakers.subjectPhrase(in: comma + 1..<subjectEnd),
            speaker.tokens.lowerBound == comma + 1 || speaker.mention != nil
        else { return nil }
        var after = cue + 1
        // "…, he said Tuesday." / "…, officials said in a statement."
        while after < sentence.tokens.upperBound, tokens[after].kind == .word, after - cue <= 4 {
            if tokens[after].foldedHash == FoldedWord.that { return nil }
            after += 1
        }
        // A tag ends its clause: what follows is punctuation, not the reported words.
        guard after >= sentence.tokens.upperBound || tokens[after].kind == .punctuation else { return nil }
        let content: Range<Int>
        let before = (sentence.tokens.lowerBound..<comma).filter { tokens[$0].kind == .word }.count
        if after >= sentence.tokens.upperBound || !analysis.isCharacter(after, ",") || before >= 4 {
            content = sentence.tokens.lowerBound..<comma
        } else {
            content = after + 1..<contentEnd(of: sentence, from: after + 1, analysis)
        }
        guard content.count >= 3, !content.allSatisfy({ inQuote[$0] || tokens[$0].kind != .word }) else { return nil }
        if content.lowerBound == sentence.tokens.lowerBound, inQuote[content.lowerBound] { return nil }
        return Attribution(content: content, kind: kind(content, inQuote), cue: cue..<cue + 1, speaker: speaker)
    }

    /// A clause can start here: a word, a number or an opening mark, not punctuation.
    private func inClause(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        switch analysis.tokens[index].kind {
        case .word, .number, .openingQuote, .straightQuote: true
        default: false
        }
    }

    /// Reported speech with quoted words in it is mixed, short quoted words included
    /// (`called the bill a "giveaway"`).
    private func kind(_ content: Range<Int>, _ inQuote: [Bool]) -> Quote.Kind {
        content.contains { inQuote[$0] } ? .mixed : .indirect
    }

    /// The reported clause ends with its sentence, or before ", but …" and a second cue.
    private func contentEnd(of sentence: Sentence, from start: Int, _ analysis: TextAnalysis) -> Int {
        var end = sentence.tokens.upperBound
        while end > start,
            analysis.tokens[end - 1].kind == .punctuation || analysis.tokens[end - 1].kind == .closingQuote
                || analysis.tokens[end - 1].kind == .straightQuote
        {
            end -= 1
        }
        let tokens = analysis.tokens
        var open = false  // inside quoted words, where the speaker's own punctuation rules
        for index in start..<end {
            switch tokens[index].kind {
            case .openingQuote: open = true
            case .closingQuote: open = false
            case .straightQuote: open.toggle()
            default: break
            }
            guard !open, index > start else { continue }
            if analysis.isCharacter(index, ";") { return index }
            let hash = tokens[index].foldedHash
            // ", insisting that …", ", adding …": a second attribution starts.
            if analysis.isCharacter(index, ","), index + 1 < end,
                Self.participleCues.contains(tokens[index + 1].foldedHash)
            {
                return index
            }
            // "… and has expressed …", ", but later said …": the subject's next verb phrase.
            if hash == Self.and || hash == Self.but, index + 1 < end {
                let next = tokens[index + 1].foldedHash
                if Self.verbPhraseOpeners.contains(next) || Lexicon.reportingVerbs.contains(next) {
                    return analysis.isCharacter(index - 1, ",") ? index - 1 : index
                }
            }
        }
        return end
    }

    private static let and = TokenHash.foldedHash("and")
    private static let but = TokenHash.foldedHash("but")
    private static let participleCues = WordSet.folded([
        "saying", "adding", "noting", "insisting", "arguing", "warning", "claiming", "explaining", "stressing",
        "calling", "suggesting", "acknowledging", "asserting", "declaring", "vowing", "promising", "urging",
    ])
    /// Words that open a second verb phrase of the same subject after "and" / "but".
    private static let verbPhraseOpeners = WordSet.folded([
        "has", "have", "had", "also", "later", "then", "when", "while", "added", "noted", "went", "called",
        "urged", "declined", "refused", "did", "does", "expressed",
    ])
}
