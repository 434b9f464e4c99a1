import NewsGraphCore

/// Names joined by `and` or `or`: the members of a list are of one kind.
extension DocumentResolver {
    /// `Brask and Daniel Tolvan`: an unknown word joined by `and` or `or` to a person named by a
    /// rule (a given name, a title) names a person too.
    func coordinatedPeople(_ words: [NameCandidate], with candidates: [NameCandidate]) -> [Resolved] {
        let edges = edges(of: candidates) { $0.label == .person && $0.evidence >= .pattern }
        var people: [Resolved] = []
        for candidate in words where isCoordinated(candidate.tokens, withOneOf: edges) {
            people.append(Resolved(tokens: candidate.tokens, label: .person, canonical: surface(candidate)))
        }
        return people
    }

    /// The first and last tokens of the names that pass `test`, for ``isCoordinated(_:withOneOf:)``.
    func edges(of candidates: [NameCandidate], where test: (NameCandidate) -> Bool) -> TokenHashSet {
        TokenHashSet(
            candidates.lazy.filter(test).flatMap {
                [UInt64($0.tokens.lowerBound) << 1, UInt64($0.tokens.upperBound - 1) << 1 | 1]
            })
    }

    /// A one-word name with `and` or `or` between it and a name of `edges`.
    func isCoordinated(_ range: Range<Int>, withOneOf edges: TokenHashSet) -> Bool {
        let index = range.lowerBound
        return index >= 2 && isConjunction(index - 1) && edges.contains(UInt64(index - 2) << 1 | 1)
            || isConjunction(index + 1) && edges.contains(UInt64(index + 2) << 1)
    }

    private func isConjunction(_ index: Int) -> Bool {
        index >= 0 && index < analysis.tokens.count && Self.conjunctions.contains(analysis.tokens[index].hash)
    }

    private static let conjunctions = WordSet.hashes(["and", "or"])
}
