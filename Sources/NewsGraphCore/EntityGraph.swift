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
        /// The GeoNames place a GPE or LOC node stands for, when the gazetteer knows its name.
        package var place: Place?

        package init(
            id: String, name: String, label: String, aliases: [String], mentions: Int, documents: Int,
            firstPublished: String? = nil, lastPublished: String? = nil, roles: [String] = [], place: Place? = nil
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
            self.place = place
        }

        package var isDocument: Bool { label == EntityGraph.documentLabel }
    }

    /// What GeoNames says of a place node, and why this place among those of its name.
    package struct Place: Sendable, Equatable {
        /// Why a name that can mean several places means this one.
        package enum Reason: String, Sendable, Equatable {
            /// The name means one place.
            case only
            /// The documents naming it name other places in its country or first-level division.
            case context
            /// No document's other places told: the most prominent place of the name (country,
            /// then capital, then first-level division, then city by population).
            case prominence
        }

        /// The GeoNames id; nil for a division GeoNames' packaged data gives none.
        package var geonamesID: Int?
        /// ISO 3166-1 alpha-2; empty for a continent.
        package var countryCode: String
        /// GeoNames' feature class: `A` country or division, `P` city, `L` continent.
        package var featureClass: String
        package var latitude: Double?
        package var longitude: Double?
        package var reason: Reason

        package init(
            geonamesID: Int?, countryCode: String, featureClass: String, latitude: Double?, longitude: Double?,
            reason: Reason
        ) {
            self.geonamesID = geonamesID
            self.countryCode = countryCode
            self.featureClass = featureClass
            self.latitude = latitude
            self.longitude = longitude
            self.reason = reason
        }
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

        /// The order of the raw values (`CO_MENTION` < `MENTIONS` < `QUOTES` < `ROLE`) as a number:
        /// sorting a graph's edges compares relations often, and a raw value is a `String` made
        /// anew each time.
        private var rank: Int {
            switch self {
            case .coMention: 0
            case .mentions: 1
            case .quotes: 2
            case .role: 3
            }
        }

        package static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rank < rhs.rank }
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

        /// The graph's edge order: by relation, source, target, then title (none as empty). Written
        /// out rather than as a tuple, which copies the edge's strings for every comparison.
        package static func precedes(_ lhs: Edge, _ rhs: Edge) -> Bool {
            if lhs.relation != rhs.relation { return lhs.relation < rhs.relation }
            if lhs.source != rhs.source { return lhs.source < rhs.source }
            if lhs.target != rhs.target { return lhs.target < rhs.target }
            return (lhs.title ?? "") < (rhs.title ?? "")
        }

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
