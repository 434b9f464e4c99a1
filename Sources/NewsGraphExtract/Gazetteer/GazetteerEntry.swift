import NewsGraphCore

/// What a gazetteer entry says about a word sequence.
package enum GazetteerCategory: Sendable, Equatable, Hashable {
    /// A named entity with a canonical name.
    case entity(EntityLabel)
    /// A given name: makes `Given Capitalised` a person.
    case givenName
    /// A title or honorific before a person's name (`President`, `Mr.`).
    case title
    /// A word that ends organisation names (`Inc`, `Ministry`, `Party`).
    case organisationSuffix
    /// Words that start organisation names (`Bank of`, `University of`).
    case organisationPrefix

    /// Parses the label column of a gazetteer file.
    package init?(label: String) {
        switch label.uppercased() {
        case "GIVEN": self = .givenName
        case "TITLE": self = .title
        case "ORGSUFFIX": self = .organisationSuffix
        case "ORGPREFIX": self = .organisationPrefix
        default:
            guard let entityLabel = EntityLabel(rawValue: label.uppercased()) else { return nil }
            self = .entity(entityLabel)
        }
    }
}

/// One surface form and what it means.
package struct GazetteerEntry: Sendable, Equatable {
    package var surface: String
    package var category: GazetteerCategory
    /// The name all surface forms of the entity share ("U.S." → "United States").
    package var canonical: String

    package init(surface: String, category: GazetteerCategory, canonical: String) {
        self.surface = surface
        self.category = category
        self.canonical = canonical
    }
}
