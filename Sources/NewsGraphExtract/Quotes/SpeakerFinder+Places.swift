/// Places inside a speaker's phrase: `nurses in cities like Leeds and York say` — the nurses
/// speak, and the places only say where they are.
extension SpeakerFinder {
    private static let listJoiners = WordSet.folded(["and", "or"])

    /// The first token of the list of places that `mention` ends (`Ohio, Iowa and Texas`).
    func firstOfPlaces(endingWith mention: EntityRecognizer.Mention, _ sentence: Sentence) -> Int {
        var first = mention.tokens.lowerBound
        while first - 2 >= sentence.tokens.lowerBound,
            Self.listJoiners.contains(tokens[first - 1].foldedHash) || analysis.isCharacter(first - 1, ","),
            let earlier = mentionEndingAt[first - 2], earlier.label == .gpe || earlier.label == .loc
        {
            first = earlier.tokens.lowerBound
        }
        return first
    }

    /// The role before the preposition that links a place to it (`officials in Ohio`, `nurses
    /// in cities like York`), over a plain noun and a second link; none when there is no role.
    func placeOwner(beforeLink link: Int, _ sentence: Sentence) -> Speaker? {
        var position = link - 1
        // `nurses in cities like`: one plain noun and another link.
        if position - 1 > sentence.tokens.lowerBound, tokens[position].kind == .word,
            !QuoteLexicon.roleNouns.contains(tokens[position].foldedHash),
            Self.placeLinks.contains(tokens[position - 1].foldedHash)
        {
            position -= 2
        }
        guard position >= sentence.tokens.lowerBound, tokens[position].kind == .word,
            QuoteLexicon.roleNouns.contains(tokens[position].foldedHash)
        else { return nil }
        return phrase(endingAt: position, sentence: sentence)
    }
}
