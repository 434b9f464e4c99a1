import NewsGraphCore

/// What an artist shows through pictures is no statement: `X reveals through her photographs
/// that …` and `By painting empty rooms, X reveals their loneliness` are the writer's reading of
/// the work, not words anyone said.
extension QuoteExtractor {
    /// Verbs that can report a finding or show a picture.
    private static let showingVerbs = WordSet.folded([
        "reveal", "reveals", "revealed", "revealing", "show", "shows", "showed", "shown", "showing", "depict",
        "depicts", "depicted", "capture", "captures", "captured", "explore", "explores", "explored", "illustrate",
        "illustrates", "illustrated", "portray", "portrays", "portrayed",
    ])
    /// Still pictures and works of art: a film or a video can hold someone's spoken words, these cannot.
    private static let imageNouns = WordSet.folded([
        "photographs", "photograph", "photos", "photo", "photography", "images", "pictures", "paintings", "painting",
        "canvases", "lens", "camera", "sculptures", "sculpture", "drawings", "artworks", "artwork", "art",
        "portraits", "installations", "prints", "brushwork", "brush",
    ])
    /// Prepositions that give the means of showing.
    private static let means = WordSet.folded(["through", "in", "with", "via"])
    /// Verbs in -ing after a sentence's opening `By` that make a picture.
    private static let imageMaking = WordSet.folded([
        "photographing", "capturing", "painting", "drawing", "sculpting", "framing", "picturing",
    ])
    private static let byWord = TokenHash.foldedHash("by")

    /// Whether the attribution's cue is a verb of showing whose sentence gives pictures or art as
    /// the means: a preposition and up to two words before a noun for them, or an opening `By`
    /// and a verb that makes a picture.
    func showsThroughImages(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        guard let cue = attribution.cue, cue.count == 1 else { return false }
        let tokens = analysis.tokens
        guard tokens[cue.lowerBound].kind == .word, Self.showingVerbs.contains(tokens[cue.lowerBound].foldedHash)
        else { return false }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[cue.lowerBound])]
        let first = sentence.tokens.lowerBound
        if first + 1 < sentence.tokens.upperBound, tokens[first].foldedHash == Self.byWord,
            Self.imageMaking.contains(tokens[first + 1].foldedHash)
        {
            return true
        }
        // A clause taken with its means before `that` (`through her photographs that …`) keeps
        // the means outside what is reported.
        var reported = attribution.content
        if reported.count > 1, Self.means.contains(tokens[reported.lowerBound].foldedHash),
            let that = reported.first(where: { tokens[$0].foldedHash == FoldedWord.that })
        {
            reported = that..<reported.upperBound
        }
        for index in sentence.tokens where !reported.contains(index) {
            guard tokens[index].kind == .word, Self.means.contains(tokens[index].foldedHash) else { continue }
            for noun in index + 1..<min(index + 4, sentence.tokens.upperBound) {
                guard !reported.contains(noun), tokens[noun].kind == .word else { break }
                if Self.imageNouns.contains(tokens[noun].foldedHash), endsPhrase(noun + 1, analysis) { return true }
            }
        }
        return false
    }

    /// Whether the noun before `next` ends its phrase (`in her photographs, …`), so that a noun
    /// modifying another (`the art world`) does not count.
    private func endsPhrase(_ next: Int, _ analysis: TextAnalysis) -> Bool {
        guard next < analysis.tokens.count else { return true }
        let token = analysis.tokens[next]
        return token.kind != .word || token.isCapitalized || Self.phraseFollowers.contains(token.foldedHash)
            || Self.showingVerbs.contains(token.foldedHash)
    }
    private static let phraseFollowers = WordSet.folded([
        "that", "how", "what", "why", "of", "and", "the", "a", "an", "his", "her", "their", "its",
    ])
}
