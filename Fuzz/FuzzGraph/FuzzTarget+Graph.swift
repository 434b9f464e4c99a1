import Foundation
import FuzzTargets
import NewsGraphCore
import NewsGraphExtract
import NewsGraphGraph

extension FuzzTarget {
    /// Any bytes, read as UTF-8, as two articles (split at the first NUL byte, or one when there
    /// is none) through the extractor and the graph stage: every edge joins two nodes, the
    /// co-mention edges stay within the per-sentence bound, and every writer's output is UTF-8
    /// (the node-link JSON also parses).
    package static let graph = FuzzTarget("graph") { bytes in
        let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        var builder = GraphBuilder()
        var sentences = 0
        for (index, part) in parts.enumerated() {
            let text = String(decoding: part, as: UTF8.self)
            let record = graphExtractor.extract(
                ParsedDocument(id: "fuzz\(index)", source: "fuzz", title: nil, text: text))
            sentences += Set(record.entities.map(\.sentence)).count
            builder.add(record)
        }
        let graph = builder.build()
        let ids = Set(graph.nodes.map(\.id))
        precondition(ids.count == graph.nodes.count, "two nodes share an id")
        for edge in graph.edges {
            precondition(ids.contains(edge.source) && ids.contains(edge.target), "an edge to no node")
            precondition(edge.weight > 0 && edge.documents > 0, "an edge counted nowhere")
        }
        let pairsPerSentence = DocumentSummary.maximumCoMentionNames * (DocumentSummary.maximumCoMentionNames - 1) / 2
        let coMentions = graph.edges.filter { $0.relation == .coMention }.count
        precondition(coMentions <= sentences * pairsPerSentence, "more co-mention edges than the bound allows")
        for written in [GraphMLWriter.bytes(graph), GEXFWriter.bytes(graph), DOTWriter.bytes(graph)] {
            precondition(String(validating: written, as: UTF8.self) != nil, "a graph file that is not UTF-8")
        }
        let nodeLink = NodeLinkWriter.write(graph)
        precondition((try? JSONSerialization.jsonObject(with: Data(nodeLink))) != nil, "graph.json does not parse")
        _ = Neo4jCSVWriter.nodes(graph) + Neo4jCSVWriter.edges(graph)
    }

    /// Loaded once: the gazetteer and lexicons are the same for every input.
    private static let graphExtractor = DocumentExtractor()
}
