/// One document as NewsGraph writes it: `documents.jsonl` and `newsgraph extract` print one a line.
///
/// This is the contract between the extract stage and everything after it (the graph stage, the
/// `graph` command, users' own scripts). All offsets are Unicode code-point offsets into `text`,
/// end exclusive, so Python's `text[start:end]` returns the mention.
public struct DocumentRecord: Sendable, Equatable, Codable {
    public var id: String
    public var source: String
    public var title: String?
    public var text: String
    public var metadata: ArticleMetadata
    public var entities: [EntityMention]
    public var quotes: [Quote]
    /// Titles of the persons named, with what they serve (``Role``).
    public var roles: [Role]
    /// Set when the text nearly copies an earlier document of the run (`duplicate_of`,
    /// `similarity`; both absent otherwise).
    public var duplicate: DuplicateMark?

    public init(
        id: String, source: String, title: String?, text: String,
        metadata: ArticleMetadata = ArticleMetadata(),
        entities: [EntityMention] = [], quotes: [Quote] = [], roles: [Role] = [],
        duplicate: DuplicateMark? = nil
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.text = text
        self.metadata = metadata
        self.entities = entities
        self.quotes = quotes
        self.roles = roles
        self.duplicate = duplicate
    }
}

/// What the parse stage learns about an article besides its text. Every field is optional:
/// a plain-text file has none of them, a well-made news page most.
public struct ArticleMetadata: Sendable, Equatable, Codable {
    public var authors: [String]
    public var published: String?
    public var modified: String?
    public var language: String?
    public var siteName: String?
    public var url: String?
    public var description: String?
    /// How a web page's text was found: `container` (the scored article container),
    /// `declared` (the body the page declares in JSON-LD or an inline JSON data island) or
    /// `fallback` (the page's densest text, or all of it). Nil for plain text.
    public var extraction: String?
    /// Where `published` came from when the page itself names no date: `feed` (the feed or
    /// sitemap that announced the article) or `fetched` (when the bytes were fetched or
    /// archived). Nil when the date is the page's own, or there is none.
    public var dateSource: String?

    public init(
        authors: [String] = [], published: String? = nil, modified: String? = nil,
        language: String? = nil, siteName: String? = nil, url: String? = nil,
        description: String? = nil, extraction: String? = nil, dateSource: String? = nil
    ) {
        self.authors = authors
        self.published = published
        self.modified = modified
        self.language = language
        self.siteName = siteName
        self.url = url
        self.description = description
        self.extraction = extraction
        self.dateSource = dateSource
    }
}
