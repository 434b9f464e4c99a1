import NewsGraphCore
import NewsGraphGraph
import Testing

/// Cross-document resolution, pruning and the document graph, on hand-made records so the
/// expectations do not depend on the extractor.
@Suite struct GraphResolutionTests {
    /// A record whose sentences each name the given entities (`LABEL:Name` keys, written as `text`).
    static func record(
        _ id: String, published: String? = nil, sentences: [[(key: String, text: String)]], quotes: [Quote] = []
    ) -> DocumentRecord {
        var mentions: [EntityMention] = []
        var offset = 0
        for (index, sentence) in sentences.enumerated() {
            for mention in sentence {
                let label = EntityLabel(rawValue: String(mention.key.prefix { $0 != ":" }))!
                mentions.append(
                    EntityMention(
                        start: offset, end: offset + mention.text.count, label: label, text: mention.text,
                        entity: mention.key, sentence: index))
                offset += mention.text.count + 1
            }
        }
        return DocumentRecord(
            id: id, source: id, title: nil, text: String(repeating: "x", count: offset),
            metadata: ArticleMetadata(published: published), entities: mentions, quotes: quotes)
    }

    static let corpus: [DocumentRecord] = [
        record(
            "a", published: "2005-02-01T09:00:00Z",
            sentences: [
                [("PERSON:Tony Blair", "Tony Blair"), ("PERSON:Gordon Brown", "Gordon Brown")],
                [
                    ("ORG:World Trade Organization", "World Trade Organization"),
                    ("ORG:World Trade Organization", "WTO"),
                ],
            ]),
        record(
            "b", published: "2005-03-15",
            sentences: [
                [("PERSON:Blair", "Blair"), ("PERSON:Brown", "Brown"), ("ORG:WTO", "WTO")],
                [("PERSON:Blair", "Blair"), ("PERSON:Gordon Brown", "Gordon Brown")],
            ]),
        record("c", sentences: [[("PERSON:Serena Williams", "Serena Williams")]]),
        record("d", sentences: [[("PERSON:Venus Williams", "Venus Williams")]]),
        record("e", sentences: [[("PERSON:Williams", "Williams")]]),
        record("f", sentences: [[("PERSON:Williams", "Williams")]]),
    ]

    static func graph(_ options: GraphOptions = GraphOptions()) -> EntityGraph {
        var builder = GraphBuilder(options: options)
        for record in corpus { builder.add(record) }
        return builder.build()
    }

    /// A quote links its speaker to the entities inside it, and only those, whatever order the
    /// record lists its mentions in (records from other tools need not be sorted).
    @Test func quoteEdgesReachTheMentionsInsideTheQuote() throws {
        let sorted = Self.record(
            "q",
            sentences: [
                [("PERSON:Tony Blair", "Tony Blair"), ("ORG:World Trade Organization", "WTO")],
                [("GPE:France", "France"), ("GPE:Spain", "Spain")],
            ],
            quotes: [
                // Spans "WTO" through "France", leaving out the speaker before and Spain after.
                Quote(
                    start: 11, end: 22, kind: .direct, cue: "said", speaker: "Tony Blair", speakerStart: 0,
                    speakerEnd: 10, speakerEntity: "PERSON:Tony Blair")
            ])
        var shuffled = sorted
        shuffled.entities.reverse()
        for record in [sorted, shuffled] {
            var builder = GraphBuilder(options: GraphOptions())
            builder.add(record)
            let quoted = builder.build().edges.filter { $0.relation == .quotes }.map(\.target).sorted()
            #expect(quoted == ["GPE:France", "ORG:World Trade Organization"])
        }
    }

    /// The graph summary and the database rows share one grouping of a record's keys: mentions'
    /// keys in order of first use, then a speaker's key that no mention has.
    @Test func recordKeysGroupMentionsThenSpeakers() {
        let quote = { (speaker: String?) in
            Quote(
                start: 0, end: 5, kind: .direct, cue: "said", speaker: speaker, speakerStart: nil, speakerEnd: nil,
                speakerEntity: speaker)
        }
        let record = Self.record(
            "k",
            sentences: [[("PERSON:Ann Lee", "Ann Lee"), ("GPE:Peru", "Peru")], [("PERSON:Ann Lee", "Lee")]],
            quotes: [quote("GPE:Peru"), quote("ORG:Acme"), quote(nil)])
        let keys = RecordKeys(record)
        #expect(keys.keys == ["PERSON:Ann Lee", "GPE:Peru", "ORG:Acme"])
        #expect(keys.mentionKeys == [0, 1, 0])
        #expect(keys.speakerKeys == [1, 2, -1])
    }

