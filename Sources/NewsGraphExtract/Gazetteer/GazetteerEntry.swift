import NewsGraphCore

/// What a gazetteer entry says about a word sequence.
public enum GazetteerCategory: Sendable, Equatable, Hashable {
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
    public init?(label: String) {
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
public struct GazetteerEntry: Sendable, Equatable {
    public var surface: String
    public var category: GazetteerCategory
    /// The name all surface forms of the entity share ("U.S." → "United States").
    public var canonical: String

    public init(surface: String, category: GazetteerCategory, canonical: String) {
        self.surface = surface
        self.category = category
        self.canonical = canonical
    }
}
