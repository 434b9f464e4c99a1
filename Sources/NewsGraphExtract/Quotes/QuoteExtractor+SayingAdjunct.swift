import NewsGraphCore

/// `asked back in May`, `said when she left`: words right after a verb of saying that tell when it
/// was said are not what was said.
extension QuoteExtractor {
    private static let back = TokenHash.foldedHash("back")
    private static let when = TokenHash.foldedHash("when")
    private static let questionModals = WordSet.folded([
        "would", "could", "will", "can", "should", "might", "may", "must", "to",
    ])

    /// Content that starts right after its cue with `back`, or with `when` and no modal or `to` in
    /// it (`said when they would vote` asks a time; `said when she left` gives it).
    func isSayingAdjunct(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        guard let cue = attribution.cue, cue.upperBound == attribution.content.lowerBound else { return false }
        let tokens = analysis.tokens
        let first = tokens[attribution.content.lowerBound]
        guard first.kind == .word else { return false }
        if first.foldedHash == Self.back { return true }
        return first.foldedHash == Self.when
            && !attribution.content.contains { Self.questionModals.contains(tokens[$0].foldedHash) }
    }
}
