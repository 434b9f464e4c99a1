/// A record's note that its text is a near-copy of an earlier document's (a syndicated wire
/// story, a page saved twice): `duplicate_of` and `similarity` in the JSONL record and the
/// database. The copy keeps its own record; only the graph counts it once.
public struct DuplicateMark: Sendable, Equatable, Codable {
    /// The id of the first document of the run (in input order) that the text copies.
    public var of: String
    /// Estimated Jaccard similarity of the two texts' five-word shingle sets, in 0...1.
    public var similarity: Double

    public init(of original: String, similarity: Double) {
        self.of = original
        self.similarity = (similarity * 1000).rounded() / 1000
    }

    /// The two fields as written at the end of a record, each preceded by a comma.
    public func jsonFields() -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: of.utf8.count + 48)
        writer.beginObject()
        writer.field("duplicate_of", of)
        writer.field("similarity", similarity)
        writer.endObject()
        // `{"duplicate_of":…,"similarity":…}` without its braces, after a comma.
        return [UInt8(ascii: ",")] + writer.bytes.dropFirst().dropLast()
    }

    /// A JSONL line made by ``DocumentRecord/jsonLine()`` for an unmarked record, with the two
    /// fields added before its closing brace: the line the record with this mark would have.
    /// The workers encode lines before the run knows which documents are copies.
    public func marking(jsonLine line: [UInt8]) -> [UInt8] {
        var end = line.count
        while end > 0, line[end - 1] != UInt8(ascii: "}") { end -= 1 }
        guard end > 0 else { return line }
        var marked = [UInt8]()
        marked.reserveCapacity(line.count + of.utf8.count + 40)
        marked.append(contentsOf: line[..<(end - 1)])
        marked.append(contentsOf: jsonFields())
        marked.append(contentsOf: line[(end - 1)...])
        return marked
    }
}
