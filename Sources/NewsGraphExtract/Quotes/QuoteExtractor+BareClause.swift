import NewsGraphCore

/// Clauses that start without "that": a bare clause after a verb of belief or speech, and the
/// main clause after an opening `as` clause (`As the study noted, …`).
extension QuoteExtractor {
    /// A clause without "that" starts here: a short subject, then a finite auxiliary or modal
    /// ("polls show Clinton is ahead", "she believes the bill will pass"), before any punctuation.
    ///
    /// After a participle of speech (`…, saying airstrikes have failed`) the subject may be any
    /// noun phrase (`anyNoun`), as long as no preposition comes before the verb.
    func opensBareClause(
        at start: Int, _ sentence: Sentence, _ analysis: TextAnalysis, anyNoun: Bool = false
    ) -> Bool {
        let tokens = analysis.tokens
        guard start < sentence.tokens.upperBound else { return false }
        let first = tokens[start]
        guard first.kind == .word || first.kind == .number,
            Lexicon.determiners.contains(first.foldedHash) || first.isCapitalized || first.kind == .number
                || anyNoun && !Self.clauseBreakers.contains(first.foldedHash)
        else { return false }
        var position = start + 1
        while position < min(start + 7, sentence.tokens.upperBound) {
            let token = tokens[position]
            if token.kind != .word && token.kind != .possessive && token.kind != .hyphen { return false }
            if anyNoun, Self.clauseBreakers.contains(token.foldedHash) { return false }
            if QuoteLexicon.finiteAuxiliaries.contains(token.foldedHash) { return position > start }
            position += 1
        }
        return false
    }

    private static let asWord = TokenHash.foldedHash("as")
    private static let noSources = WordSet.folded(["they", "we", "i", "you", "one", "people"])
    private static let sentenceLinks = WordSet.folded(["but", "and", "so", "yet", "still"])

    /// The verb at `verb` ends an opening `as` clause: `As the study noted,` or `But as she said,`
    /// with only the subject's words between, a subject that is neither the writer nor people in
    /// general.
    func opensAsClause(before verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        var position = verb - 1
        while position >= sentence.tokens.lowerBound, verb - position <= 10 {
            let token = tokens[position]
            guard token.kind == .word || token.kind == .possessive || token.kind == .number,
                // "As they say, …" and "as we noted" are sayings and the writer's own words.
                !Self.noSources.contains(token.foldedHash)
            else { return false }
            if token.foldedHash == Self.asWord {
                guard position < verb - 1 else { return false }
                let first = sentence.tokens.lowerBound
                return position == first
                    || position == first + 1 && Self.sentenceLinks.contains(tokens[first].foldedHash)
            }
            position -= 1
        }
        return false
    }

    private static let out = TokenHash.foldedHash("out")