    @Test func aSurnameJoinsTheOnlyFullNameInTheCorpus() throws {
        let graph = Self.graph()
        #expect(!graph.nodes.contains { $0.id == "PERSON:Blair" || $0.id == "PERSON:Brown" })
        let blair = try #require(graph.nodes.first { $0.id == "PERSON:Tony Blair" })
        #expect(blair.mentions == 3 && blair.documents == 2)
        #expect(blair.aliases == ["Blair", "Tony Blair"])
        #expect(blair.firstPublished == "2005-02-01" && blair.lastPublished == "2005-03-15")
        let edge = try #require(
            graph.edges.first {
                $0.source == "PERSON:Gordon Brown" && $0.target == "PERSON:Tony Blair" && $0.relation == .coMention
            })
        #expect(edge.weight == 3 && edge.documents == 2, "three sentences in two documents")
        #expect(edge.firstPublished == "2005-02-01" && edge.lastPublished == "2005-03-15", "the edge's own days")
        #expect(!graph.edges.contains { $0.source == $0.target }, "a merge leaves no self-loop")
    }

    @Test func anAmbiguousSurnameStaysApart() {
        let ids = Set(Self.graph().nodes.map(\.id))
        #expect(ids.isSuperset(of: ["PERSON:Williams", "PERSON:Serena Williams", "PERSON:Venus Williams"]))
    }

    @Test func anAcronymJoinsTheNameItWasWrittenForElsewhere() throws {
        let graph = Self.graph()
        #expect(!graph.nodes.contains { $0.id == "ORG:WTO" })
        let wto = try #require(graph.nodes.first { $0.id == "ORG:World Trade Organization" })
        #expect(wto.mentions == 3 && wto.documents == 2)
        #expect(
            graph.edges.contains {
                $0.source == "ORG:World Trade Organization" && $0.target == "PERSON:Tony Blair"
                    && $0.relation == .coMention
            }, "edges follow merged keys and keep source < target")
    }

    @Test func pruningByLabelWeightAndDocuments() {
        let people = Self.graph(GraphOptions(labels: [.person]))
        #expect(people.nodes.allSatisfy { $0.label == "PERSON" })
        let strong = Self.graph(GraphOptions(minimumWeight: 2))
        #expect(strong.edges.allSatisfy { $0.weight >= 2 } && !strong.edges.isEmpty)
        #expect(strong.nodes.count == Self.graph().nodes.count, "edge weight does not prune nodes")
        let common = Self.graph(GraphOptions(minimumDocuments: 2))
        #expect(
            Set(common.nodes.map(\.id)) == [
                "ORG:World Trade Organization", "PERSON:Gordon Brown", "PERSON:Tony Blair", "PERSON:Williams",
            ])
        #expect(common.edges.allSatisfy { $0.documents >= 2 })
    }

    @Test func documentsBecomeNodesWithMentionEdges() throws {
        let graph = Self.graph(GraphOptions(includesDocuments: true))
        let documents = graph.nodes.filter(\.isDocument)
        #expect(documents.map(\.id) == ["DOC:a", "DOC:b", "DOC:c", "DOC:d", "DOC:e", "DOC:f"])
        let mentions = graph.edges.filter { $0.relation == .mentions && $0.source == "DOC:b" }
        #expect(
            Set(mentions.map(\.target)) == ["PERSON:Tony Blair", "PERSON:Gordon Brown", "ORG:World Trade Organization"])
        #expect(mentions.first { $0.target == "PERSON:Tony Blair" }?.weight == 2)
    }

    @Test func theOrderOfDocumentsDoesNotMatter() {
        var reversed = GraphBuilder()
        for record in Self.corpus.reversed() { reversed.add(record) }
        #expect(reversed.build() == Self.graph())
    }
}
