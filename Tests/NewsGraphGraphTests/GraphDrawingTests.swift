import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphGraph

/// The report's drawing when Graphviz gives up on its input.
@Suite struct GraphDrawingTests {
    /// Graphviz exits without reading the rest of a DOT file holding a name over 16 KB; the
    /// drawing is then unavailable, and the run (this test process) goes on.
    @Test(.enabled(if: GraphDrawing.engines.contains { GraphDrawing.executable(named: $0) != nil }))
    func aNameGraphvizRefusesLeavesTheDrawingOutAndTheRunAlive() {
        let long = Array(repeating: "Harbour Elmsworth Board", count: 20_000).joined(separator: " ")
        let graph = EntityGraph(
            nodes: [
                EntityGraph.Node(id: "LOC:" + long, name: long, label: "LOC", aliases: [], mentions: 2, documents: 1),
                EntityGraph.Node(
                    id: "PERSON:Ada Brook", name: "Ada Brook", label: "PERSON", aliases: [], mentions: 1, documents: 1),
            ],
            edges: [
                EntityGraph.Edge(
                    source: "LOC:" + long, target: "PERSON:Ada Brook", relation: .coMention, weight: 1, documents: 1)
            ]
        )
        guard case .unavailable(let reason) = GraphDrawing.svg(for: graph) else {
            Issue.record("Graphviz drew a graph with a name over 16 KB")
            return
        }
        #expect(reason.contains("failed"), "\(reason)")
    }
}
