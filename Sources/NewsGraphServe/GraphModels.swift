import NewsGraphCore

/// One row of an entity list: what `/api/entities` gives per entity.
package struct EntitySummary: Sendable, Equatable {
    package var id: String
    package var name: String
    package var label: String
    package var mentions: Int
    package var documents: Int

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("name", name)
        writer.field("label", label)
        writer.field("mentions", mentions)
        writer.field("documents", documents)
        writer.endObject()
    }
}

/// A page of entities and how many match in all.
package struct EntityList: Sendable {
    package var entities: [EntitySummary]
    package var total: Int
}

/// One entity with everything its page shows but the lists that page separately.
package struct EntityDetail: Sendable {
    package var summary: EntitySummary
    package var aliases: [String]
    /// Titles the person is given; nil when the database has no `roles` column.
    package var roles: [String]?
    package var firstPublished: String?
    package var lastPublished: String?
    /// GeoNames' facts when the node is a place the gazetteer knows.
    package var place: EntityPlace?
    /// Documents and mentions per month (`YYYY-MM`), for the documents that carry a date.
    package var timeline: [MonthCount]

    package struct MonthCount: Sendable, Equatable {
        package var month: String
        package var documents: Int
        package var mentions: Int
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", summary.id)
        writer.field("name", summary.name)
        writer.field("label", summary.label)
        writer.field("mentions", summary.mentions)
        writer.field("documents", summary.documents)
        writer.field("aliases", aliases)
        if let roles { writer.field("roles", roles) }
        writer.field("first_published", firstPublished)
        writer.field("last_published", lastPublished)
        writer.key("place")
        if let place { place.write(to: &writer) } else { writer.value(nil as String?) }
        writer.key("timeline")
        writer.beginArray()
        for month in timeline {
            writer.beginObject()
            writer.field("month", month.month)
            writer.field("documents", month.documents)
            writer.field("mentions", month.mentions)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}

/// An edge seen from one of its ends.
package struct Neighbor: Sendable, Equatable {
    package var entity: EntitySummary
    package var relation: String
    /// `out` when the entity asked about is the edge's source, `in` when it is the target.
    package var direction: String
    package var weight: Int
    package var documents: Int
    /// A `ROLE` edge's title; nil for other relations or a database without the column.
    package var title: String?
    /// Where the two meet (``GraphReader/connect(_:to:perNeighbor:)``); nil when not asked for.
    package var sentences: [ConnectingSentence]?

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", entity.id)
        writer.field("name", entity.name)
        writer.field("label", entity.label)
        writer.field("relation", relation)
        writer.field("direction", direction)
        writer.field("weight", weight)
        writer.field("documents", documents)
        if let title { writer.field("title", title) }
        if let sentences {
            writer.key("sentences")
            writer.beginArray()
            for sentence in sentences { sentence.write(to: &writer) }
            writer.endArray()
        }
        writer.endObject()
    }
}

/// A page of neighbours, strongest first.
package struct NeighborList: Sendable {
    package var neighbors: [Neighbor]
    package var total: Int
}

/// The heaviest neighbours of one relation, and how many there are in all.
package struct NeighborGroup: Sendable {
    package var relation: String
    package var total: Int
    package var neighbors: [Neighbor]
}

/// A quote with the document it is in.
package struct QuoteItem: Sendable, Equatable {
    package var documentID: String
    package var documentTitle: String?
    package var published: String?
    package var text: String
    package var kind: String
    package var cue: String?
    package var speaker: String?
    package var speakerEntity: String?
    package var start: Int
    package var end: Int
    /// The `start` of the quote of the same document this one carries on (`Quote.continues`).
    package var continues: Int? = nil

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("document", documentID)
        writer.field("title", documentTitle)
        writer.field("published", published)
        writer.field("text", text)
        writer.field("kind", kind)
        writer.field("cue", cue)
        writer.field("speaker", speaker)
        writer.field("speaker_entity", speakerEntity)
        writer.field("start", start)
        writer.field("end", end)
        writer.field("continues", continues)
        writer.endObject()
    }
}

/// A page of quotes in document order.
package struct QuoteList: Sendable {
    package var quotes: [QuoteItem]
    package var total: Int
}

/// A document as stored: the record's fields, its mentions with their graph nodes, its quotes.
package struct StoredDocument: Sendable {
    package var id: String
    package var source: String
    package var title: String?
    package var text: String
    package var authors: [String]
    package var published: String?
    package var modified: String?
    package var language: String?
    package var siteName: String?
    package var url: String?
    package var description: String?
    package var mentions: [Mention]
    package var quotes: [QuoteItem]

    package struct Mention: Sendable, Equatable {
        package var start: Int
        package var end: Int
        package var label: String
        package var text: String
        /// The graph node the mention's key joined (what pages link to).
        package var entity: String
        /// The key the extractor gave it.
        package var key: String
        package var sentence: Int
    }

    /// The record as `newsgraph extract` prints one, with each mention's key beside its node.
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("source", source)
        writer.field("title", title)
        writer.field("text", text)
        writer.field("authors", authors)
        writer.field("published", published)
        writer.field("modified", modified)
        writer.field("language", language)
        writer.field("site_name", siteName)
        writer.field("url", url)
        writer.field("description", description)
        writer.key("entities")
        writer.beginArray()
        for mention in mentions {
            writer.beginObject()
            writer.field("start", mention.start)
            writer.field("end", mention.end)
            writer.field("label", mention.label)
            writer.field("text", mention.text)
            writer.field("entity", mention.entity)
            writer.field("key", mention.key)
            writer.field("sentence", mention.sentence)
            writer.endObject()
        }
        writer.endArray()
        writer.key("quotes")
        writer.beginArray()
        for quote in quotes {
            writer.beginObject()
            writer.field("start", quote.start)
            writer.field("end", quote.end)
            writer.field("kind", quote.kind)
            writer.field("cue", quote.cue)
            writer.field("speaker", quote.speaker)
            writer.field("speaker_entity", quote.speakerEntity)
            writer.field("continues", quote.continues)
            writer.field("text", quote.text)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}

/// One full-text hit.
package struct SearchHit: Sendable, Equatable {
    package var documentID: String
    package var title: String?
    package var published: String?
    /// Words around the matches; the matched words sit between `SearchIndex.markStart` and
    /// `SearchIndex.markEnd` (control characters no text of ours contains).
    package var snippet: String
}

/// Full-text results: documents with snippets, entities whose names match.
package struct SearchResults: Sendable {
    package var documents: [SearchHit]
    package var total: Int
    package var entities: [EntitySummary]
}
