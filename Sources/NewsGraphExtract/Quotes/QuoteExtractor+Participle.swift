import NewsGraphCore

/// Participles after a comma (`…, calling the plan …`, `…, adding that …`) report for the
/// subject of their sentence, or for the tag of the quotation that opens it.
extension QuoteExtractor {
    /// The speaker of a participle after a comma is the sentence's subject, not the name
    /// nearest to it: "The firm wrote to Ann Vance, calling the figures …".
    func participleSubject(
        _ cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        guard cue > sentence.tokens.lowerBound, analysis.isCharacter(cue - 1, ","),
            ClauseBoundary(analysis: analysis).isParticiple(cue)
        else { return nil }
        // `"We need change," the mayor said, arguing that …`: the tag's speaker, not a word of
        // the quotation that opens the sentence.
        let first = sentence.tokens.lowerBound
        if analysis.tokens[first].kind == .openingQuote || analysis.tokens[first].kind == .straightQuote {
            var verb = cue - 2
            while verb > max(first, cue - 10) {
                if QuoteLexicon.quoteVerbs.contains(analysis.tokens[verb].foldedHash) {
                    return speakers.speaker(before: verb, within: sentence)
                        ?? speakers.speaker(startingAt: verb + 1, within: Sentence(tokens: verb + 1..<cue - 1))
                }
                verb -= 1
            }
        }
        if let subject = speakers.subject(of: sentence, before: cue) { return subject }
        // "Still, she kept her counsel …, calling …": the subject after an introductory phrase.
        var comma = sentence.tokens.lowerBound
        while comma < cue - 1, !analysis.isCharacter(comma, ",") { comma += 1 }
        guard comma < cue - 1 else { return nil }
        return speakers.subject(of: Sentence(tokens: comma + 1..<sentence.tokens.upperBound), before: cue)
    }
}
