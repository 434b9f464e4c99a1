import NewsGraphCore

/// A known place written right after an institution's name, as the last word of that name.
/// Kept apart from `NameFinder+LongerNames.swift` (places inside a longer name, a firm's branch).
extension NameFinder {
    /// `the Quellbrook Craft Centre Norway`, `the Velmar College Leeds`: a known place that
    /// follows, on its line and with no comma, a name ending in an institution's head word or an
    /// organisation's suffix, and ends the name, is that institution's last word, no place.
    func isInstitutionPlace(_ range: Range<Int>, after candidates: [NameCandidate]) -> Bool {
        guard let last = candidates.last, last.label == .org || last.label == .fac, last.tokens.count >= 2,
            last.tokens.upperBound == range.lowerBound, tokens[range.lowerBound].newlinesBefore == 0,
            !isCapsLine(range.lowerBound), isInstitutionHead(last.tokens.upperBound - 1),
            range.upperBound >= tokens.count || tokens[range.upperBound].newlinesBefore > 0
                || !isNameWord(range.upperBound)
        else { return false }
        return true
    }
}
