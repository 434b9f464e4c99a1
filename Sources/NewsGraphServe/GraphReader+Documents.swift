import Foundation
import GRDB
import NewsGraphCore

/// Documents: one by its record id, with its mentions and quotes.
extension GraphReader {
    /// The document whose record id is `id`, or nil.
    package func document(id: String) async throws -> StoredDocument? {
        let continues = hasQuoteLinks ? "q.continues_char" : "NULL AS continues_char"
        return try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM documents WHERE record_id = ? ORDER BY id LIMIT 1", arguments: [id])
            else { return nil }
            let number: Int64 = row["id"]
            let text: String = row["text"] ?? ""
            // Cut from the text read once, not through the views, which read the document
            // again for every row.
            let codePoints = CodePointText(text)
            let mentions = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.start_char, m.end_char, m.sentence, coalesce(m.label, k.label) AS label, k.entity, k.key
                    FROM mention_rows m JOIN entity_keys k ON k.id = m.key
                    WHERE m.document = ? ORDER BY m.start_char, m.end_char DESC
                    """,
                arguments: [number]
            ).map { mention in
                let start: Int = mention["start_char"]
                let end: Int = mention["end_char"]
                return StoredDocument.Mention(
                    start: start, end: end, label: mention["label"], text: codePoints.slice(start, end),
                    entity: mention["entity"],
                    key: mention["key"], sentence: mention["sentence"])
            }
            let title: String? = row["title"]
            let published: String? = row["published"]
            let quotes = try Row.fetchAll(
                db,
                sql: """
                    SELECT q.start_char, q.end_char, q.kind, q.cue, q.speaker, k.entity AS speaker_entity, \(continues)
                    FROM quote_rows q LEFT JOIN entity_keys k ON k.id = q.speaker_key
                    WHERE q.document = ? ORDER BY q.start_char
                    """,
                arguments: [number]
            ).map { quote in
                let start: Int = quote["start_char"]
                let end: Int = quote["end_char"]
                return QuoteItem(
                    documentID: id, documentTitle: title, published: published, text: codePoints.slice(start, end),
                    kind: quote["kind"], cue: quote["cue"], speaker: quote["speaker"],
                    speakerEntity: quote["speaker_entity"], start: start, end: end, continues: quote["continues_char"])
            }
            return StoredDocument(
                id: id, source: row["source"] ?? id, title: title, text: text,
                authors: Self.stringArray(row["authors"]),
                published: published, modified: row["modified"], language: row["language"], siteName: row["site_name"],
                url: row["url"], description: row["description"], mentions: mentions, quotes: quotes)
        }
    }

    /// Documents by their row numbers (what the search index keeps): record id, title, date.
    func documentHeads(_ numbers: [Int64]) async throws -> [Int64: (id: String, title: String?, published: String?)] {
        guard !numbers.isEmpty else { return [:] }
        return try await pool.read { db in
            var heads: [Int64: (id: String, title: String?, published: String?)] = [:]
            let placeholders = Array(repeating: "?", count: numbers.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, record_id, title, published FROM documents WHERE id IN (\(placeholders))",
                arguments: StatementArguments(numbers))
            for row in rows { heads[row["id"]] = (row["record_id"], row["title"], row["published"]) }
            return heads
        }
    }

    /// The document count and the database file's size and modification time: what the search
    /// index compares to know it was built from this file.
    func fingerprint() async throws -> String {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let count = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0 }
        return "\(size) \(Int64(modified * 1000)) \(count)"
    }
}
