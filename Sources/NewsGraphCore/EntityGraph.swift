/// Entities of a corpus and how they relate: the graph stage builds it, the writers serialise it.
package struct EntityGraph: Sendable, Equatable {
    /// The label of document nodes in the bipartite document → entity graph (`--with-documents`).
    package static let documentLabel = "DOCUMENT"
    /// Prefix of document node ids, so they never collide with entity keys (`LABEL:Name`).
    package static let documentIDPrefix = "DOC:"

    /// One real-world entity across the corpus, or one document when documents are included.
    package struct Node: Sendable, Equatable {
        /// The entity key, `LABEL:Canonical Name` (`DOC:id` for a document); unique in the graph.
        package var id: String
        package var name: String
        /// An entity label's raw value (`PERSON`, `ORG`, …) or ``EntityGraph/documentLabel``.
        package var label: String
        /// Every surface form seen, sorted.
        package var aliases: [String]
        package var mentions: Int
        package var documents: Int
        /// Earliest and latest publication date (`YYYY-MM-DD`) of the documents naming it, when known.
        package var firstPublished: String?
        package var lastPublished: String?
        /// Titles the corpus gives the person, most often given first ("Deputy Secretary of State").
        package var roles: [String]

        package init(
            id: String, name: String, label: String, aliases: [String], mentions: Int, documents: Int,
            firstPublished: String? = nil, lastPublished: String? = nil, roles: [String] = []
        ) {
            self.id = id
            self.name = name
            self.label = label
            self.aliases = aliases
            self.mentions = mentions
            self.documents = documents
            self.firstPublished = firstPublished
            self.lastPublished = lastPublished
            self.roles = roles
        }

        package var isDocument: Bool { label == EntityGraph.documentLabel }
    }

    /// How two nodes are related.
    package enum Relation: String, Sendable, Equatable, Comparable, CaseIterable {
        /// Named in the same sentence; undirected, stored with `source < target`.
        case coMention = "CO_MENTION"
        /// The source is quoted speaking about the target; directed.
        case quotes = "QUOTES"
        /// A document names an entity (bipartite graph, `--with-documents`); directed.
        case mentions = "MENTIONS"
        /// A person holds a title (the edge's `title`) in an organisation or country; directed.
        case role = "ROLE"

        package var isDirected: Bool { self != .coMention }

        package static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package struct Edge: Sendable, Equatable {
        package var source: String
        package var target: String
        package var relation: Relation
        /// Sentences (co-mention), quotes (quotes), mentions (mentions) or times the title is
        /// given (role) that support the edge.
        package var weight: Int
        /// Documents in which the edge occurs.
        package var documents: Int
        /// The title of a `ROLE` edge; nil for the other relations.
        package var title: String?
        /// The first and last publication day (`YYYY-MM-DD`) of the documents with the edge;
        /// nil when none of them had a date.
        package var firstPublished: String?
        package var lastPublished: String?

        package init(
            source: String, target: String, relation: Relation, weight: Int, documents: Int, title: String? = nil,
            firstPublished: String? = nil, lastPublished: String? = nil
        ) {
            self.source = source
            self.target = target
            self.relation = relation
            self.weight = weight
            self.documents = documents
            self.title = title
            self.firstPublished = firstPublished
            self.lastPublished = lastPublished
        }
    }

    /// Sorted by id.
    package var nodes: [Node]
    /// Sorted by relation, source, target, title.
    package var edges: [Edge]

    package init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
