import GRDB
import NewsGraphCore

/// What the report (and tests) read back: the questions the indexes are there for.
extension GraphStore {
    /// A speaker with how often they are quoted and a few of their quotes.
    package struct Speaker: Sendable, Equatable {
        package var entity: String
        package var quoteCount: Int
        package var quotes: [(text: String, documentID: String)]

        package static func == (lhs: Speaker, rhs: Speaker) -> Bool {
            lhs.entity == rhs.entity && lhs.quoteCount == rhs.quoteCount
                && lhs.quotes.elementsEqual(rhs.quotes) { $0.text == $1.text && $0.documentID == $1.documentID }
        }
    }

    /// The most quoted named speakers (counted per key on the speaker index, then per node), each with up to `quotesEach` of their longer direct quotes.
    package func topSpeakers(limit: Int, quotesEach: Int) throws -> [Speaker] {
        try database.read { db in
            let counts = try Row.fetchAll(
                db,
                sql: """
                    SELECT k.entity AS speaker_entity, SUM(counted.n) AS n
                    FROM (SELECT speaker_key, COUNT(*) AS n FROM quote_rows WHERE speaker_key IS NOT NULL
                          GROUP BY speaker_key) AS counted
                    JOIN entity_keys k ON k.id = counted.speaker_key
                    GROUP BY k.entity ORDER BY n DESC, k.entity LIMIT ?
                    """,
                arguments: [limit])
            return try counts.map { row in
                let entity: String = row["speaker_entity"]
                // Ranked by the offsets' lengths (code points, as `length` counts); the text is read
                // only for the rows kept: the view's `text` would read every sorted row's whole
                // document (all of a 50 MB one).
                let quotes = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT q.document, q.start_char, q.end_char, d.record_id
                        FROM quotes q JOIN documents d ON d.id = q.document
                        WHERE q.speaker_entity = ?
                        ORDER BY q.kind = 'direct' DESC, q.end_char - q.start_char > 400,
                            q.end_char - q.start_char DESC, d.record_id
                        LIMIT ?
                        """,
                    arguments: [entity, quotesEach * 4]
                ).map { row in
                    let start: Int = row["start_char"]
                    let end: Int = row["end_char"]
                    let text = try String.fetchOne(
                        db, sql: "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                        arguments: [start + 1, end - start, row["document"] as Int64])
                    return (text: text ?? "", documentID: row["record_id"] as String)
                }
                // Agencies' stories repeat: one quote printed twice is shown once.
                var seen = Set<String>()
                let distinct = quotes.filter { seen.insert($0.text).inserted }.prefix(quotesEach)
                return Speaker(entity: entity, quoteCount: row["n"], quotes: Array(distinct))
            }
        }
    }

    /// Every quote by one speaker, in document order: `(document id, quote text)`.
    package func quotes(by speaker: String) throws -> [(documentID: String, text: String)] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.record_id, q.text FROM quotes q JOIN documents d ON d.id = q.document
                    WHERE q.speaker_entity = ? ORDER BY d.record_id, q.start_char
                    """,
                arguments: [speaker]
            ).map { ($0["record_id"], $0["text"]) }
        }
    }

    /// Ids of the documents naming an entity, sorted.
    package func documents(mentioning entity: String) throws -> [String] {
        try database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT d.record_id FROM document_entities e JOIN documents d ON d.id = e.document
                    WHERE e.entity = ? ORDER BY d.record_id
                    """,
                arguments: [entity])
        }
    }

    /// The documents with the most attributed quotes and entities, as records (mentions carry the
    /// resolved entity), most first: the report's per-document views.
    package func richestDocuments(limit: Int) throws -> [DocumentRecord] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, record_id, source, title, text, published FROM documents
                    ORDER BY quote_count DESC, entity_count DESC, record_id LIMIT ?
                    """,
                arguments: [limit])
            return try rows.map { row in
                let document: Int64 = row["id"]
                let text: String = row["text"]
                // Mention texts cut from the text read once: the view's `text` reads the whole
                // document again for each mention, quadratic in a long one.
                let codePoints = CodePointText(text)
                let entities = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT start_char, end_char, label, entity, sentence FROM mentions
                        WHERE document = ? ORDER BY start_char
                        """,
                    arguments: [document]
                ).compactMap { mention -> EntityMention? in
                    guard let label = EntityLabel(rawValue: mention["label"]) else { return nil }
                    let start: Int = mention["start_char"]
                    let end: Int = mention["end_char"]
                    return EntityMention(
                        start: start, end: end, label: label, text: codePoints.slice(start, end),
                        entity: mention["entity"],
                        sentence: mention["sentence"])
                }
                let quotes = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT start_char, end_char, kind, cue, speaker, speaker_start_char, speaker_end_char,
                            speaker_entity, continues_char FROM quotes WHERE document = ? ORDER BY start_char
                        """,
                    arguments: [document]
                ).map { quote in
                    Quote(
                        start: quote["start_char"], end: quote["end_char"],
                        kind: Quote.Kind(rawValue: quote["kind"]) ?? .direct, cue: quote["cue"],
                        speaker: quote["speaker"], speakerStart: quote["speaker_start_char"],
                        speakerEnd: quote["speaker_end_char"], speakerEntity: quote["speaker_entity"],
                        continues: quote["continues_char"])
                }
                return DocumentRecord(
                    id: row["record_id"], source: row["source"], title: row["title"], text: text,
                    metadata: ArticleMetadata(published: row["published"]), entities: entities, quotes: quotes)
            }
        }
    }

    /// Row counts of every table, for the report and the checks.
    package func tableCounts() throws -> [String: Int] {
        try database.read { db in
            var counts: [String: Int] = [:]
            for table in ["documents", "mentions", "quotes", "entities", "edges"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }
}

extension GraphStore {
    /// Every table as sorted lines of text, documents named by their record id instead of the row
    /// number: two databases built from the same records in any order have equal contents.
    package func contents() throws -> [String: [String]] {
        let queries = [
            "documents": """
            SELECT record_id, source, title, published, authors, text, entity_count, quote_count, duplicate_of,
                similarity
            FROM documents
            """,
            "mentions": """
            SELECT d.record_id, m.start_char, m.end_char, m.sentence, m.label, m.text, m.entity, m.key
            FROM mentions m JOIN documents d ON d.id = m.document
            """,
            "quotes": """
            SELECT d.record_id, q.start_char, q.end_char, q.kind, q.cue, q.speaker, q.speaker_entity, q.text
            FROM quotes q JOIN documents d ON d.id = q.document
            """,
            "entities": "SELECT * FROM entities",
            "edges": "SELECT * FROM edges",
        ]
        return try database.read { db in
            try queries.mapValues { sql in
                try Row.fetchAll(db, sql: sql).map { row in
                    row.databaseValues.map { $0.description }.joined(separator: "\t")
                }.sorted()
            }
        }
    }
}
