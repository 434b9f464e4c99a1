import NewsGraphCore

/// Merges document records into one entity graph.
///
/// Records are added one at a time and only aggregates are kept (per entity key and per pair of
/// keys), so memory grows with the number of distinct entities and edges, not with the corpus;
/// only `--with-documents` keeps one short list per document. Cross-document resolution
/// (``EntityResolver``) runs once, in ``build()``, on the aggregates, so the result does not
/// depend on the order documents arrive in and parts of a corpus merge into the same graph.
package struct GraphBuilder: Sendable {
    package let options: GraphOptions

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

    /// Entity keys are interned once: every tally and edge below is indexed by the key's
    /// number, so a document's distinct keys cost one string look-up each and its edges none.
    private var keyIDs: [String: Int32] = [:]
    private var keys: [String] = []
    private var tallies: [NodeTally] = []
    /// Edges by ``DocumentSummary/packedEdge(_:_:_:)``; co-mentions are stored with the smaller number first
    /// and oriented by name in ``build()``.
    private var edges = EdgeTallies()
    private var documentNodes: [DocumentTally] = []
    /// One-word and longer keys that one document named side by side and kept apart (two
    /// candidates, "Court" beside "High Court" and "Supreme Court"): never merged, so no document
    /// counts twice. Packed as `short << 32 | long`.
    private var keptApart = Set<UInt64>()
    package private(set) var documentCount = 0
    /// Titles by person, organisation (-1: none named) and title, with how often and in how
    /// many documents they are given.
    private var roleTallies: [RoleKey: DatedTally] = [:]
    /// Key numbers (sorted) that one document named together and that may join one node, with
    /// how many documents did (``DocumentSummary``'s `joinable`).
    private var joinable: [[Int32]: Int] = [:]
    /// Edges one document drew from one end to several keys that may join one node, with how
    /// many documents did: such a document counts once for the joined edge.
    private var joinableEdges: [JoinableEdge: Int] = [:]

    struct JoinableEdge: Hashable, Sendable {
        /// The key number at the other end; the source, except for quotes spoken by a member.
        var end: Int32
        var endIsSource: Bool
        var relation: EntityGraph.Relation
        /// Key numbers of one joinable group the end has an edge with, sorted.
        var members: [Int32]
    }

    /// By key number: the ``PlaceTable`` rows documents chose for it, with how many did.
    private var placeVotes: [Int32: [Int32: Int]] = [:]

    struct RoleKey: Hashable, Sendable {
        var person: Int32
        var organisation: Int32
        var title: String
    }

    /// How often a title is given or an edge's sentences, in how many documents, and their first
    /// and last ``Day``.
    struct DatedTally: Sendable {
        var count = 0
        var documents = 0
        var firstDay = Day.none
        var lastDay = Day.none

        mutating func absorb(count: Int, documents: Int, firstDay: Int32, lastDay: Int32) {
            self.count += count
            self.documents += documents
            self.firstDay = Day.pick(self.firstDay, firstDay, earliest: true)
            self.lastDay = Day.pick(self.lastDay, lastDay, earliest: false)
        }
    }

    private mutating func intern(_ entity: DocumentSummary.Entity) -> Int32 {
        if let id = keyIDs[entity.key] { return id }
        let id = Int32(keys.count)
        keyIDs[entity.key] = id
        keys.append(entity.key)
        tallies.append(NodeTally(name: entity.name, label: entity.label))
        return id
    }

    package init(options: GraphOptions = GraphOptions()) {
        self.options = options
    }

    package mutating func add(_ record: DocumentRecord) {
        add(resolved: EntityResolver.resolvingWithinDocument(record))
    }

    /// Adds a record already passed through ``EntityResolver/resolvingWithinDocument(_:)``.
    package mutating func add(resolved record: DocumentRecord) {
        add(DocumentSummary(resolved: record, options: options))
    }

    /// Adds a document summarised by ``DocumentSummary/init(resolved:options:)`` with this
    /// builder's options (the workers of a run do that in parallel).
    package mutating func add(_ summary: DocumentSummary) {
        documentCount += 1
        let day = Day.number(summary.published)
        var ids: [Int32] = []
        ids.reserveCapacity(summary.entities.count)
        for entity in summary.entities {
            let id = intern(entity)
            ids.append(id)
            tallies[Int(id)].mentions += entity.mentions
            for alias in entity.aliases { tallies[Int(id)].aliases.insert(alias) }
            tallies[Int(id)].documents += 1
            tallies[Int(id)].published(on: summary.published)
        }
        // Keys the document folded into others: known, with nothing counted, so the resolution
        // maps them (for the database) where the document put them.
        for key in summary.folded where keyIDs[key] == nil {
            let name = EntityResolver.name(key)
            _ = intern(
                DocumentSummary.Entity(
                    key: key, label: EntityResolver.label(ofKey: key) ?? .norp, name: name,
                    isMultiWord: EntityResolver.isMultiWord(name)))
        }
        for pair in summary.keptApart {
            keptApart.insert(UInt64(UInt32(ids[Int(pair.short)])) << 32 | UInt64(UInt32(ids[Int(pair.long)])))
        }
        for group in summary.joinable {
            joinable[group.map { ids[Int($0)] }.sorted(), default: 0] += 1
        }
        if !summary.joinable.isEmpty { noteJoinableEdges(summary, ids: ids) }
        for role in summary.roles {
            let organisation = role.organisation < 0 ? -1 : ids[Int(role.organisation)]
            let key = RoleKey(person: ids[Int(role.person)], organisation: organisation, title: role.title)
            roleTallies[key, default: DatedTally()].absorb(count: role.count, documents: 1, firstDay: day, lastDay: day)
        }
        for vote in summary.placeVotes {
            placeVotes[ids[Int(vote.position)], default: [:]][vote.row, default: 0] += 1
        }
        for (packed, weight) in summary.edges {
            let local = DocumentSummary.unpackedEdge(packed)
            var source = ids[Int(local.source)]
            var target = ids[Int(local.target)]
            if local.relation == .coMention && target < source { swap(&source, &target) }
            edges.add(DocumentSummary.packedEdge(source, target, local.relation), weight: weight, day: day)
        }
        if options.includesDocuments {
            documentNodes.append(
                DocumentTally(
                    id: summary.id, name: summary.title ?? summary.id, published: summary.published,
                    entities: summary.entities.map { ($0.key, $0.mentions) }.sorted { $0.key < $1.key }
                )
            )
        }
    }

    /// Records, per joinable group of the document, each end that has edges to two or more of
    /// the group's keys.
    private mutating func noteJoinableEdges(_ summary: DocumentSummary, ids: [Int32]) {
        for group in summary.joinable {
            let members = Set(group)
            var byEnd: [JoinableEdge: Set<Int32>] = [:]
            for (packed, _) in summary.edges {
                let edge = DocumentSummary.unpackedEdge(packed)
                let sourceIn = members.contains(edge.source)
                let targetIn = members.contains(edge.target)
                guard sourceIn != targetIn else { continue }
                let endIsSource = edge.relation == .coMention || targetIn
                let end = targetIn ? edge.source : edge.target
                let member = targetIn ? edge.target : edge.source
                let key = JoinableEdge(
                    end: ids[Int(end)], endIsSource: endIsSource, relation: edge.relation, members: [])
                byEnd[key, default: []].insert(ids[Int(member)])
            }
            for (key, linked) in byEnd where linked.count > 1 {
                var edge = key
                edge.members = linked.sorted()
                joinableEdges[edge, default: 0] += 1
            }
        }
    }

    /// Where each extracted entity key ended up: keys merged across documents map to the node
    /// that absorbed them; every other key maps to itself (and is absent here).
    package func mergedKeys() -> [String: String] {
        var entities: [String: EntityResolver.Entity] = [:]
        for (id, tally) in tallies.enumerated() {
            entities[keys[id]] = (
                name: tally.name, label: tally.label, aliases: tally.aliases, mentions: tally.mentions
            )
        }
        return EntityResolver.resolve(entities, keepsNationalities: options.keepsNationalities) { short, long in
            guard let shortID = keyIDs[short], let longID = keyIDs[long] else { return false }
            return keptApart.contains(UInt64(UInt32(shortID)) << 32 | UInt64(UInt32(longID)))
        }
    }

    /// The graph so far: resolved across documents, pruned, sorted for stable output.
    package func build() -> EntityGraph {
        build(mergedKeys: mergedKeys())
    }

    /// ``build()`` with the resolution ``mergedKeys()`` already made (a caller that needs both
    /// resolves once).
    package func build(mergedKeys merged: [String: String]) -> EntityGraph {
        func resolved(_ key: String) -> String { merged[key] ?? key }

        var entityTallies: [String: NodeTally] = [:]
        for (index, tally) in tallies.enumerated() {
            let id = resolved(keys[index])
            var tally = tally
            // The node is named and labelled by the key it is: a key no document used (a
            // nationality's country) by its own text.
            if let target = keyIDs[id] {
                tally.name = tallies[Int(target)].name
                tally.label = tallies[Int(target)].label
            } else {
                tally.name = EntityResolver.name(id)
                tally.label = EntityResolver.label(ofKey: id) ?? tally.label
            }
            if entityTallies[id] == nil { entityTallies[id] = tally } else { entityTallies[id]!.absorb(tally) }
        }
        // A document that named two keys of one node counts once.
        for (group, count) in joinable {
            var members: [String: Int] = [:]
            for id in group { members[resolved(keys[Int(id)]), default: 0] += 1 }
            for (node, number) in members where number > 1 { entityTallies[node]?.documents -= (number - 1) * count }
        }
        let keptEntities = entityTallies.filter { $0.value.documents >= options.minimumDocuments }

        var entityEdges: [EdgeKey: DatedTally] = [:]
        for value in edges {
            let key = DocumentSummary.unpackedEdge(value.key)
            var source = resolved(keys[Int(key.source)])
            var target = resolved(keys[Int(key.target)])
            if source == target { continue }
            if key.relation == .coMention && target < source { swap(&source, &target) }
            let mergedKey = EdgeKey(source: source, target: target, relation: key.relation)
            entityEdges[mergedKey, default: DatedTally()].absorb(
                count: value.weight, documents: value.documents, firstDay: value.firstDay, lastDay: value.lastDay)
        }

        for (edge, count) in joinableEdges {
            let end = resolved(keys[Int(edge.end)])
            var members: [String: Int] = [:]
            for id in edge.members { members[resolved(keys[Int(id)]), default: 0] += 1 }
            for (node, number) in members where number > 1 && node != end {
                var source = edge.endIsSource ? end : node
                var target = edge.endIsSource ? node : end
                if edge.relation == .coMention && target < source { swap(&source, &target) }
                entityEdges[EdgeKey(source: source, target: target, relation: edge.relation)]?.documents -=
                    (number - 1) * count
            }
        }

        let (titles, roleEdges) = resolvedRoles(resolved: resolved, kept: keptEntities)
        var votesByNode: [String: [Int32: Int]] = [:]
        for (key, votes) in placeVotes {
            votesByNode[resolved(keys[Int(key)]), default: [:]].merge(votes, uniquingKeysWith: +)
        }
        var graphNodes = keptEntities.map { id, tally in
            EntityGraph.Node(
                id: id, name: tally.name, label: tally.label.rawValue, aliases: tally.aliases.sorted(),
                mentions: tally.mentions, documents: tally.documents, firstPublished: tally.firstPublished,
                lastPublished: tally.lastPublished, roles: titles[id] ?? [],
                place: tally.label == .gpe || tally.label == .loc
                    ? PlaceTable.shared.place(named: tally.name, votes: votesByNode[id] ?? [:]) : nil
            )
        }
        var graphEdges = entityEdges.compactMap { key, value -> EntityGraph.Edge? in
            guard value.count >= options.minimumWeight, value.documents >= options.minimumDocuments,
                keptEntities[key.source] != nil, keptEntities[key.target] != nil
            else { return nil }
            return EntityGraph.Edge(
                source: key.source, target: key.target, relation: key.relation, weight: value.count,
                documents: value.documents, firstPublished: Day.date(value.firstDay),
                lastPublished: Day.date(value.lastDay))
        }
        graphEdges += roleEdges
        if options.includesDocuments {
            appendDocuments(to: &graphNodes, edges: &graphEdges, resolved: resolved, kept: keptEntities)
        }
        graphNodes.sort { $0.id < $1.id }
        return EntityGraph(nodes: graphNodes, edges: Self.sortedEdges(graphEdges, nodes: graphNodes))
    }

    /// Each kept person's titles (most often given first, then by title) and the `ROLE` edges
    /// to the kept organisations they serve, on the resolved keys. A title counts once per
    /// document and edge; the edges follow the same support thresholds as the others.
    private func resolvedRoles(
        resolved: (String) -> String, kept: [String: NodeTally]
    ) -> (titles: [String: [String]], edges: [EntityGraph.Edge]) {
        var titleCounts: [String: [String: Int]] = [:]
        var edges: [EdgeKey: [String: DatedTally]] = [:]
        for (key, tally) in roleTallies {
            let person = resolved(keys[Int(key.person)])
            guard kept[person] != nil else { continue }
            titleCounts[person, default: [:]][key.title, default: 0] += tally.count
            guard key.organisation >= 0 else { continue }
            let organisation = resolved(keys[Int(key.organisation)])
            guard organisation != person, kept[organisation] != nil else { continue }
            let edge = EdgeKey(source: person, target: organisation, relation: .role)
            edges[edge, default: [:]][key.title, default: DatedTally()].absorb(
                count: tally.count, documents: tally.documents, firstDay: tally.firstDay, lastDay: tally.lastDay)
        }
        let titles = titleCounts.mapValues { counts in
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        }
        var graphEdges: [EntityGraph.Edge] = []
        for (edge, byTitle) in edges {
            for (title, value) in byTitle
            where value.count >= options.minimumWeight && value.documents >= options.minimumDocuments {
                graphEdges.append(
                    EntityGraph.Edge(
                        source: edge.source, target: edge.target, relation: .role, weight: value.count,
                        documents: value.documents, title: title, firstPublished: Day.date(value.firstDay),
                        lastPublished: Day.date(value.lastDay)))
            }
        }
        return (titles, graphEdges)
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
                    EntityGraph.Edge(
                        source: id, target: entity, relation: .mentions, weight: count, documents: 1,
                        firstPublished: document.published, lastPublished: document.published))
            }
        }
    }
}
