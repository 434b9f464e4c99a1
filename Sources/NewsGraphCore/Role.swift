/// A title the text gives a person ("Deputy Secretary of State", "chief executive"), and the
/// organisation or country the person holds it in when the text says so: "US Deputy Secretary
/// of State Wendy Sherman", "Ann Lee, the chief executive of Acme", "Acme's chief executive Ann
/// Lee". Found per document by the extractor; the graph turns them into the person's `roles` and
/// `ROLE` edges.
public struct Role: Sendable, Equatable, Hashable, Codable {
    /// Code-point span of the title as written.
    public var start: Int
    public var end: Int
    /// The title in its canonical spelling (the gazetteer's: "Chief Executive").
    public var title: String
    /// Entity key of the person who holds it.
    public var person: String
    /// Entity key of the organisation, country or nationality it is held in, when named.
    public var organisation: String?

    public init(start: Int, end: Int, title: String, person: String, organisation: String?) {
        self.start = start
        self.end = end
        self.title = title
        self.person = person
        self.organisation = organisation
    }
}
