import NewsGraphCore

/// Merges document records into one entity graph.
///
/// Records are added one at a time and only aggregates are kept (per entity key and per pair of
/// keys), so memory grows with the number of distinct entities and edges, not with the corpus;
/// only `--with-documents` keeps one short list per document. Cross-document resolution
/// (``EntityResolver``) runs once, in ``build()``, on the aggregates, so the result does not
/// depend on the order documents arrive in and parts of a corpus merge into the same graph.
public struct GraphBuilder: Sendable {
    public let options: GraphOptions

    struct NodeTally: Sendable, Equatable {
        var name: String
        var label: EntityLabel
        var aliases: Set<String> = []
        var mentions = 0
        var documents = 0
        var firstPublished: String?
        var lastPublished: String?

        mutating func absorb(_ other: NodeTally) {
            aliases.formUnion(other.aliases)
            mentions += other.mentions
            documents += other.documents
            firstPublished = Self.earlier(firstPublished, other.firstPublished, earliest: true)
            lastPublished = Self.earlier(lastPublished, other.lastPublished, earliest: false)
        }

        mutating func published(on date: String?) {
            firstPublished = Self.earlier(firstPublished, date, earliest: true)
            lastPublished = Self.earlier(lastPublished, date, earliest: false)
        }

        static func earlier(_ lhs: String?, _ rhs: String?, earliest: Bool) -> String? {
            guard let lhs else { return rhs }
            guard let rhs else { return lhs }
            return (lhs < rhs) == earliest ? lhs : rhs
        }
    }

    struct EdgeKey: Hashable, Sendable {
        var source: String
        var target: String
        var relation: EntityGraph.Relation
    }

    /// A document node and the entity keys it names with their mention counts.
    private struct DocumentTally: Sendable {
        var id: String
        var name: String
        var published: String?
        var entities: [(key: String, mentions: Int)]
    }

    private var nodes: [String: NodeTally] = [:]
    private var edges: [EdgeKey: (weight: Int, documents: Int)] = [:]
    private var documentNodes: [DocumentTally] = []
    /// One-word and longer keys that one document named side by side and kept apart (two
    /// candidates, "Court" beside "High Court" and "Supreme Court"): never merged, so no document
    /// counts twice.
    private var keptApart = Set<[String]>()
    public private(set) var documentCount = 0

    public init(options: GraphOptions = GraphOptions()) {
        self.options = options
    }

    public mutating func add(_ record: DocumentRecord) {
        add(resolved: EntityResolver.resolvingWithinDocument(record))
    }

    /// Adds a record already passed through ``EntityResolver/resolvingWithinDocument(_:)``, for
    /// callers that need the resolved record themselves (the database takes it too).
    public mutating func add(resolved record: DocumentRecord) {
        documentCount += 1
        let published = Self.publicationDate(record.metadata.published)
        var mentionsInDocument: [String: Int] = [:]
        var sentences: [Int: Set<String>] = [:]
        for mention in record.entities where options.includes(mention.label) {
            let name = Self.name(fromKey: mention.entity)
            nodes[mention.entity, default: NodeTally(name: name, label: mention.label)].mentions += 1
            nodes[mention.entity]!.aliases.insert(mention.text)
            mentionsInDocument[mention.entity, default: 0] += 1
            sentences[mention.sentence, default: []].insert(mention.entity)
        }
        for key in mentionsInDocument.keys {
            nodes[key]!.documents += 1
            nodes[key]!.published(on: published)
        }
        let oneWord = mentionsInDocument.keys.filter { !EntityResolver.isMultiWord(Self.name(fromKey: $0)) }
        if !oneWord.isEmpty {
            for long in mentionsInDocument.keys where EntityResolver.isMultiWord(Self.name(fromKey: long)) {
                for short in oneWord where nodes[short]!.label == nodes[long]!.label {
                    let word = Self.name(fromKey: short)
                    if EntityResolver.mayJoin(word, Self.name(fromKey: long), label: nodes[long]!.label) {
                        keptApart.insert([short, long])
                    }
                }
            }
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
            guard let speaker = quote.speakerEntity, mentionsInDocument[speaker] != nil else { continue }
            let about = Set(
                record.entities.filter {
                    $0.start >= quote.start && $0.end <= quote.end && options.includes($0.label)
                }
                .map(\.entity)
            )
            for target in about.sorted() where target != speaker {
                count(EdgeKey(source: speaker, target: target, relation: .quotes))
            }
        }
        if options.includesDocuments {
            documentNodes.append(
                DocumentTally(
                    id: record.id, name: record.title ?? record.id, published: published,
                    entities: mentionsInDocument.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
                )
            )
        }
    }

