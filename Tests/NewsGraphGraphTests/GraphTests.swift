import Foundation
import NewsGraphCore
import NewsGraphGraph
import NewsGraphTestSupport
import Testing

@Suite struct GraphTests {
    let seedGraph: EntityGraph = {
        var builder = GraphBuilder()
        builder.add(TestSupport.extract(TestSupport.seedText))
        return builder.build()
    }()

    func edge(_ source: String, _ target: String, _ relation: EntityGraph.Relation) -> EntityGraph.Edge? {
        seedGraph.edges.first { $0.source == source && $0.target == target && $0.relation == relation }
    }

    @Test func nodesAreNamedEntitiesWithCounts() throws {
        let russia = try #require(seedGraph.nodes.first { $0.id == "GPE:Russia" })
        #expect(russia.mentions >= 15 && russia.documents == 1)
        let unitedStates = try #require(seedGraph.nodes.first { $0.id == "GPE:United States" })
        #expect(unitedStates.aliases == ["U.S.", "US"])
        #expect(!seedGraph.nodes.contains { $0.label == "DATE" }, "values are not nodes")
    }

    @Test func coMentionEdgesCountSentences() throws {
        let russiaIran = try #require(edge("GPE:Iran", "GPE:Russia", .coMention))
        #expect(russiaIran.weight >= 8)
        #expect(edge("PERSON:Colin Kahl", "PERSON:Wendy Sherman", .coMention) != nil)
        #expect(edge("GPE:Russia", "GPE:Ukraine", .coMention) != nil)
        #expect(seedGraph.edges.filter { $0.relation == .coMention }.allSatisfy { $0.source < $0.target })
    }

    @Test func speakersPointAtWhatTheirQuotesMention() {
        for target in ["GPE:Russia", "GPE:Iran", "GPE:North Korea"] {
            #expect(edge("PERSON:Colin Kahl", target, .quotes) != nil, "Kahl → \(target)")
        }
        for target in ["PERSON:Putin", "GPE:United States", "GPE:Russia", "GPE:Ukraine"] {
            #expect(edge("PERSON:Wendy Sherman", target, .quotes) != nil, "Sherman → \(target)")
        }
    }

    @Test func writersEscapeAndUseTheDocumentedHeaders() {
        let graph = EntityGraph(
            nodes: [
                EntityGraph.Node(
                    id: "ORG:AT&T \"Inc\"", name: "AT&T \"Inc\", <x>", label: "ORG", aliases: ["AT&T"], mentions: 2,
                    documents: 1)
            ],
            edges: []
        )
        let graphML = GraphMLWriter.write(graph)
        #expect(graphML.contains("AT&amp;T &quot;Inc&quot;, &lt;x&gt;"))
        let nodes = Neo4jCSVWriter.nodes(graph)
        #expect(nodes.hasPrefix("id:ID,name,:LABEL,"))
        #expect(nodes.contains(#""AT&T ""Inc"", <x>""#))
        #expect(Neo4jCSVWriter.edges(graph).hasPrefix(":START_ID,:END_ID,:TYPE,"))
        let json = String(decoding: NodeLinkWriter.write(graph), as: UTF8.self)
        #expect(json.contains(#""multigraph":true"#) && json.contains(#""links":[]"#))
        let gexf = GEXFWriter.write(graph)
        #expect(gexf.contains(#"label="AT&amp;T &quot;Inc&quot;, &lt;x&gt;""#))
        #expect(gexf.contains(#"<attvalue for="type" value="ORG"/>"#))
        #expect(DOTWriter.write(graph).contains(#""ORG:AT&T \"Inc\"" [label="AT&T \"Inc\", <x>""#))
    }

    @Test func mergingDocumentsAddsUp() {
        var builder = GraphBuilder()
        let record = TestSupport.extract(TestSupport.seedText)
        builder.add(record)
        builder.add(record)
        let doubled = builder.build()
        let single = seedGraph
        #expect(doubled.nodes.map(\.id) == single.nodes.map(\.id))
        #expect(zip(doubled.nodes, single.nodes).allSatisfy { $0.mentions == 2 * $1.mentions && $0.documents == 2 })
        #expect(zip(doubled.edges, single.edges).allSatisfy { $0.weight == 2 * $1.weight && $0.documents == 2 })
    }
}
