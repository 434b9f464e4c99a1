/// Cues whose form shows that nobody is reported: an imperative to the reader (`be warned that
/// …`), a participle used as an adjective after an ordinal (`the first reported case`) and a
/// cue that points up or down the page (`as noted above`), and telling a body or its parts
/// (`tells your muscles that …`), which is a signal.
extension QuoteExtractor {
    private static let be = TokenHash.foldedHash("be")
    /// Words that open a clause before an imperative.
    private static let clauseOpeners = WordSet.folded(["and", "but", "so", "please", "just", "always", "also"])
    /// Ordinals between an article and a participle, which make it an adjective of the noun after.
    private static let tellForms = WordSet.folded(["tell", "tells", "told", "telling"])
    private static let your = TokenHash.foldedHash("your")
    /// A body and the parts of it that signals reach.
    private static let bodyParts = WordSet.folded([
        "brain", "brains", "body", "bodies", "cells", "muscles", "nerves", "gut", "stomach", "skin",
    ])
    /// Words that point at another part of the page.
    private static let pagePointers = WordSet.folded(["above", "below"])
    private static let ordinals = WordSet.folded(["first", "last", "only", "latest", "earliest", "next"])

    /// Whether the attribution's cue reports no one: `be` right before it opening a clause, or
    /// an article and an ordinal right before a cue in -ed.
    func reportsNoOne(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        guard let cue = attribution.cue, cue.count == 1, cue.lowerBound >= 2 else { return false }
        let tokens = analysis.tokens
        let verb = cue.lowerBound
        // "As shown below, …": a cue pointing up or down the page is the writer's own text.
        if verb + 1 < tokens.count, Self.pagePointers.contains(tokens[verb + 1].foldedHash) { return true }
        // "tells your muscles that …": what a body or its parts are told is a signal, not speech.
        if Self.tellForms.contains(tokens[verb].foldedHash) {
            var told = verb + 1
            if told < tokens.count,
                Lexicon.determiners.contains(tokens[told].foldedHash)
                    || QuoteLexicon.possessivePronouns.contains(tokens[told].foldedHash)
                    || tokens[told].foldedHash == Self.your
            {
                told += 1
            }
            if told < tokens.count, Self.bodyParts.contains(tokens[told].foldedHash) { return true }
        }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[verb])]
        if tokens[verb - 1].foldedHash == Self.be {
            let opener = verb - 2
            return verb - 1 == sentence.tokens.lowerBound || analysis.isCharacter(opener, ",")
                || analysis.isCharacter(opener, ":") || Self.clauseOpeners.contains(tokens[opener].foldedHash)
        }
        let token = tokens[verb]
        guard token.kind == .word, token.length > 3, analysis.endsInEd(verb), verb - 2 >= sentence.tokens.lowerBound
        else { return false }
        return Self.ordinals.contains(tokens[verb - 1].foldedHash)
            && Lexicon.determiners.contains(tokens[verb - 2].foldedHash)
    }
}
