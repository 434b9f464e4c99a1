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

    /// A one-word name in a list beside a name of `edges`: `and`, `or`, a comma, or a comma and
    /// `and`/`or` between them (`Windows, Arlo, iOS`, `Linux, or Arlo`).
    func isListed(_ range: Range<Int>, withOneOf edges: TokenHashSet) -> Bool {
        let index = range.lowerBound
        for gap in 1...2 {
            let before = index - gap - 1
            let after = index + gap + 1
            if before >= 0, isSeparator(index - gap, of: gap),
                edges.contains(UInt64(before) << 1 | 1)
            {
                return true
            }
            if after < analysis.tokens.count, isSeparator(index + 1, of: gap),
                edges.contains(UInt64(after) << 1)
            {
                return true
            }
        }
        return false
    }

    /// `gap` tokens from `start` that join two members of a list: one conjunction or comma, or a
    /// comma then a conjunction.
    private func isSeparator(_ start: Int, of gap: Int) -> Bool {
        guard start >= 0, start + gap <= analysis.tokens.count else { return false }
        if gap == 1 { return isConjunction(start) || analysis.isCharacter(start, ",") }
        return analysis.isCharacter(start, ",") && isConjunction(start + 1)
    }

    private func isConjunction(_ index: Int) -> Bool {
        index >= 0 && index < analysis.tokens.count && Self.conjunctions.contains(analysis.tokens[index].hash)
    }

    private static let conjunctions = WordSet.hashes(["and", "or"])
}
