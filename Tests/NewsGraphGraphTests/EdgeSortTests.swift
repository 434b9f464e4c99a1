import NewsGraphCore
import NewsGraphGraph
import Testing

/// The builder orders edges by the places of their ends among the sorted nodes, which must give
/// the order of ``EntityGraph/Edge/precedes(_:_:)`` on the ids themselves.
@Suite struct EdgeSortTests {
    /// Ends that are nodes, ends that are not (compared by id, also against nodes), several
    /// titles between the same two ends, and every relation: the same order as sorting by ids.
    @Test func nodePlacesGiveTheOrderOfTheIDs() {
        let ids = ["GPE:utopia", "ORG:acme", "ORG:acme bank", "PERSON:ann lee", "PERSON:zoe kent", "PERSON:Émile roy"]
        let nodes = ids.sorted().map {
            EntityGraph.Node(id: $0, name: $0, label: "X", aliases: [], mentions: 1, documents: 1)
        }
        let ends = ids + ["DOC:one", "ORG:acme co", "PERSON:zz top"]
        var edges: [EntityGraph.Edge] = []
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        for relation in EntityGraph.Relation.allCases {
            for source in ends {
                for target in ends where target != source && next(3) > 0 {
                    for title in relation == .role ? ["chair", "ceo"] : [nil] {
                        edges.append(
                            EntityGraph.Edge(
                                source: source, target: target, relation: relation, weight: 1, documents: 1,
                                title: title))
                    }
                }
            }
        }
        // Shuffled, so the sort has work to do.
        for index in edges.indices.reversed() { edges.swapAt(index, next(index + 1)) }
        let sorted = GraphBuilder.sortedEdges(edges, nodes: nodes)
        #expect(sorted == edges.sorted(by: EntityGraph.Edge.precedes))
        #expect(sorted.count == edges.count)
    }
}
