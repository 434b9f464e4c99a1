/// Sources named by what they are, not by name: `the firm found`, `a survey by X`, `X's report
/// concluded`, and `according to X` opening the second of two joined clauses.
extension QuoteExtractor {
    /// Heads of a phrase that stands for an organisation or a writing of one.
    static let ownedSourceNouns = WordSet.folded([
        "firm", "company", "agency", "organisation", "organization", "institute", "report", "study", "survey",
        "poll", "analysis", "research", "data", "review", "paper",
    ])
    private static let inWord = TokenHash.foldedHash("in")
    /// Words after a writing that lead to its author or where it appeared.
    private static let authorLinks = WordSet.folded(["by", "from", "in", "published"])
    private static let published = TokenHash.foldedHash("published")
    private static let definite = WordSet.folded(["the", "this"])
    private static let indefinite = WordSet.folded(["a", "an", "one"])
    private static let by = TokenHash.foldedHash("by")
    /// `data from X`, `a report from X`: X made it, as after `by`.
    private static let fromWord = TokenHash.foldedHash("from")
    private static let nameJoiners = WordSet.folded(["and", "of", "for"])
    /// Words that join a second clause to a first: `…, but according to X, …`.
    private static let joiningWords = WordSet.folded(["but", "and", "yet", "so", "or"])

