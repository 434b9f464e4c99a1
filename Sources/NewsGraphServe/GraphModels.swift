import NewsGraphCore

/// One row of an entity list: what `/api/entities` gives per entity.
public struct EntitySummary: Sendable, Equatable {
    public var id: String
    public var name: String
    public var label: String
    public var mentions: Int
    public var documents: Int

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
public struct EntityList: Sendable {
    public var entities: [EntitySummary]
    public var total: Int
}

/// One entity with everything its page shows but the lists that page separately.
public struct EntityDetail: Sendable {
    public var summary: EntitySummary
    public var aliases: [String]
    /// Titles the person is given; nil when the database has no `roles` column.
    public var roles: [String]?
    public var firstPublished: String?
    public var lastPublished: String?
    /// Documents and mentions per month (`YYYY-MM`), for the documents that carry a date.
    public var timeline: [MonthCount]

    public struct MonthCount: Sendable, Equatable {
        public var month: String
        public var documents: Int
        public var mentions: Int
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
public struct Neighbor: Sendable, Equatable {
    public var entity: EntitySummary
    public var relation: String
    /// `out` when the entity asked about is the edge's source, `in` when it is the target.
    public var direction: String
    public var weight: Int
    public var documents: Int
    /// A `ROLE` edge's title; nil for other relations or a database without the column.
    public var title: String?

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
        writer.endObject()
    }
}

/// A page of neighbours, strongest first.
public struct NeighborList: Sendable {
    public var neighbors: [Neighbor]
    public var total: Int
}

/// A quote with the document it is in.
public struct QuoteItem: Sendable, Equatable {
    public var documentID: String
    public var documentTitle: String?
    public var published: String?
    public var text: String
    public var kind: String
    public var cue: String?
    public var speaker: String?
    public var speakerEntity: String?
    public var start: Int
    public var end: Int

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
        writer.endObject()
    }
}

/// A page of quotes in document order.
public struct QuoteList: Sendable {
    public var quotes: [QuoteItem]
    public var total: Int
}

/// A document as stored: the record's fields, its mentions with their graph nodes, its quotes.
public struct StoredDocument: Sendable {
    public var id: String
    public var source: String
    public var title: String?
    public var text: String
    public var authors: [String]
    public var published: String?
    public var modified: String?
    public var language: String?
    public var siteName: String?
    public var url: String?
    public var description: String?
    public var mentions: [Mention]
    public var quotes: [QuoteItem]

    public struct Mention: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var label: String
        public var text: String
        /// The graph node the mention's key joined (what pages link to).
        public var entity: String
        /// The key the extractor gave it.
        public var key: String
        public var sentence: Int
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
            writer.field("text", quote.text)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }
}

/// One full-text hit.
public struct SearchHit: Sendable, Equatable {
    public var documentID: String
    public var title: String?
    public var published: String?
    /// Words around the matches; the matched words sit between `SearchIndex.markStart` and
    /// `SearchIndex.markEnd` (control characters no text of ours contains).
    public var snippet: String
}

/// Full-text results: documents with snippets, entities whose names match.
public struct SearchResults: Sendable {
    public var documents: [SearchHit]
    public var total: Int
    public var entities: [EntitySummary]
}
