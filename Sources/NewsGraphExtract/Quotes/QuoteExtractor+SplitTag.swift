extension QuoteExtractor {
    /// `"The plan," she said, "will not work."`: one quotation that its own speech tag
    /// interrupts. The first part stops at a comma, the second opens after the comma that closes
    /// the tag, and nothing stands between the marks but the tag's speaker, its verb (with the
    /// words between them, `has said`, an appositive) and commas. The second part has no tag of
    /// its own, or the same one; `she said, adding, "…"` reports a second statement.
    static func isCutByTag(
        _ first: QuotationFinder.Quotation, tag: DirectAttributor.Attribution?, then second: QuotationFinder.Quotation,
        _ own: DirectAttributor.Attribution?, _ analysis: TextAnalysis
    ) -> Bool {
        guard let tag, let cue = tag.cue, !first.closeMark.isEmpty, !first.content.isEmpty,
            first.after < second.open, second.open - first.after <= 16,
            own == nil || own?.cue == cue
        else { return false }
        let last = first.content.upperBound - 1
        guard analysis.isCharacter(last, ",") || analysis.isCharacter(first.after, ","),
            analysis.isCharacter(second.open - 1, ",")
        else { return false }
        let speaker = tag.speaker.tokens
        let held = min(speaker.lowerBound, cue.lowerBound)..<max(speaker.upperBound, cue.upperBound)
        for index in first.after...second.open {
            if analysis.tokens[index].newlinesBefore > 0 { return false }
            if index < second.open, !held.contains(index), !analysis.isCharacter(index, ",") { return false }
        }
        return true
    }
}