    /// The organisation a source phrase with no name of its own stands for: the one after `by`
    /// (`a study by X`), the one before a possessive (`X's annual report`), or for a definite phrase
    /// (`the firm`, `the report`) the organisation named in its sentence or the one before, as
    /// `it` is resolved.
    func owner(
        of speaker: Range<Int>, _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention],
        nearOrganisation: EntityRecognizer.Mention?, earlierOrganisation: EntityRecognizer.Mention? = nil
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        guard let head = sourceHead(speaker, analysis), tokens[head].kind == .word,
            Self.ownedSourceNouns.contains(tokens[head].foldedHash)
                || Self.organisationHeads.contains(tokens[head].foldedHash)
        else { return nil }
        func mention(where matches: (EntityRecognizer.Mention) -> Bool) -> EntityRecognizer.Mention? {
            mentions.first { ($0.label == .org || $0.label == .person) && matches($0) }
        }
        if head + 2 < tokens.count,
            tokens[head + 1].foldedHash == Self.by || tokens[head + 1].foldedHash == Self.fromWord
        {
            // `by X` or `by the X`; `from X`.
            let start = tokens[head + 2].foldedHash == FoldedWord.the ? head + 3 : head + 2
            if let named = mention(where: { $0.tokens.lowerBound == start }) { return named }
            // `a survey by the company`: the organisation the definite phrase stands for.
            if isDefiniteOrganisation(from: head + 2, analysis) { return nearOrganisation ?? earlierOrganisation }
        }
        // `a study in X`, `a review published in X`: the journal or site that carried it.
        var venue: Int? = nil
        if head + 2 < tokens.count, tokens[head + 1].foldedHash == Self.inWord {
            venue = head + 2
        } else if head + 3 < tokens.count, tokens[head + 1].foldedHash == Self.published,
            tokens[head + 2].foldedHash == Self.inWord
        {
            venue = head + 3
        }
        if var start = venue {
            if tokens[start].foldedHash == FoldedWord.the { start += 1 }
            if let named = mentions.first(where: { $0.label == .org && $0.tokens.lowerBound == start }) {
                return named
            }
        }
        // Back over the words that modify the head, to a determiner or a possessive.
        var position = head - 1
        while position >= 0, head - position <= 7 {
            let token = tokens[position]
            if token.kind == .possessive {
                return mention { $0.tokens.upperBound == position && $0.label == .org }
            }
            guard token.kind == .word || token.kind == .number || token.kind == .hyphen else { return nil }
            // `the 2025 Travel Report` in capitals is a title, whoever wrote it.
            if Self.definite.contains(token.foldedHash) {
                // `the activist group Harbour Watch` names its own, whom the entity stage missed.
                let namedAfter =
                    head + 1 < tokens.count && tokens[head + 1].kind == .word && tokens[head + 1].isCapitalized
                guard !tokens[head].isCapitalized, !namedAfter else { return nil }
                // `the company` may stand for one named a few sentences back; `the report` not so far.
                return nearOrganisation
                    ?? (Self.organisationHeads.contains(tokens[head].foldedHash) ? earlierOrganisation : nil)
            }
            if Lexicon.indefiniteArticles.contains(token.foldedHash) || Lexicon.determiners.contains(token.foldedHash) {
                return nil
            }
            position -= 1
        }
        return nil
    }

    /// The noun a source phrase is about: its last word, or a writing or body its `by` (or `in`,
    /// `published in`) follows when the phrase runs on to the author (`a 2019 survey by the Orla
    /// Trust`) or to where it appeared.
    private func sourceHead(_ speaker: Range<Int>, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        let noun = speaker.dropLast().first { index in
            tokens[index].kind == .word && Self.ownedSourceNouns.contains(tokens[index].foldedHash)
                && Self.authorLinks.contains(tokens[index + 1].foldedHash)
        }
        return noun ?? speaker.last
    }

    /// `a study by Lindqvist Labs` where the entity stage missed the name: the capitalised words
    /// after `by` (and `the`) name the owner as written; after `in` or `published in` they name
    /// the journal that carried it when a word for a journal ends or follows them
    /// (`a study in the Orla medical journal`), not a place (`a study in Denmark`).
    func unrecognisedOwner(of speaker: Range<Int>, _ analysis: TextAnalysis) -> String? {
        let tokens = analysis.tokens
        guard let head = sourceHead(speaker, analysis), tokens[head].kind == .word,
            Self.ownedSourceNouns.contains(tokens[head].foldedHash), head + 3 < tokens.count
        else { return nil }
        let link = tokens[head + 1].foldedHash
        let inJournal =
            link == Self.inWord || link == Self.published && tokens[head + 2].foldedHash == Self.inWord
        guard link == Self.by || link == Self.fromWord || inJournal else { return nil }
        var start = link == Self.published ? head + 3 : head + 2
        if start < tokens.count, tokens[start].foldedHash == FoldedWord.the { start += 1 }
        var end = start
        // `and` or `of` between capitalised words is part of the name (`Salt and Tide Watch`).
        func joinsName(_ index: Int) -> Bool {
            index > start && index + 1 < tokens.count && Self.nameJoiners.contains(tokens[index].foldedHash)
                && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
        }
        while end < tokens.count, end - start < 6, tokens[end].kind == .word,
            tokens[end].isCapitalized && !Lexicon.sentenceWords.contains(tokens[end].foldedHash) || joinsName(end)
        {
            end += 1
        }
        // `research from March 2021` dates the writing and names no maker.
        guard end > start, !ContextCues.neverNames.contains(tokens[start].foldedHash) else { return nil }
        if inJournal {
            let journal = (end - 1..<min(end + 2, tokens.count)).contains {
                tokens[$0].kind == .word && Self.journalWords.contains(tokens[$0].foldedHash)
            }
            guard journal else { return nil }
        }
        return analysis.string(tokens: start..<end)
    }
    private static let journalWords = WordSet.folded(["journal", "magazine", "review"])

    /// Whether `according` at `index` opens the second of two clauses: after `but`, `and` or a
    /// dash, with a comma closing the source, `A, but according to X, B` cites X for B only, as at
    /// a sentence's start.
    func opensJoinedClause(
        according index: Int, sourceEnd: Int, _ sentence: Sentence, _ analysis: TextAnalysis
    ) -> Bool {
        guard index > sentence.tokens.lowerBound, sourceEnd < sentence.tokens.upperBound,
            analysis.isCharacter(sourceEnd, ",")
        else { return false }
        let before = analysis.tokens[index - 1]
        return before.kind == .dash || before.kind == .word && Self.joiningWords.contains(before.foldedHash)
    }

    /// Whether `according` at `index` follows a verb in -ed with no comma between: `inspected
    /// according to the calendar` means in keeping with it, and cites no one.
    func followsItsVerb(according index: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        guard index > sentence.tokens.lowerBound else { return false }
        let before = analysis.tokens[index - 1]
        return before.kind == .word && !before.isCapitalized && before.length > 3 && analysis.endsInEd(index - 1)
    }

    /// `according to the manufacturer's instructions`, `according to plan`: after a set of rules,
    /// a plan or a schedule, `according to` means in keeping with it, and names no source.
    func namesAStandard(according index: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        var position = index + 2
        while position < min(index + 9, sentence.tokens.upperBound) {
            let token = analysis.tokens[position]
            guard token.kind == .word || token.kind == .possessive || token.kind == .hyphen else { return false }
            if Self.standards.contains(token.foldedHash) { return true }
            if Self.prepositions.contains(token.foldedHash) { return false }
            position += 1
        }
        return false
    }
    private static let standards = WordSet.folded([
        "instructions", "instruction", "guidelines", "guideline", "rules", "rule", "schema", "schemas", "standard",
        "standards", "specification", "specifications", "specs", "directions", "regulations", "requirements",
        "recipe", "protocol", "protocols", "procedure", "procedures", "format", "formula", "label",
        "manual", "preference", "preferences", "needs",
    ])
}
