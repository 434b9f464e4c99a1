import NewsGraphCore

/// Methods, diagrams and places named after someone, which read as a person's name before their
/// noun.
extension DocumentResolver {
    /// `Velmar simulations`, `the Brask method`, `Orlin-Tace splines`: a name read as a person's
    /// right before a lower-case noun for a method, a calculation or a diagram is the first word
    /// of that common noun, named after someone, no person the text speaks of; a possessive
    /// (`Brask's method`) keeps the person.
    func dropEponyms(_ resolved: inout [Resolved]) {
        resolved.removeAll { mention in
            let next = mention.tokens.upperBound
            guard mention.label == .person, next < analysis.tokens.count else { return false }
            let token = analysis.tokens[next]
            return token.kind == .word && !token.isCapitalized && token.newlinesBefore == 0
                && Self.methodNouns.contains(token.foldedHash)
        }
    }

    /// `Orvane Quint station`, `the Tamsin Hale neighborhood`: a name read as a person's right
    /// before a lower-case noun for a building, a road or a stop names that place (FAC), and one
    /// before a noun for a district or land or water names a region (LOC), as a person seldom is
    /// (a possessive keeps the person: `Tamsin's street`). A lone word may be a known person's
    /// surname before a noun of an event (`Hale stadium rally`), so it needs two words.
    func relabelPlacesByNoun(_ resolved: inout [Resolved]) {
        for index in resolved.indices
        where resolved[index].label == .person && wordsOf(resolved[index].tokens).count >= 2 {
            let next = resolved[index].tokens.upperBound
            guard next < analysis.tokens.count else { continue }
            let token = analysis.tokens[next]
            guard token.kind == .word, !token.isCapitalized, token.newlinesBefore == 0 else { continue }
            if Self.facilityNouns.contains(token.foldedHash) {
                resolved[index].label = .fac
            } else if Self.regionNouns.contains(token.foldedHash) {
                resolved[index].label = .loc
            }
        }
    }

    /// Lower-case nouns for buildings, roads and stops that a place's name stands before.
    private static let facilityNouns = WordSet.folded([
        "station", "airport", "street", "avenue", "road", "bridge", "square", "temple", "shrine", "stadium",
    ])

    /// Lower-case nouns for districts, land and water that a region's name stands before.
    private static let regionNouns = WordSet.folded([
        "neighborhood", "neighbourhood", "district", "island", "river", "lake", "valley",
    ])

    /// Nouns for methods, calculations and diagrams that are often named after their makers.
    private static let methodNouns = WordSet.folded([
        "method", "methods", "technique", "techniques", "simulation", "simulations", "algorithm", "algorithms",
        "chart", "charts", "diagram", "diagrams", "spline", "splines", "curve", "curves", "equation", "equations",
        "distribution", "distributions", "theorem", "transform", "transforms", "estimator", "estimators",
    ])
}
