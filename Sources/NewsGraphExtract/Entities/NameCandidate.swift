import NewsGraphCore

/// A possible name, before the document-level pass decides its label and entity.
struct NameCandidate: Sendable {
    /// How much the label can be trusted, weakest first.
    enum Evidence: Int, Comparable, Sendable {
        /// Only capitalisation; resolved by other mentions or dropped.
        case none
        /// A nearby word suggests the label ("in X", "X said").
        case context
        /// The shape of the name (an acronym, a multi-word capitalised sequence).
        case shape
        /// A rule: title + name, given name + surname, name + organisation suffix.
        case pattern
        /// The gazetteer knows this exact name.
        case gazetteer

        static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var tokens: Range<Int>
    var label: EntityLabel?
    /// Canonical name from the gazetteer, if known.
    var canonical: String?
    var evidence: Evidence
    /// The name starts a sentence (capitals prove nothing there).
    var isSentenceInitial: Bool
    /// The name sits in an ALL-CAPS line: its case proves nothing either.
    var isInCapsLine: Bool = false
    /// The name sits in a title-case line (a heading, a menu item, a label) whose capitals prove
    /// nothing either.
    var isInHeading: Bool = false
}
