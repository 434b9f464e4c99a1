import NewsGraphCore

/// Words of a document where an entity and its neighbour meet: the sentence naming both (a
/// co-mention, a title), or the quotation in which one speaks of the other.
package struct ConnectingSentence: Sendable, Equatable {
    package var documentID: String
    package var documentTitle: String?
    /// Code-point offsets of the words in the document's text (the record's offsets).
    package var start: Int
    package var end: Int
    /// The words, with `…` where a long sentence was shortened around the names.
    package var text: String
    /// The two entities' mentions inside `text`, as code-point offsets into `text`: what the
    /// entity page marks.
    package var marks: [Range<Int>]
    /// The quotation's kind (`direct`, `mixed`, `indirect`) when the words are one speaker's
    /// about the other; nil for a sentence.
    package var quote: String?

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("document", documentID)
        writer.field("title", documentTitle)
        writer.field("start", start)
        writer.field("end", end)
        writer.field("text", text)
        if let quote { writer.field("quote", quote) }
        writer.endObject()
    }
}
