import NewsGraphCore
import Testing

/// Graph files and the database list edges by relation (in the order of the relations' names),
/// then source, target and title.
@Suite struct EdgeOrderTests {
    /// Relations compare as their names do, for every pair.
    @Test func relationsCompareAsTheirNames() {
        for lhs in EntityGraph.Relation.allCases {
            for rhs in EntityGraph.Relation.allCases {
                #expect((lhs < rhs) == (lhs.rawValue < rhs.rawValue), "\(lhs) against \(rhs)")
            }
        }
    }

    /// Edges sorted by ``EntityGraph/Edge/precedes(_:_:)`` come in the order of the tuple of
    /// their relation's name, source, target and title (none counted as empty).
    @Test func edgesSortByRelationSourceTargetTitle() {
        var edges: [EntityGraph.Edge] = []
        for relation in EntityGraph.Relation.allCases.reversed() {
            for source in ["PERSON:zoe kent", "ORG:acme", "PERSON:ann lee"] {
                for target in ["ORG:acme", "GPE:utopia"] {
                    for title in [nil, "chair", "ceo"] {
                        edges.append(
                            EntityGraph.Edge(
                                source: source, target: target, relation: relation, weight: 1, documents: 1,
                                title: title))
                    }
                }
            }
        }
        let sorted = edges.sorted(by: EntityGraph.Edge.precedes)
        let expected = edges.sorted {
            ($0.relation.rawValue, $0.source, $0.target, $0.title ?? "")
                < ($1.relation.rawValue, $1.source, $1.target, $1.title ?? "")
        }
        #expect(sorted == expected)
        #expect(sorted.first?.relation == .coMention && sorted.last?.relation == .role)
    }
}
