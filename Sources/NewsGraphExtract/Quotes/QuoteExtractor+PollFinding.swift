import NewsGraphCore

/// `The poll shows Lee leading by four points`: a count of opinion reports a standing as a small
/// clause, a name and how it stands, with no verb of its own.
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

    /// A verb of showing or finding whose subject holds a word for a poll, a survey or an average,
    /// followed by a name or an object pronoun and then a form in -ing or a word of position,
    /// reports that small clause (`a new survey finds Vance up four points`).
    func opensPollFinding(
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
        let word = tokens[after]
        if Self.standings.contains(word.foldedHash) { return true }
        let text = analysis.text
        return !word.isCapitalized && word.end - word.start > 4
            && text[Int(word.end) - 3] == UInt8(ascii: "i") && text[Int(word.end) - 2] == UInt8(ascii: "n")
            && text[Int(word.end) - 1] == UInt8(ascii: "g")
    }
}
