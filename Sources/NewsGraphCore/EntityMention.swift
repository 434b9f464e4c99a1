/// One mention of a named entity in a document's text.
public struct EntityMention: Sendable, Equatable, Hashable, Codable {
    /// Code-point offset of the first character.
    public var start: Int
    /// Code-point offset just past the last character.
    public var end: Int
    public var label: EntityLabel
    /// The mention as written ("Kahl").
    public var text: String
    /// Key of the entity the mention refers to, shared by all its mentions ("PERSON:Colin Kahl").
    public var entity: String
    /// Index of the sentence holding the mention; the graph stage counts co-mentions per sentence.
    public var sentence: Int

    public init(start: Int, end: Int, label: EntityLabel, text: String, entity: String, sentence: Int) {
        self.start = start
        self.end = end
        self.label = label
        self.text = text
        self.entity = entity
        self.sentence = sentence
    }
}

/// OntoNotes entity types, the names spaCy uses, so downstream tools need no mapping.
public enum EntityLabel: String, Sendable, Codable, CaseIterable, Comparable {
    case person = "PERSON"
    case org = "ORG"
    case gpe = "GPE"
    case loc = "LOC"
    case norp = "NORP"
    case fac = "FAC"
    case product = "PRODUCT"
    case event = "EVENT"
    case workOfArt = "WORK_OF_ART"
    case law = "LAW"
    case language = "LANGUAGE"
    case date = "DATE"
    case time = "TIME"
    case money = "MONEY"
    case percent = "PERCENT"
    case quantity = "QUANTITY"
    case ordinal = "ORDINAL"
    case cardinal = "CARDINAL"

    /// Names, as opposed to values (dates, amounts): only these become graph nodes by default.
    public var isName: Bool {
        switch self {
        case .person, .org, .gpe, .loc, .norp, .fac, .product, .event, .workOfArt, .law, .language: true
        default: false
        }
    }

    public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The entity key for a canonical name under this label: `PERSON:Colin Kahl`.
    public func key(for canonicalName: String) -> String {
        // Appended rather than interpolated: a key is made for every mention.
        var key = rawValue
        let length = key.utf8.count + 1 + canonicalName.utf8.count
        if length > 15 { key.reserveCapacity(length) }
        key.append(":")
        key.append(canonicalName)
        return key
    }
}
