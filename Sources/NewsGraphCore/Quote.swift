/// Something a person or organisation is reported as saying.
public struct Quote: Sendable, Equatable, Hashable, Codable {
    /// How the words are reported.
    public enum Kind: String, Sendable, Codable {
        /// The speaker's words inside quotation marks.
        case direct
        /// Reported speech that embeds quoted words.
        case mixed
        /// Reported speech: `X said that …`.
        case indirect
    }

    /// Code-point span of the quoted or reported words (inside the marks for a direct quote).
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The reporting word or phrase ("said", "according to"), if any.
    public var cue: String?
    /// The resolved speaker's name ("Colin Kahl"), or the role text ("an Iranian official").
    public var speaker: String?
    /// Code-point span of the speaker mention nearest the cue ("Kahl", "He").
    public var speakerStart: Int?
    public var speakerEnd: Int?
    /// Entity key of the speaker when it resolves to a named entity.
    public var speakerEntity: String?
    /// The `start` of the quote of the same document whose words this one carries on: one
    /// quotation cut by its own speech tag (`"A," she said, "B."`) or running over paragraphs
    /// stays two quotes, each the exact words in its marks, linked here rather than joined
    /// into one span that would hold the tag.
    public var continues: Int?

    public init(
        start: Int, end: Int, kind: Kind, cue: String?, speaker: String?,
        speakerStart: Int?, speakerEnd: Int?, speakerEntity: String?, continues: Int? = nil
    ) {
        self.start = start
        self.end = end
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.speakerStart = speakerStart
        self.speakerEnd = speakerEnd
        self.speakerEntity = speakerEntity
        self.continues = continues
    }
}
