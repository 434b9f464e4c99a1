/// Why one document could not be processed. The run records it and goes on.
public struct DocumentFailure: Error, Sendable, Equatable {
    /// Broad groups, so a report can count failures by kind.
    public enum Kind: String, Sendable, Codable {
        case unreadable  // the file or stream could not be read
        case decompression  // a .gz that is not valid gzip
        case notText  // binary content
        case malformedRecord  // a JSONL line that is not a valid record
        case fetch  // a URL that could not be fetched
        case parse  // HTML the parser could not use
        case tooLarge  // over the size limit
        case empty  // nothing to extract from
    }

    public var id: String
    public var source: String
    public var kind: Kind
    public var message: String

    public init(id: String, source: String, kind: Kind, message: String) {
        self.id = id
        self.source = source
        self.kind = kind
        self.message = message
    }
}
