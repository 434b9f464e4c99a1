import Foundation

extension DocumentRecord {
    /// Field names of the JSONL record; shared by the writer and the reader.
    enum CodingKeys: String, CodingKey {
        case id, source, title, text, authors, published, modified, language
        case siteName = "site_name"
        case url, description, extraction, entities, quotes, roles
        case duplicateOf = "duplicate_of"
        case similarity
        case dateSource = "date_source"
    }

    /// Writes the record as one JSON object (no newline).
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("source", source)
        writer.field("title", title)
        writer.field("text", text)
        writer.field("authors", metadata.authors)
        writer.field("published", metadata.published)
        writer.field("modified", metadata.modified)
        writer.field("language", metadata.language)
        writer.field("site_name", metadata.siteName)
        writer.field("url", metadata.url)
        writer.field("description", metadata.description)
        writer.field("extraction", metadata.extraction)
        // Only for a date the page did not give: records of dated pages keep their bytes.
        if let dateSource = metadata.dateSource { writer.field("date_source", dateSource) }
        writer.key("entities")
        writer.beginArray()
        for mention in entities { mention.write(to: &writer) }
        writer.endArray()
        writer.key("quotes")
        writer.beginArray()
        for quote in quotes { quote.write(to: &writer) }
        writer.endArray()
        writer.key("roles")
        writer.beginArray()
        for role in roles { role.write(to: &writer) }
        writer.endArray()
        if let duplicate {
            writer.field("duplicate_of", duplicate.of)
            writer.field("similarity", duplicate.similarity)
        }
        writer.endObject()
    }

    /// The record as one line of JSONL, newline included.
    public func jsonLine() -> [UInt8] {
        // Room for the whole line at once: the text, about 90 bytes an entity, 250 a quote.
        var writer = JSONWriter(
            reservingCapacity: text.utf8.count * 11 / 10 + entities.count * 90 + quotes.count * 250 + 512)
        write(to: &writer)
        writer.newline()
        return writer.bytes
    }

    /// Reads a record written by ``jsonLine()``.
    public static func decode(jsonLine line: some Collection<UInt8>) throws -> DocumentRecord {
        try JSONDecoder().decode(DocumentRecord.self, from: Data(line))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            source: try container.decodeIfPresent(String.self, forKey: .source) ?? "",
            title: try container.decodeIfPresent(String.self, forKey: .title),
            text: try container.decodeIfPresent(String.self, forKey: .text) ?? "",
            metadata: ArticleMetadata(
                authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
                published: try container.decodeIfPresent(String.self, forKey: .published),
                modified: try container.decodeIfPresent(String.self, forKey: .modified),
                language: try container.decodeIfPresent(String.self, forKey: .language),
                siteName: try container.decodeIfPresent(String.self, forKey: .siteName),
                url: try container.decodeIfPresent(String.self, forKey: .url),
                description: try container.decodeIfPresent(String.self, forKey: .description),
                extraction: try container.decodeIfPresent(String.self, forKey: .extraction),
                dateSource: try container.decodeIfPresent(String.self, forKey: .dateSource)
            ),
            entities: try container.decodeIfPresent([EntityMention].self, forKey: .entities) ?? [],
            quotes: try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
            roles: try container.decodeIfPresent([Role].self, forKey: .roles) ?? []
        )
        if let original = try container.decodeIfPresent(String.self, forKey: .duplicateOf) {
            duplicate = DuplicateMark(
                of: original, similarity: try container.decodeIfPresent(Double.self, forKey: .similarity) ?? 1)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(metadata.authors, forKey: .authors)
        try container.encode(metadata.published, forKey: .published)
        try container.encode(metadata.modified, forKey: .modified)
        try container.encode(metadata.language, forKey: .language)
        try container.encode(metadata.siteName, forKey: .siteName)
        try container.encode(metadata.url, forKey: .url)
        try container.encode(metadata.description, forKey: .description)
        try container.encode(metadata.extraction, forKey: .extraction)
        try container.encodeIfPresent(metadata.dateSource, forKey: .dateSource)
        try container.encode(entities, forKey: .entities)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(roles, forKey: .roles)
        if let duplicate {
            try container.encode(duplicate.of, forKey: .duplicateOf)
            try container.encode(duplicate.similarity, forKey: .similarity)
        }
    }
}

extension EntityMention {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("start", start)
        writer.field("end", end)
        writer.field("label", label.rawValue)
        writer.field("text", text)
        writer.field("entity", entity)
        writer.field("sentence", sentence)
        writer.endObject()
    }
}

extension Quote {
    enum CodingKeys: String, CodingKey {
        case start, end, kind, cue, speaker
        case speakerStart = "speaker_start"
        case speakerEnd = "speaker_end"
        case speakerEntity = "speaker_entity"
        case continues
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("start", start)
        writer.field("end", end)
        writer.field("kind", kind.rawValue)
        writer.field("cue", cue)
        writer.field("speaker", speaker)
        writer.field("speaker_start", speakerStart)
        writer.field("speaker_end", speakerEnd)
        writer.field("speaker_entity", speakerEntity)
        writer.field("continues", continues)
        writer.endObject()
    }
}

extension Role {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("start", start)
        writer.field("end", end)
        writer.field("title", title)
        writer.field("person", person)
        writer.field("organisation", organisation)
        writer.endObject()
    }
}
