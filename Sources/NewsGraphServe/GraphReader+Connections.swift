import GRDB

/// Where an entity and its neighbours meet: the sentences naming both, the quotations in which
/// one speaks of the other.
extension GraphReader {
    /// The neighbours of entity `id`, each with up to `perNeighbor` ``ConnectingSentence``s:
    /// for a co-mention or a title, sentences naming both (the mentions' stored sentence
    /// numbers match; the words are cut by ``SentenceWindow``); for a quotation edge, the
    /// speaker's quotations that name the other. The first found in document order; none for
    /// other relations.
    package func connect(_ neighbors: [Neighbor], to id: String, perNeighbor: Int) async throws -> [Neighbor] {
        guard perNeighbor > 0, !neighbors.isEmpty else { return neighbors }
        return try await pool.read { db in
            let documents =
                try Int.fetchOne(db, sql: "SELECT documents FROM entities WHERE id = ?", arguments: [id]) ?? 0
            return try Self.connect(db, neighbors, to: id, documents: documents, perNeighbor: perNeighbor)
        }
    }

    /// ``connect(_:to:perNeighbor:)`` for an entity named in `documents` documents.
    ///
    /// One query per neighbour, read until it has given `perNeighbor` places, and driven from
    /// the end named in fewer documents: its documents are looked up in the other's, so the
    /// work follows the smaller list, not the entity's whole corpus.
    static func connect(
        _ db: Database, _ neighbors: [Neighbor], to id: String, documents: Int, perNeighbor: Int
    ) throws -> [Neighbor] {
        try neighbors.map { neighbor in
            var neighbor = neighbor
            switch neighbor.relation {
            case "CO_MENTION", "ROLE":
                let (driver, partner) =
                    neighbor.entity.documents <= documents ? (neighbor.entity.id, id) : (id, neighbor.entity.id)
                neighbor.sentences = try sharedSentences(db, driver, partner, limit: perNeighbor)
            case "QUOTES":
                let (speaker, subject) =
                    neighbor.direction == "out" ? (id, neighbor.entity.id) : (neighbor.entity.id, id)
                neighbor.sentences = try quotations(db, by: speaker, about: subject, limit: perNeighbor)
            default:
                neighbor.sentences = []
            }
            return neighbor
        }
    }

    /// Sentences naming both entities, with a window of text around each pair of mentions.
    /// The CROSS JOINs fix the order: the driver's documents, the partner's rows for the same
    /// document, then the two mentions in one sentence.
    private static func sharedSentences(
        _ db: Database, _ driver: String, _ partner: String, limit: Int
    ) throws -> [ConnectingSentence] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT md.document, md.sentence, md.start_char AS d_start, md.end_char AS d_end,
                    mp.start_char AS p_start, mp.end_char AS p_end, d.record_id, d.title,
                    max(0, min(md.start_char, mp.start_char) - ?3) AS window_start,
                    substr(d.text, max(0, min(md.start_char, mp.start_char) - ?3) + 1,
                        max(md.end_char, mp.end_char) - max(0, min(md.start_char, mp.start_char) - ?3) + ?3) AS window,
                    max(md.end_char, mp.end_char) - max(0, min(md.start_char, mp.start_char) - ?3) + ?3 AS asked
                FROM entity_keys kd
                CROSS JOIN document_keys dd ON dd.key = kd.id
                CROSS JOIN entity_keys kp
                CROSS JOIN document_keys dp ON dp.key = kp.id AND dp.document = dd.document
                CROSS JOIN mention_rows md ON md.document = dd.document AND md.key = kd.id
                CROSS JOIN mention_rows mp ON mp.document = dd.document AND mp.key = kp.id AND mp.sentence = md.sentence
                CROSS JOIN documents d ON d.id = dd.document
                WHERE kd.entity = ?1 AND kp.entity = ?2
                """)
        var sentences: [ConnectingSentence] = []
        var seen = Set<[Int64]>()
        let rows = try Row.fetchCursor(statement, arguments: [driver, partner, SentenceWindow.reach])
        while sentences.count < limit, let row = try rows.next() {
            // Several mentions of the two in one sentence: the sentence once.
            guard seen.insert([row["document"], row["sentence"]]).inserted else { continue }
            let window: String = row["window"] ?? ""
            let asked: Int = row["asked"]
            guard
                let cut = SentenceWindow.sentence(
                    window: window, windowStart: row["window_start"],
                    reachesEnd: window.unicodeScalars.count < asked,
                    mentions: [
                        (row["d_start"] as Int)..<(row["d_end"] as Int),
                        (row["p_start"] as Int)..<(row["p_end"] as Int),
                    ])
            else { continue }
            sentences.append(
                ConnectingSentence(
                    documentID: row["record_id"], documentTitle: row["title"], start: cut.range.lowerBound,
                    end: cut.range.upperBound, text: cut.text, marks: cut.marks, quote: nil))
        }
        return sentences
    }

    /// The speaker's quotations whose words name the other entity, from the speaker's quotes
    /// (an index) to the mentions inside each.
    private static func quotations(
        _ db: Database, by speaker: String, about subject: String, limit: Int
    ) throws -> [ConnectingSentence] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT q.document, q.start_char, q.kind, m.start_char AS m_start, m.end_char AS m_end,
                    d.record_id, d.title, substr(d.text, q.start_char + 1, q.end_char - q.start_char) AS words
                FROM entity_keys ks
                CROSS JOIN quote_rows q ON q.speaker_key = ks.id
                CROSS JOIN mention_rows m ON m.document = q.document AND m.start_char >= q.start_char
                    AND m.end_char <= q.end_char
                CROSS JOIN entity_keys km ON km.id = m.key
                CROSS JOIN documents d ON d.id = q.document
                WHERE ks.entity = ?1 AND km.entity = ?2
                """)
        var sentences: [ConnectingSentence] = []
        var seen = Set<[Int64]>()
        let rows = try Row.fetchCursor(statement, arguments: [speaker, subject])
        while sentences.count < limit, let row = try rows.next() {
            guard seen.insert([row["document"], row["start_char"]]).inserted else { continue }
            let start: Int = row["start_char"]
            let cut = SentenceWindow.quotation(
                words: row["words"] ?? "", start: start, mention: (row["m_start"] as Int)..<(row["m_end"] as Int))
            sentences.append(
                ConnectingSentence(
                    documentID: row["record_id"], documentTitle: row["title"], start: cut.range.lowerBound,
                    end: cut.range.upperBound, text: cut.text, marks: cut.marks, quote: row["kind"]))
        }
        return sentences
    }
}
