import GRDB

/// One entity: its row, its timeline, its edges and its quotes.
///
/// Each list is one statement: totals come with the page (`count(*) OVER ()`), and texts are
/// cut (`substr`) only for the rows kept, in an outer query over the limited one (SQLite does not
/// flatten a limited subquery into a join, so the cut runs after the limit).
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
                firstPublished: row["first_published"], lastPublished: row["last_published"],
                place: EntityPlace(row), timeline: timeline)
        }
    }

    static func exists(_ db: Database, id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?)", arguments: [id]) ?? false
    }

    /// The entity's edges in both directions, of one relation if given, heaviest first; nil when
    /// there is no such entity.
    package func neighbors(of id: String, relation: String?, limit: Int, offset: Int) async throws -> NeighborList? {
        let edges = edgeSelection(relation: relation != nil)
        let arguments: StatementArguments = [id, relation ?? "", limit, offset]
        let countArguments = StatementArguments(relation.map { [id, $0] } ?? [id])
        return try await pool.read { db in
            guard try Self.exists(db, id: id) else { return nil }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH n AS (\(edges))
                    SELECT p.*, x.name, x.label, x.mentions, x.documents FROM (
                        SELECT n.*, count(*) OVER () AS total FROM n
                        ORDER BY n.weight DESC, n.other, n.relation LIMIT ?3 OFFSET ?4
                    ) p LEFT JOIN entities x ON x.id = p.other
                    ORDER BY p.weight DESC, p.other, p.relation
                    """,
                arguments: arguments)
            var total = (rows.first?["total"] as Int?) ?? 0
            if rows.isEmpty && offset > 0 {
                total =
                    try Int.fetchOne(db, sql: "WITH n AS (\(edges)) SELECT COUNT(*) FROM n", arguments: countArguments)
                    ?? 0
            }
            return NeighborList(neighbors: rows.map(Self.neighbor), total: total)
        }
    }

    /// The entity's `perRelation` heaviest neighbours of each relation, with how many it has
    /// of each, relations in the order of their heaviest edge: what its page shows.
    ///
    /// A statement per relation, each direction sorted and cut on its own before the two are
    /// merged: one window over all of a well-connected entity's edges cost several times more.
    static func neighborsByRelation(
        _ db: Database, id: String, perRelation: Int, hasEdgeTitles: Bool
    ) throws
        -> [NeighborGroup]
    {
        let totals = try Row.fetchAll(
            db,
            sql: """
                SELECT relation, COUNT(*) AS total FROM (
                    SELECT relation FROM edges WHERE source = ?1 UNION ALL SELECT relation FROM edges WHERE target = ?1)
                GROUP BY relation ORDER BY relation
                """,
            arguments: [id])
        let title = hasEdgeTitles ? "title" : "''"
        let statement = try db.cachedStatement(
            sql: """
                SELECT p.*, x.name, x.label, x.mentions, x.documents FROM (
                    SELECT * FROM (
                        SELECT target AS other, relation, 'out' AS direction, weight, documents AS edge_documents,
                            \(title) AS title
                        FROM edges WHERE source = ?1 AND relation = ?2 ORDER BY weight DESC, target LIMIT ?3)
                    UNION ALL
                    SELECT * FROM (
                        SELECT source, relation, 'in', weight, documents, \(title)
                        FROM edges WHERE target = ?1 AND relation = ?2 ORDER BY weight DESC, source LIMIT ?3)
                    ORDER BY weight DESC, other LIMIT ?3
                ) p LEFT JOIN entities x ON x.id = p.other
                ORDER BY p.weight DESC, p.other
                """)
        var groups = try totals.map { row in
            let relation: String = row["relation"]
            return NeighborGroup(
                relation: relation, total: row["total"],
                neighbors: try Row.fetchAll(statement, arguments: [id, relation, perRelation]).map(neighbor))
        }
        groups.sort { ($0.neighbors.first?.weight ?? 0, $1.relation) > ($1.neighbors.first?.weight ?? 0, $0.relation) }
        return groups
    }

    /// The edges of `?1` in both directions (of relation `?2` when `relation`), as rows of
    /// `other`, `relation`, `direction`, `weight`, `edge_documents`, `title`.
    private func edgeSelection(relation: Bool) -> String {
        let title = hasEdgeTitles ? "e.title" : "''"
        let filter = relation ? " AND e.relation = ?2" : ""
        return """
            SELECT e.target AS other, e.relation, 'out' AS direction, e.weight, e.documents AS edge_documents,
                \(title) AS title
            FROM edges e WHERE e.source = ?1\(filter)
            UNION ALL
            SELECT e.source, e.relation, 'in', e.weight, e.documents, \(title)
            FROM edges e WHERE e.target = ?1\(filter)
            """
    }

    private static func neighbor(_ row: Row) -> Neighbor {
        let other: String = row["other"]
        let title: String? = row["title"]
        return Neighbor(
            entity: EntitySummary(
                id: other, name: row["name"] ?? nameOfKey(other),
                label: row["label"] ?? String(other.prefix { $0 != ":" }), mentions: row["mentions"] ?? 0,
                documents: row["documents"] ?? 0),
            relation: row["relation"], direction: row["direction"], weight: row["weight"],
            documents: row["edge_documents"], title: title?.isEmpty == false ? title : nil)
    }

    /// Quotes the entity is the speaker of (`about: false`), or quotes whose words mention it
    /// and someone else says (`about: true`), in date and document order; nil when there is
    /// no such entity.
    package func quotes(of id: String, about: Bool, limit: Int, offset: Int) async throws -> QuoteList? {
        let links = hasQuoteLinks
        return try await pool.read { db in
            guard try Self.exists(db, id: id) else { return nil }
            return try Self.quotes(db, of: id, about: about, limit: limit, offset: offset, links: links)
        }
    }

    /// The CROSS JOINs fix the order for quotes about it: the documents naming the entity, their
    /// mentions of it, then the quotes around those (SQLite would otherwise pair every quote of
    /// a document with every mention in it).
    static func quotes(
        _ db: Database, of id: String, about: Bool, limit: Int, offset: Int, links: Bool
    ) throws -> QuoteList {
        let continues = links ? "q.continues_char" : "NULL AS continues_char"
        let selection =
            about
            ? """
            SELECT DISTINCT q.document, q.start_char, q.end_char, q.kind, q.cue, q.speaker, s.entity AS speaker_entity,
                \(continues)
            FROM entity_keys k CROSS JOIN document_keys dk ON dk.key = k.id
            CROSS JOIN mention_rows m ON m.document = dk.document AND m.key = k.id
            CROSS JOIN quote_rows q ON q.document = m.document AND m.start_char >= q.start_char AND m.end_char <= q.end_char
            LEFT JOIN entity_keys s ON s.id = q.speaker_key
            WHERE k.entity = ?1 AND (s.entity IS NULL OR s.entity <> ?1)
            """
            : """
            SELECT q.document, q.start_char, q.end_char, q.kind, q.cue, q.speaker, ?1 AS speaker_entity, \(continues)
            FROM quote_rows q WHERE q.speaker_key IN (SELECT id FROM entity_keys WHERE entity = ?1)
            """
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.*, substr(t.text, p.start_char + 1, p.end_char - p.start_char) AS words FROM (
                    SELECT q.*, d.record_id, d.title, d.published, count(*) OVER () AS total
                    FROM (\(selection)) q JOIN documents d ON d.id = q.document
                    ORDER BY d.published IS NULL, d.published, d.record_id, q.start_char LIMIT ?2 OFFSET ?3
                ) p JOIN documents t ON t.id = p.document
                ORDER BY p.published IS NULL, p.published, p.record_id, p.start_char
                """,
            arguments: [id, limit, offset])
        var total = (rows.first?["total"] as Int?) ?? 0
        if rows.isEmpty && offset > 0 {
            total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(selection))", arguments: [id]) ?? 0
        }
        let quotes = rows.map { row in
            QuoteItem(
                documentID: row["record_id"], documentTitle: row["title"], published: row["published"],
                text: row["words"] ?? "", kind: row["kind"], cue: row["cue"], speaker: row["speaker"],
                speakerEntity: row["speaker_entity"], start: row["start_char"], end: row["end_char"],
                continues: row["continues_char"])
        }
        return QuoteList(quotes: quotes, total: total)
    }

    /// The documents naming the entity, those naming it most first, the latest among equals.
    static func documents(
        _ db: Database, mentioning id: String, limit: Int
    ) throws -> [(id: String, title: String?, published: String?, mentions: Int)] {
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

    /// What an entity's page lists beside the entity itself, read in one go: its heaviest
    /// neighbours of each relation (the first `connected` of each with where they meet), its
    /// quotes, the quotes about it and the documents naming it most.
    func pageLists(for entity: EntitySummary, limits: EntityPage.Limits) async throws -> EntityPage.Lists {
        let hasEdgeTitles = self.hasEdgeTitles
        let links = hasQuoteLinks
        return try await pool.read { db in
            var groups = try Self.neighborsByRelation(
                db, id: entity.id, perRelation: limits.neighbors, hasEdgeTitles: hasEdgeTitles)
            for index in groups.indices {
                let connected = try Self.connect(
                    db, Array(groups[index].neighbors.prefix(limits.connected)), to: entity.id,
                    documents: entity.documents, perNeighbor: limits.sentences)
                groups[index].neighbors.replaceSubrange(0..<connected.count, with: connected)
            }
            return EntityPage.Lists(
                neighbors: groups,
                said: try Self.quotes(db, of: entity.id, about: false, limit: limits.quotes, offset: 0, links: links),
                about: try Self.quotes(
                    db, of: entity.id, about: true, limit: limits.quotesAbout, offset: 0, links: links),
                documents: try Self.documents(db, mentioning: entity.id, limit: limits.documents))
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
