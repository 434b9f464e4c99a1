import NewsGraphCore

/// Merges document records into one entity graph.
///
/// Records are added one at a time and only aggregates are kept (per entity and per pair), so
/// memory grows with the number of distinct entities and edges, not with the corpus.
public struct GraphBuilder: Sendable {
    /// Which labels become nodes; values (dates, amounts) do not by default.
    public var includesLabel: @Sendable (EntityLabel) -> Bool

    private struct NodeTally {
        var name: String
        var label: EntityLabel
        var aliases: Set<String> = []
        var mentions = 0
        var documents = 0
    }

    private struct EdgeKey: Hashable {
        var source: String
        var target: String
        var relation: EntityGraph.Relation
    }

    private var nodes: [String: NodeTally] = [:]
    private var edges: [EdgeKey: (weight: Int, documents: Int)] = [:]
    public private(set) var documentCount = 0

    public init(includesLabel: @escaping @Sendable (EntityLabel) -> Bool = { $0.isName }) {
        self.includesLabel = includesLabel
    }

    public mutating func add(_ record: DocumentRecord) {
        documentCount += 1
        var seenNodes = Set<String>()
        var sentences: [Int: Set<String>] = [:]
        for mention in record.entities where includesLabel(mention.label) {
            let name = Self.name(fromKey: mention.entity)
            nodes[mention.entity, default: NodeTally(name: name, label: mention.label)].mentions += 1
            nodes[mention.entity]!.aliases.insert(mention.text)
            if seenNodes.insert(mention.entity).inserted { nodes[mention.entity]!.documents += 1 }
            sentences[mention.sentence, default: []].insert(mention.entity)
        }
        var documentEdges = Set<EdgeKey>()
        func count(_ key: EdgeKey) {
            edges[key, default: (0, 0)].weight += 1
            if documentEdges.insert(key).inserted { edges[key]!.documents += 1 }
        }
        for (_, entities) in sentences where entities.count > 1 {
            let sorted = entities.sorted()
            for (offset, source) in sorted.enumerated() {
                for target in sorted[(offset + 1)...] {
                    count(EdgeKey(source: source, target: target, relation: .coMention))
                }
            }
        }
        for quote in record.quotes {
            guard let speaker = quote.speakerEntity, seenNodes.contains(speaker) else { continue }
            let about = Set(
                record.entities.filter { $0.start >= quote.start && $0.end <= quote.end && includesLabel($0.label) }
                    .map(\.entity)
            )
            for target in about.sorted() where target != speaker {
                count(EdgeKey(source: speaker, target: target, relation: .quotes))
            }
        }
    }

    /// The graph so far, sorted for stable output.
    public func build() -> EntityGraph {
        let graphNodes = nodes.map { id, tally in
            EntityGraph.Node(
                id: id, name: tally.name, label: tally.label, aliases: tally.aliases.sorted(), mentions: tally.mentions,
                documents: tally.documents
            )
        }.sorted { $0.id < $1.id }
        let graphEdges = edges.map { key, value in
            EntityGraph.Edge(
                source: key.source, target: key.target, relation: key.relation, weight: value.weight,
                documents: value.documents)
        }.sorted { ($0.relation, $0.source, $0.target) < ($1.relation, $1.source, $1.target) }
        return EntityGraph(nodes: graphNodes, edges: graphEdges)
    }

    /// `PERSON:Colin Kahl` → `Colin Kahl`.
    static func name(fromKey key: String) -> String {
        guard let colon = key.firstIndex(of: ":") else { return key }
        return String(key[key.index(after: colon)...])
    }
}
