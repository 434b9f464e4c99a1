/// A document as the fetch stage delivers it: raw bytes and what is known about them.
///
/// Bytes stay undecoded here; the parse stage decides the encoding, because only it can read
/// `<meta charset>` and only it knows whether the bytes are HTML.
public struct SourceDocument: Sendable {
    /// How the parse stage should read `content`.
    public enum Format: String, Sendable {
        case text
        case html
    }

    public var id: String
    /// Path or URL the document came from.
    public var source: String
    public var format: Format
    public var content: [UInt8]
    /// Charset named by the transport (HTTP `Content-Type`), if any.
    public var declaredCharset: String?
    /// The address the bytes were fetched from (a URL input, a WARC record's target URI).
    public var url: String?
    /// When the bytes were fetched (a WARC record's `WARC-Date`); the record's `published`
    /// falls back to it when the page itself names no date.
    public var date: String?

    public init(
        id: String, source: String, format: Format, content: [UInt8], declaredCharset: String? = nil,
        url: String? = nil, date: String? = nil
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.content = content
        self.declaredCharset = declaredCharset
        self.url = url
        self.date = date
    }
}

/// A document after the parse stage: clean article text and metadata.
public struct ParsedDocument: Sendable {
    public var id: String
    public var source: String
    public var title: String?
    /// Article text; paragraphs are separated by a blank line.
    public var text: String
    public var metadata: ArticleMetadata
    /// Set when the bytes were not valid UTF-8 and were decoded another way ("windows-1252").
    public var decodingFallback: String?
    /// Characters repaired because the page had been decoded twice (`â€™` for `’`).
    public var mojibakeRepaired: Int

    public init(
        id: String, source: String, title: String?, text: String,
        metadata: ArticleMetadata = ArticleMetadata(), decodingFallback: String? = nil, mojibakeRepaired: Int = 0
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.text = text
        self.metadata = metadata
        self.decodingFallback = decodingFallback
        self.mojibakeRepaired = mojibakeRepaired
    }
}
