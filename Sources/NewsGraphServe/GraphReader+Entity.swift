import GRDB

/// One entity: its row, its timeline, its edges and its quotes.
extension GraphReader {
    /// The entity with this node id, or nil.
    package func entity(id: String) async throws -> EntityDetail? {
        let hasRoles = self.hasRoles
        return try await pool.read { db in
            // `*`: columns other branches add or drop are read by name, when present.
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entities WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let timeline = try Row.fetchAll(
                db,
                sql: """
                    SELECT substr(d.published, 1, 7) AS month, COUNT(DISTINCT d.id) AS documents,
                        SUM(dk.mentions) AS mentions
                    FROM entity_keys k JOIN document_keys dk ON dk.key = k.id JOIN documents d ON d.id = dk.document
                    WHERE k.entity = ? AND d.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
                    GROUP BY month ORDER BY month
                    """,
                arguments: [id]
            ).map { EntityDetail.MonthCount(month: $0["month"], documents: $0["documents"], mentions: $0["mentions"]) }
            return EntityDetail(
                summary: Self.summary(row), aliases: Self.stringArray(row["aliases"]),
                roles: hasRoles ? Self.stringArray(row["roles"]) : nil,
                firstPublished: row["first_published"], lastPublished: row["last_published"], timeline: timeline)
        }
    }

    /// Whether a node with this id exists.
    package func hasEntity(id: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?)", arguments: [id]) ?? false
        }
    }

    /// The entity's edges in both directions, of one relation if given, heaviest first; nil when
    /// there is no such entity.
    package func neighbors(of id: String, relation: String?, limit: Int, offset: Int) async throws -> NeighborList? {
        guard try await hasEntity(id: id) else { return nil }
        let title = hasEdgeTitles ? "e.title" : "''"
        let relationFilter = relation.map { _ in " AND e.relation = ?" } ?? ""
        var edgeArguments: StatementArguments = [id]
        if let relation { _ = edgeArguments.append(contentsOf: [relation]) }
        var arguments = edgeArguments
        _ = arguments.append(contentsOf: edgeArguments)
        let edges = """
            SELECT e.target AS other, e.relation, 'out' AS direction, e.weight, e.documents AS edge_documents,
                \(title) AS title
            FROM edges e WHERE e.source = ?\(relationFilter)
            UNION ALL
            SELECT e.source, e.relation, 'in', e.weight, e.documents, \(title)
            FROM edges e WHERE e.target = ?\(relationFilter)
            """
        let countArguments = arguments
        _ = arguments.append(contentsOf: [limit, offset])
        let pageArguments = arguments
        return try await pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(edges))", arguments: countArguments) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT n.*, x.name, x.label, x.mentions, x.documents FROM (\(edges)) n
                    LEFT JOIN entities x ON x.id = n.other
                    ORDER BY n.weight DESC, n.other, n.relation LIMIT ? OFFSET ?
                    """,
                arguments: pageArguments)
            let neighbors = rows.map { row in
                let other: String = row["other"]
                let title: String? = row["title"]
                return Neighbor(
                    entity: EntitySummary(
                        id: other, name: row["name"] ?? Self.nameOfKey(other),
                        label: row["label"] ?? String(other.prefix { $0 != ":" }), mentions: row["mentions"] ?? 0,
                        documents: row["documents"] ?? 0),
                    relation: row["relation"], direction: row["direction"], weight: row["weight"],
                    documents: row["edge_documents"], title: title?.isEmpty == false ? title : nil)
            }
            return NeighborList(neighbors: neighbors, total: total)
        }
    }

    /// Quotes the entity is the speaker of (`about: false`), or quotes whose words mention it
    /// and someone else says (`about: true`), in date and document order; nil when there is
    /// no such entity.
    ///
    /// The CROSS JOINs fix the order for quotes about it: the documents naming the entity, their
    /// mentions of it, then the quotes around those (SQLite would otherwise pair every quote of
    /// a document with every mention in it).
    package func quotes(of id: String, about: Bool, limit: Int, offset: Int) async throws -> QuoteList? {
        guard try await hasEntity(id: id) else { return nil }
        let selection =
            about
            ? """
            SELECT DISTINCT q.document, q.start_char, q.end_char, q.kind, q.cue, q.speaker, s.entity AS speaker_entity
            FROM entity_keys k CROSS JOIN document_keys dk ON dk.key = k.id
            CROSS JOIN mention_rows m ON m.document = dk.document AND m.key = k.id
            CROSS JOIN quote_rows q ON q.document = m.document AND m.start_char >= q.start_char AND m.end_char <= q.end_char
            LEFT JOIN entity_keys s ON s.id = q.speaker_key
            WHERE k.entity = ?1 AND (s.entity IS NULL OR s.entity <> ?1)
            """
            : """
            SELECT q.document, q.start_char, q.end_char, q.kind, q.cue, q.speaker, ?1 AS speaker_entity
            FROM quote_rows q WHERE q.speaker_key IN (SELECT id FROM entity_keys WHERE entity = ?1)
            """
        return try await pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(selection))", arguments: [id]) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT q.*, d.record_id, d.title, d.published FROM (\(selection)) q
                    JOIN documents d ON d.id = q.document
                    ORDER BY d.published IS NULL, d.published, d.record_id, q.start_char LIMIT ?2 OFFSET ?3
                    """,
                arguments: [id, limit, offset])
            // Each quote's words are cut once its row is kept: a text column in the sort would
            // read every matching document.
            let quotes = try rows.map { row in
                let start: Int = row["start_char"]
                let end: Int = row["end_char"]
                let text = try String.fetchOne(
                    db, sql: "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                    arguments: [start + 1, end - start, row["document"] as Int64])
                return QuoteItem(
                    documentID: row["record_id"], documentTitle: row["title"], published: row["published"],
                    text: text ?? "", kind: row["kind"], cue: row["cue"], speaker: row["speaker"],
                    speakerEntity: row["speaker_entity"], start: start, end: end)
            }
            return QuoteList(quotes: quotes, total: total)
        }
    }

    /// The documents naming the entity, those naming it most first.
    package func documents(
        mentioning id: String, limit: Int
    ) async throws -> [(
        id: String, title: String?, published: String?, mentions: Int
    )] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.record_id, d.title, d.published, SUM(dk.mentions) AS n
                    FROM entity_keys k JOIN document_keys dk ON dk.key = k.id JOIN documents d ON d.id = dk.document
                    WHERE k.entity = ? GROUP BY d.id ORDER BY n DESC, d.published DESC, d.record_id LIMIT ?
                    """,
                arguments: [id, limit]
            ).map { ($0["record_id"], $0["title"], $0["published"], $0["n"]) }
        }
    }

    /// How many documents, entities and edges the database holds.
    package func counts() async throws -> (documents: Int, entities: Int, edges: Int) {
        try await pool.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entities") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM edges") ?? 0
            )
        }
    }

    /// `Tony Blair` for `PERSON:Tony Blair`: the name of a node the entities table lacks.
    static func nameOfKey(_ key: String) -> String {
        guard let colon = key.firstIndex(of: ":") else { return key }
        return String(key[key.index(after: colon)...])
    }
}