    /// `As Lee pointed out, CLAUSE`: a verb of saying and its particle `out` end an opening `as`
    /// clause as the verb alone does; the report starts after their comma.
    func asClauseAfterParticle(_ verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Int? {
        let comma = verb + 2
        guard comma + 1 < sentence.tokens.upperBound, analysis.tokens[verb + 1].foldedHash == Self.out,
            analysis.isCharacter(comma, ","), opensAsClause(before: verb, sentence, analysis)
        else { return nil }
        return comma + 1
    }

    /// The comma that ends a source named inside its clause (`X, according to Y, has …`), past
    /// an appositive that describes the source (`according to Y, an analyst at Z, …`); none when
    /// the sentence ends with the source.
    func commaAfterSource(_ start: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        func nextComma(_ from: Int) -> Int? {
            var position = from
            while position < sentence.tokens.upperBound {
                if analysis.isCharacter(position, ",") { return position }
                let kind = tokens[position].kind
                if kind != .word && kind != .possessive && kind != .number && kind != .hyphen
                    && !analysis.isCharacter(position, ".")
                {
                    return nil
                }
                position += 1
            }
            return nil
        }
        guard var comma = nextComma(start), comma + 1 < sentence.tokens.upperBound else { return nil }
        if Lexicon.determiners.contains(tokens[comma + 1].foldedHash), let second = nextComma(comma + 1),
            second - comma <= 10, second + 1 < sentence.tokens.upperBound
        {
            comma = second
        }
        if ClauseBoundary(analysis: analysis).isParticiple(comma + 1) {
            guard let end = participleOnSource(after: comma, sentence, analysis), analysis.isCharacter(end, ",")
            else { return nil }
            comma = end
        }
        guard comma + 1 < sentence.tokens.upperBound,
            tokens[comma + 1].kind == .word || tokens[comma + 1].kind == .number,
            !Self.relativeWords.contains(tokens[comma + 1].foldedHash)
        else { return nil }
        return comma
    }

    /// A participle right after a source's comma (`according to X, writing for Y,`) describes the
    /// source: the comma or colon that ends its phrase, where the reported words go on; a finite
    /// verb before that makes it a gerund opening the clause (`According to X, planning ahead is …`).
    func participleOnSource(after comma: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Int? {
        guard comma + 1 < sentence.tokens.upperBound, analysis.isCharacter(comma, ","),
            ClauseBoundary(analysis: analysis).isParticiple(comma + 1)
        else { return nil }
        var position = comma + 2
        while position < sentence.tokens.upperBound {
            if analysis.isCharacter(position, ",") || analysis.isCharacter(position, ":") { return position }
            if QuoteLexicon.finiteAuxiliaries.contains(analysis.tokens[position].foldedHash) { return nil }
            position += 1
        }
        return nil
    }

    /// Words that open a relative clause about the source, not the rest of what it reports.
    private static let relativeWords = WordSet.folded(["who", "whose", "whom", "which", "where", "when"])

    /// At most six words stand between the sentence's start or its last comma and `comma`: a
    /// subject or an opening phrase (`Fundraising, according to …`), not a whole clause.
    func opensShortly(before comma: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        var start = comma
        while start > sentence.tokens.lowerBound, !analysis.isCharacter(start - 1, ",") { start -= 1 }
        return comma - start <= 6
    }

    /// The comma after the audience of `told` when a clause follows it: `told the radio station,
    /// the ferry would …`, not a list of audiences (`told the court, the jury and …`).
    func audienceComma(after verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        var position = verb + 1
        while position < min(verb + 7, sentence.tokens.upperBound) {
            if analysis.isCharacter(position, ",") {
                guard position > verb + 1, position + 1 < sentence.tokens.upperBound else { return nil }
                let next = tokens[position + 1]
                guard next.kind == .word,
                    next.foldedHash == FoldedWord.that || Lexicon.pronouns.contains(next.foldedHash)
                        || opensBareClause(at: position + 1, sentence, analysis)
                else { return nil }
                return position
            }
            let kind = tokens[position].kind
            guard kind == .word || kind == .possessive || analysis.isCharacter(position, ".") else { return nil }
            if tokens[position].foldedHash == FoldedWord.that { return nil }
            position += 1
        }
        return nil
    }

    /// Where or when someone was told, between the audience and the clause (`told reporters on
    /// Friday she would …`, `told supporters in Leeds, England, that …`): the clause starts at its
    /// `that`, or else at a subject pronoun, within a few words of a phrase a preposition opens;
    /// nil when no such phrase stands there or no clause follows it.
    func clauseAfterSetting(_ start: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        guard start + 2 < sentence.tokens.upperBound, Self.settingPrepositions.contains(tokens[start].foldedHash)
        else { return nil }
        var pronoun: Int?
        var position = start + 1
        while position < min(start + 10, sentence.tokens.upperBound - 1) {
            let token = tokens[position]
            if token.kind == .word, token.foldedHash == FoldedWord.that { return position }
            if token.kind == .word, QuoteLexicon.finiteAuxiliaries.contains(token.foldedHash) { break }
            if pronoun == nil, token.kind == .word, Self.subjectPronouns.contains(token.foldedHash) {
                pronoun = position
            }
            guard
                token.kind == .word || token.kind == .number || token.kind == .possessive
                    || analysis.isCharacter(position, ",")
            else { break }
            position += 1
        }
        guard let pronoun, tokens[pronoun + 1].kind == .word else { return nil }
        return pronoun
    }

    private static let settingPrepositions = WordSet.folded([
        "in", "on", "at", "during", "after", "before", "via", "outside", "inside", "from",
    ])
    private static let subjectPronouns = WordSet.folded(["he", "she", "they", "we", "i"])

    /// Prepositions and particles that show a participle's object is no clause's subject
    /// (`saying goodbye to the team that has …`).
    static let clauseBreakers = WordSet.folded([
        "to", "in", "on", "at", "for", "with", "of", "about", "from", "by", "into", "over", "that", "not", "so",
    ])
}
