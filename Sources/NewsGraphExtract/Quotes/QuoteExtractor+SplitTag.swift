extension QuoteExtractor {
    /// `"The plan," she said, "will not work."`: one quotation that its own speech tag
    /// interrupts. The first part stops at a comma, the second opens after the comma that closes
    /// the tag, and nothing stands between the marks but the tag's speaker, its verb (with the
    /// words between them, `has said`, an appositive) and commas. The second part has no tag of
    /// its own, or the same one; `she said, adding, "…"` reports a second statement. A full stop
    /// may close the tag (`"The plan," she said. "It will not work."`), and then the tag may run on
    /// past its speaker: a quotation that stops at a comma is not finished, and the next one, in
    /// the same paragraph and untagged, goes on.
    static func isCutByTag(
        _ first: QuotationFinder.Quotation, tag: DirectAttributor.Attribution?, then second: QuotationFinder.Quotation,
        _ own: DirectAttributor.Attribution?, _ analysis: TextAnalysis
    ) -> Bool {
        guard let tag, let cue = tag.cue, !first.closeMark.isEmpty, !first.content.isEmpty,
            first.after < second.open, own == nil || own?.cue == cue
        else { return false }
        let last = first.content.upperBound - 1
        let stopped = analysis.isCharacter(second.open - 1, ".")
        guard analysis.isCharacter(last, ",") || analysis.isCharacter(first.after, ","),
            stopped || analysis.isCharacter(second.open - 1, ","),
            second.open - first.after <= (stopped ? 40 : 16)
        else { return false }
        // After a full stop, a second quotation that stops at a comma waits for a tag of its own.
        if stopped, analysis.isCharacter(second.content.upperBound - 1, ",") || analysis.isCharacter(second.after, ",")
        {
            return false
        }
        let speaker = tag.speaker.tokens
        let held = min(speaker.lowerBound, cue.lowerBound)..<max(speaker.upperBound, cue.upperBound)
        for index in first.after...second.open {
            if analysis.tokens[index].newlinesBefore > 0 { return false }
            // A tag its full stop ends may go on past the speaker (`said X, a ferry pilot, who …`).
            let trails = stopped && index >= held.upperBound && !isMark(analysis.tokens[index].kind)
            if index < second.open - 1, !held.contains(index), !trails, !analysis.isCharacter(index, ",") {
                return false
            }
        }
        return true
    }

    private static func isMark(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .openingQuote, .closingQuote, .straightQuote: true
        default: false
        }
    }
}
