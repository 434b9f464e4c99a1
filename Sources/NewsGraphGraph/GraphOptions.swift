import NewsGraphCore

/// What goes into the graph: which labels, how much support an entity or a relation needs, and
/// whether documents become nodes.
package struct GraphOptions: Sendable, Equatable {
    /// Entity labels that become nodes; `nil` means every name label (values never do by default).
    package var labels: Set<EntityLabel>?
    /// Entity relations (co-mention, quotes) with a smaller weight are dropped.
    package var minimumWeight: Int
    /// Entities and entity relations seen in fewer documents are dropped.
    package var minimumDocuments: Int
    /// Adds one node per document and a `MENTIONS` edge to each entity it names.
    package var includesDocuments: Bool
    /// Keeps nationality words (`NORP:Israeli`) as nodes of their own instead of joining
    /// them to their country (``Nationalities``).
    package var keepsNationalities: Bool

    package init(
        labels: Set<EntityLabel>? = nil, minimumWeight: Int = 1, minimumDocuments: Int = 1,
        includesDocuments: Bool = false, keepsNationalities: Bool = false
    ) {
        self.labels = labels
        self.minimumWeight = minimumWeight
        self.minimumDocuments = minimumDocuments
        self.includesDocuments = includesDocuments
        self.keepsNationalities = keepsNationalities
    }

    package func includes(_ label: EntityLabel) -> Bool { labels?.contains(label) ?? label.isName }
}
