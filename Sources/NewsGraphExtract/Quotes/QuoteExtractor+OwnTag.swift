import NewsGraphCore

/// `…, Vance said, adding later, "The fee is …"`, `…defended the plan by saying, "We …"`: a
/// quotation that opens with a capital after its own verb of saying and a comma or colon is that
/// verb's direct quote, a sentence of speech, even where a reported clause of an earlier verb
/// runs on over it; that clause ends before the second tag.
extension QuoteExtractor {
    /// Words that may hang at the end of a clause cut before a tag: `…plans by`, `…but`, `…when`.
    private static let danglingWords = WordSet.folded([
        "and", "but", "or", "so", "then", "when", "while", "as", "by", "before", "after", "later", "also",
    ])

    /// `reported` with every mixed clause that runs over a quotation with its own introducing tag
    /// cut before that tag, or left out when nothing of its own stays before it or its cue comes
    /// after the quotation (the tag that closes the quotation is the quotation's).
    func handedToOwnTags(
        _ reported: [Attribution], direct: [(QuotationFinder.Quotation, DirectAttributor.Attribution?)],
        _ attributor: DirectAttributor, _ analysis: TextAnalysis
    ) -> [Attribution] {
        let tags: [(open: Int, cue: Int, start: Int)] = direct.compactMap { quotation, _ in
            Self.ownTag(quotation, attributor, analysis).map { (quotation.open, $0.cue, $0.start) }
        }
        guard !tags.isEmpty else { return reported }
        var kept: [Attribution] = []
        kept.reserveCapacity(reported.count)
        for attribution in reported {
            guard attribution.kind == .mixed,
                let tag = tags.first(where: {
                    attribution.content.contains($0.open) && attribution.content.contains($0.cue)
                })
            else {
                kept.append(attribution)
                continue
            }
            if let cue = attribution.cue, cue.lowerBound > tag.open { continue }
            var end = max(tag.start, attribution.content.lowerBound)
            while end > attribution.content.lowerBound {
                let token = analysis.tokens[end - 1]
                guard token.kind == .punctuation || token.kind == .dash || Self.danglingWords.contains(token.foldedHash)
                else { break }
                end -= 1
            }
            let words = (attribution.content.lowerBound..<end).count { analysis.tokens[$0].kind == .word }
            guard words >= 2 else { continue }
            var cut = attribution
            cut.content = attribution.content.lowerBound..<end
            cut.kind = .indirect
            kept.append(cut)
        }
        return kept
    }

    /// The verb of the tag that introduces `quotation` and the tag's first token (its speaker or
    /// its verb), when a comma or colon stands right before the mark and the quoted words open
    /// with a capital.
    private static func ownTag(
        _ quotation: QuotationFinder.Quotation, _ attributor: DirectAttributor, _ analysis: TextAnalysis
    ) -> (cue: Int, start: Int)? {
        let open = quotation.open
        guard open > 0, analysis.tokens[open].newlinesBefore == 0,
            analysis.isCharacter(open - 1, ",") || analysis.isCharacter(open - 1, ":"),
            let first = quotation.content.first(where: { analysis.tokens[$0].kind == .word }),
            analysis.tokens[first].isCapitalized,
            let tag = attributor.introduction(quotation), let cue = tag.cue, cue.upperBound <= open
        else { return nil }
        let speaker = tag.speaker.tokens
        // A speaker right before the cue, no more than a word between, opens the tag (`when he
        // told Y, "…"`); one further back (`Vance said, adding, "…"`) leaves the tag at its verb.
        let joined =
            speaker.upperBound <= cue.lowerBound && cue.lowerBound - speaker.upperBound <= 1
            && (speaker.upperBound..<cue.lowerBound).allSatisfy { analysis.tokens[$0].kind == .word }
        return (cue.lowerBound, joined ? speaker.lowerBound : cue.lowerBound)
    }
}