    /// Where each extracted entity key ended up: keys merged across documents map to the node
    /// that absorbed them; every other key maps to itself (and is absent here).
    public func mergedKeys() -> [String: String] {
        EntityResolver.resolve(nodes.mapValues { (name: $0.name, label: $0.label, aliases: $0.aliases) })
            .filter { !keptApart.contains([$0.key, $0.value]) }
    }

    /// The graph so far: resolved across documents, pruned, sorted for stable output.
    public func build() -> EntityGraph {
        let merged = mergedKeys()
        func resolved(_ key: String) -> String { merged[key] ?? key }

        var entityTallies: [String: NodeTally] = [:]
        for (key, tally) in nodes {
            let id = resolved(key)
            var tally = tally
            tally.name = nodes[id]!.name
            if entityTallies[id] == nil { entityTallies[id] = tally } else { entityTallies[id]!.absorb(tally) }
        }
        let keptEntities = entityTallies.filter { $0.value.documents >= options.minimumDocuments }

        var entityEdges: [EdgeKey: (weight: Int, documents: Int)] = [:]
        for (key, value) in edges {
            var source = resolved(key.source)
            var target = resolved(key.target)
            if source == target { continue }
            if key.relation == .coMention && target < source { swap(&source, &target) }
            let mergedKey = EdgeKey(source: source, target: target, relation: key.relation)
            entityEdges[mergedKey, default: (0, 0)].weight += value.weight
            entityEdges[mergedKey]!.documents += value.documents
        }

        var graphNodes = keptEntities.map { id, tally in
            EntityGraph.Node(
                id: id, name: tally.name, label: tally.label.rawValue, aliases: tally.aliases.sorted(),
                mentions: tally.mentions, documents: tally.documents, firstPublished: tally.firstPublished,
                lastPublished: tally.lastPublished
            )
        }
        var graphEdges = entityEdges.compactMap { key, value -> EntityGraph.Edge? in
            guard value.weight >= options.minimumWeight, value.documents >= options.minimumDocuments,
                keptEntities[key.source] != nil, keptEntities[key.target] != nil
            else { return nil }
            return EntityGraph.Edge(
                source: key.source, target: key.target, relation: key.relation, weight: value.weight,
                documents: value.documents)
        }
        if options.includesDocuments {
            appendDocuments(to: &graphNodes, edges: &graphEdges, resolved: resolved, kept: keptEntities)
        }
        graphNodes.sort { $0.id < $1.id }
        graphEdges.sort { ($0.relation, $0.source, $0.target) < ($1.relation, $1.source, $1.target) }
        return EntityGraph(nodes: graphNodes, edges: graphEdges)
    }

    private func appendDocuments(
        to graphNodes: inout [EntityGraph.Node], edges graphEdges: inout [EntityGraph.Edge],
        resolved: (String) -> String, kept: [String: NodeTally]
    ) {
        var ids = Set<String>()
        for document in documentNodes {
            // Two records with one id (parts merged twice) stay two nodes.
            var id = EntityGraph.documentIDPrefix + document.id
            var copy = 1
            while !ids.insert(id).inserted {
                copy += 1
                id = EntityGraph.documentIDPrefix + document.id + "#\(copy)"
            }
            var mentions: [String: Int] = [:]
            for (key, count) in document.entities where kept[resolved(key)] != nil {
                mentions[resolved(key), default: 0] += count
            }
            graphNodes.append(
                EntityGraph.Node(
                    id: id, name: document.name, label: EntityGraph.documentLabel, aliases: [],
                    mentions: mentions.values.reduce(0, +), documents: 1, firstPublished: document.published,
                    lastPublished: document.published
                )
            )
            for (entity, count) in mentions {
                graphEdges.append(
                    EntityGraph.Edge(source: id, target: entity, relation: .mentions, weight: count, documents: 1))
            }
        }
    }

    /// `PERSON:Colin Kahl` → `Colin Kahl`.
    static func name(fromKey key: String) -> String {
        guard let colon = key.firstIndex(of: ":") else { return key }
        return String(key[key.index(after: colon)...])
    }

    /// The calendar date of an ISO 8601 timestamp (`2024-05-01T10:00:00Z` → `2024-05-01`);
    /// `nil` for anything else, so dates compare as strings.
    static func publicationDate(_ published: String?) -> String? {
        guard let published else { return nil }
        let bytes = Array(published.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        for index in [0, 1, 2, 3, 5, 6, 8, 9] where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
