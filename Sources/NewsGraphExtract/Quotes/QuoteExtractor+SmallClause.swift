import NewsGraphCore

/// Reports with no finite verb of their own: `The poll shows Lee leading by four points` (a count
/// of opinion reports a standing, a name and how it stands) and `The group reported spending $6
/// million` (a report of what its subject did).
extension QuoteExtractor {
    /// Words for a count of opinion or of figures that can show where someone stands.
    private static let pollNouns = WordSet.folded([
        "poll", "polls", "polling", "survey", "surveys", "average", "averages", "tally", "count", "analysis",
        "results", "figures", "numbers", "forecast",
    ])
    private static let showingVerbs = WordSet.folded([
        "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "finding",
    ])
    /// What follows the name in a small clause of standing: a form in -ing (`leading`, `trailing`)
    /// or a word of position (`with a lead`, `ahead`, `up four points`).
    private static let standings = WordSet.folded(["with", "ahead", "behind", "up", "down", "tied", "level"])
    private static let objectPronouns = WordSet.folded(["him", "her", "them"])

    private static let reportVerbs = WordSet.folded(["reported", "reports", "report"])
    /// Words that open a gerund's object: a number, an article, a possessive or a pronoun, or a
    /// word of quantity (`spending only $1 million`), never `of` or `in` after a plain noun.
    private static let objectOpeners = WordSet.folded([
        "a", "an", "the", "his", "her", "their", "its", "our", "him", "them", "it", "only", "nearly", "about",
        "almost", "more", "less", "roughly", "just", "over", "some",
    ])

    /// Either small clause after the verb at `cue`.
    func opensSmallClause(
        cue: Int, at start: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> Bool {
        opensPollFinding(cue: cue, at: start, sentence, analysis, speakers)
            || opensReportedAct(cue: cue, at: start, sentence, analysis)
    }

    /// `reported` and a form in -ing that takes an object at once (`reported spending $6 million`,
    /// `reports seeing a bear`) report what the subject did; `reported flooding in the valley` has a
    /// plain noun for object.
    func opensReportedAct(cue: Int, at start: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard Self.reportVerbs.contains(tokens[cue].foldedHash), start + 1 < sentence.tokens.upperBound,
            isIngForm(start, analysis)
        else { return false }
        let next = tokens[start + 1]
        return next.kind == .number || analysis.isCharacter(start + 1, "$")
            || next.kind == .word && Self.objectOpeners.contains(next.foldedHash)
    }

    /// A lower-case word of five letters or more ending in -ing.
    private func isIngForm(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let word = analysis.tokens[index]
        let text = analysis.text
        let end = Int(word.end)
        return word.kind == .word && !word.isCapitalized && end - Int(word.start) > 4
            && text[end - 3] == UInt8(ascii: "i") && text[end - 2] == UInt8(ascii: "n")
            && text[end - 1] == UInt8(ascii: "g")
    }

    /// A verb of showing or finding whose subject holds a word for a poll, a survey or an average,
    /// followed by a name or an object pronoun and then a form in -ing or a word of position,
    /// reports that small clause (`a new survey finds Vance up four points`).
    private func opensPollFinding(
        cue: Int, at start: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> Bool {
        let tokens = analysis.tokens
        guard Self.showingVerbs.contains(tokens[cue].foldedHash), start < sentence.tokens.upperBound,
            (max(sentence.tokens.lowerBound, cue - 12)..<cue).contains(where: {
                tokens[$0].kind == .word && Self.pollNouns.contains(tokens[$0].foldedHash)
            })
        else { return false }
        let after: Int
        if let name = speakers.mentionStartingAt[start] {
            after = name.tokens.upperBound
        } else if tokens[start].kind == .word, Self.objectPronouns.contains(tokens[start].foldedHash) {
            after = start + 1
        } else {
            return false
        }
        guard after < sentence.tokens.upperBound, tokens[after].kind == .word else { return false }
        return Self.standings.contains(tokens[after].foldedHash) || isIngForm(after, analysis)
    }
}
