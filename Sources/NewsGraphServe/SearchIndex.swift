import Foundation
import GRDB
import NewsGraphStore

/// Full-text search (SQLite FTS5) over the documents' titles and texts and the entities' names
/// and aliases (the tables of `SearchSchema`).
///
/// A run builds the index into its database, and the server reads it there. A database without
/// it (an older run, `--no-search-index`) is opened read-only, so the index then lives in a file
/// of its own beside it (`newsgraph.search.sqlite`), built on the first serve and reused while
/// the database is unchanged (its size, time and document count are kept in the index); when the
/// folder cannot be written, the index is built in memory for the life of the server. It is built
/// under a temporary name and renamed, so a server stopped mid-build leaves no half index behind.
package final class SearchIndex: Sendable {
    /// Marks around the matched words in snippets: control characters, which no extracted
    /// text contains, so the pages can escape the snippet and then mark the words.
    package static let markStart: Character = "\u{2}"
    package static let markEnd: Character = "\u{3}"

    private let database: any DatabaseReader
    /// Where the index is kept: the run's database, a file beside it, or nil when in memory.
    package let path: String?
    /// Whether the run built it into its database.
    package let builtByRun: Bool

    /// Bump when the index's tables change, so an index built by an older server is rebuilt.
    static let version = 1

    /// Opens the index beside the reader's database, building it first when it is missing or
    /// was built from another version of the database.
    package static func open(for reader: GraphReader, path: String?) async throws -> SearchIndex {
        if try await reader.pool.read({ try Bool.fetchOne($0, sql: SearchSchema.presence) ?? false }) {
            return SearchIndex(database: reader.pool, path: reader.path, builtByRun: true)
        }
        let fingerprint = try await reader.fingerprint()
        if let path {
            if FileManager.default.fileExists(atPath: path), let existing = try? DatabaseQueue(path: path),
                (try? current(existing, fingerprint: fingerprint)) == true
            {
                return SearchIndex(database: existing, path: path)
            }
            let building = path + ".building"
            do {
                try? FileManager.default.removeItem(atPath: building)
                let queue = try DatabaseQueue(path: building)
                try await fill(queue, from: reader, fingerprint: fingerprint)
                try queue.close()
                try? FileManager.default.removeItem(atPath: path)
                try FileManager.default.moveItem(atPath: building, toPath: path)
                return SearchIndex(database: try DatabaseQueue(path: path), path: path)
            } catch {
                try? FileManager.default.removeItem(atPath: building)
                // An unwritable folder: fall through to memory.
            }
        }
        let memory = try DatabaseQueue()
        try await fill(memory, from: reader, fingerprint: fingerprint)
        return SearchIndex(database: memory, path: nil)
    }

    private init(database: any DatabaseReader, path: String?, builtByRun: Bool = false) {
        self.database = database
        self.path = path
        self.builtByRun = builtByRun
    }

    private static func current(_ database: DatabaseQueue, fingerprint: String) throws -> Bool {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT version, fingerprint FROM search_source").map {
                ($0["version"] as Int) == version && ($0["fingerprint"] as String) == fingerprint
            } ?? false
        }
    }

    private static func fill(_ database: DatabaseQueue, from reader: GraphReader, fingerprint: String) async throws {
        try await database.write { db in
            // The texts are copied: the documents are in another file.
            try db.execute(sql: SearchSchema.documentTable(external: false))
            try db.execute(sql: SearchSchema.entityTable)
            try db.execute(sql: "CREATE TABLE search_source (version INTEGER NOT NULL, fingerprint TEXT NOT NULL)")
        }
        // A page of documents at a time, so a large database is never held in memory.
        var last: Int64 = 0
        while true {
            let after = last
            let rows = try await reader.pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT id, title, text FROM documents WHERE id > ? ORDER BY id LIMIT 256",
                    arguments: [after]
                ).map { (id: $0["id"] as Int64, title: $0["title"] as String?, text: $0["text"] as String? ?? "") }
            }
            guard let lastRow = rows.last else { break }
            last = lastRow.id
            try await database.write { db in
                let insert = try db.makeStatement(
                    sql: "INSERT INTO document_search (rowid, title, text) VALUES (?, ?, ?)")
                for row in rows { try insert.execute(arguments: [row.id, row.title, row.text]) }
            }
        }
        let entities = try await reader.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, aliases FROM entities").map { row in
                (
                    id: row["id"] as String,
                    names: SearchSchema.names(name: row["name"], aliases: GraphReader.stringArray(row["aliases"]))
                )
            }
        }
        try await database.write { db in
            let insert = try db.makeStatement(sql: "INSERT INTO entity_search (id, names) VALUES (?, ?)")
            for entity in entities { try insert.execute(arguments: [entity.id, entity.names]) }
            try db.execute(sql: "INSERT INTO document_search (document_search) VALUES ('optimize')")
            try db.execute(sql: SearchSchema.optimizeEntities)
            try db.execute(sql: "INSERT INTO search_source VALUES (?, ?)", arguments: [version, fingerprint])
        }
    }

    /// The FTS5 query for what a person typed: its words, each quoted (so no character of
    /// theirs is query syntax), all required, the last one also as a prefix; nil when it has
    /// no word.
    static func matchExpression(_ query: String) -> String? {
        let words = query.split { !($0.isLetter || $0.isNumber) }.map { "\"" + $0 + "\"" }
        guard let last = words.last else { return nil }
        return (words.dropLast() + [last + "*"]).joined(separator: " ")
    }

    /// Documents matching `query`, best first (titles weigh more than texts), with snippets
    /// and the total, and up to `entityLimit` entities whose names match.
    package func search(
        _ query: String, reader: GraphReader, limit: Int, offset: Int, entityLimit: Int = 10
    ) async throws -> SearchResults {
        guard let match = Self.matchExpression(query) else {
            return SearchResults(documents: [], total: 0, entities: [])
        }
        let (hits, total, entityIDs) = try await database.read { db in
            let total =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM document_search WHERE document_search MATCH ?", arguments: [match])
                ?? 0
            let hits = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, snippet(document_search, 1, char(2), char(3), '…', 24) AS snippet
                    FROM document_search WHERE document_search MATCH ?
                    ORDER BY bm25(document_search, 4.0, 1.0), rowid LIMIT ? OFFSET ?
                    """,
                arguments: [match, limit, offset]
            ).map { (number: $0["rowid"] as Int64, snippet: $0["snippet"] as String? ?? "") }
            let entityIDs = try String.fetchAll(
                db,
                sql: "SELECT id FROM entity_search WHERE entity_search MATCH ? ORDER BY rank LIMIT ?",
                arguments: [match, entityLimit * 4])
            return (hits, total, entityIDs)
        }
        let heads = try await reader.documentHeads(hits.map(\.number))
        let documents = hits.compactMap { hit in
            heads[hit.number].map {
                SearchHit(documentID: $0.id, title: $0.title, published: $0.published, snippet: hit.snippet)
            }
        }
        // Entities by how often they are mentioned, among those whose names match best.
        var entities = try await reader.summaries(ids: entityIDs)
        entities.sort { ($0.mentions, $1.id) > ($1.mentions, $0.id) }
        return SearchResults(documents: documents, total: total, entities: Array(entities.prefix(entityLimit)))
    }
}
