/// Entities of a corpus and how they relate: the graph stage builds it, the writers serialise it.
public struct EntityGraph: Sendable, Equatable {
    /// One real-world entity across the corpus.
    public struct Node: Sendable, Equatable {
        /// The entity key, `LABEL:Canonical Name`; unique in the graph.
        public var id: String
        public var name: String
        public var label: EntityLabel
        /// Every surface form seen, sorted.
        public var aliases: [String]
        public var mentions: Int
        public var documents: Int

        public init(id: String, name: String, label: EntityLabel, aliases: [String], mentions: Int, documents: Int) {
            self.id = id
            self.name = name
            self.label = label
            self.aliases = aliases
            self.mentions = mentions
            self.documents = documents
        }
    }

    /// How two entities are related.
    public enum Relation: String, Sendable, Equatable, Comparable {
        /// Named in the same sentence; undirected, stored with `source < target`.
        case coMention = "CO_MENTION"
        /// The source is quoted speaking about the target; directed.
        case quotes = "QUOTES"

        public var isDirected: Bool { self == .quotes }

        public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public struct Edge: Sendable, Equatable {
        public var source: String
        public var target: String
        public var relation: Relation
        /// Sentences (co-mention) or quotes (quotes) that support the edge.
        public var weight: Int
        /// Documents in which the edge occurs.
        public var documents: Int

        public init(source: String, target: String, relation: Relation, weight: Int, documents: Int) {
            self.source = source
            self.target = target
            self.relation = relation
            self.weight = weight
            self.documents = documents
        }
    }

    /// Sorted by id.
    public var nodes: [Node]
    /// Sorted by relation, source, target.
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
