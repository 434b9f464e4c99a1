import NewsGraphCore

/// A capitalised ordinal before an event the gazetteer knows: `the Fifth Velmar Revolution`
/// names one event in a series, so the ordinal is the first word of its name.
extension NameFinder {
    /// `the Third Industrial Revolution`: a capitalised ordinal right before a known event, on its
    /// line, opens that event's name; the event alone would name the whole series.
    func ordinalEvent(at index: Int) -> NameCandidate? {
        let next = index + 1
        guard next < tokens.count, Self.ordinalWords.contains(tokens[index].hash), tokens[next].newlinesBefore == 0,
            bestMatch(at: index) == nil, let match = bestMatch(at: next), case .entity(.event) = match.category
        else { return nil }
        let range = index..<next + match.length
        return NameCandidate(
            tokens: range, label: .event, canonical: analysis.string(tokens: range), evidence: .gazetteer,
            isSentenceInitial: analysis.isSentenceInitial(index), isInCapsLine: isCapsLine(index))
    }

    /// Ordinals written as words and capitalised, as in a name.
    private static let ordinalWords = WordSet.hashes([
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    ])
}
