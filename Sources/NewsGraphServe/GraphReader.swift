import Foundation
import GRDB

/// Read-only queries over a run's `newsgraph.sqlite`, for the pages and the API.
///
/// The file is opened read-only (SQLite refuses any write) through a pool of reader connections,
/// so requests read in parallel. Other branches add columns to the schema as it grows, so the
/// reader names every column it selects and asks the database at start which optional ones it
/// has (`entities.roles`, `edges.title`), instead of assuming one version of `StoreSchema`.
package final class GraphReader: Sendable {
    package let path: String
    let pool: DatabasePool
    /// The optional columns this database has.
    let hasRoles: Bool
    let hasEdgeTitles: Bool
    /// `quote_rows.continues_char`, the link from a quotation's later part to its earlier one.
    let hasQuoteLinks: Bool

    /// The largest page a list returns; larger `limit`s are cut to it.
    package static let maximumLimit = 500

    package init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ReaderError(description: "no readable database at \(path)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.maximumReaderCount = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        configuration.prepareDatabase { db in
            // Pages read straight from the operating system's cache, not copied into each
            // connection's own: a document row costs its bytes read, not a 16 KB page copied.
            try db.execute(sql: "PRAGMA mmap_size = 2147418112")
            // A request's sorts and materialised subqueries hold one entity's rows at most: they
            // stay in memory instead of spilling to a temporary file.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        self.path = path
        let (entityColumns, edgeColumns, quoteColumns) = try pool.read { db in
            let tables = try Set(
                String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
            for required in ["documents", "entities", "edges", "entity_keys", "mention_rows", "quote_rows"]
            where !tables.contains(required) {
                throw ReaderError(description: "\(path) has no table \(required): not a newsgraph database")
            }
            return (
                Set(try db.columns(in: "entities").map(\.name)), Set(try db.columns(in: "edges").map(\.name)),
                Set(try db.columns(in: "quote_rows").map(\.name))
            )
        }
        hasRoles = entityColumns.contains("roles")
        hasEdgeTitles = edgeColumns.contains("title")
        hasQuoteLinks = quoteColumns.contains("continues_char")
    }

    /// A database that cannot be served.
    package struct ReaderError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Entities whose name or an alias starts with `prefix` (or has a word that does), of one
    /// label if given, most mentioned first.
    package func entities(prefix: String?, label: String?, limit: Int, offset: Int) async throws -> EntityList {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let label, !label.isEmpty {
            conditions.append("label = ?")
            _ = arguments.append(contentsOf: [label])
        }
        if let prefix = prefix?.trimmingCharacters(in: .whitespaces), !prefix.isEmpty {
            let escaped = Self.likeEscaped(prefix)
            // Names by their start or a word's; aliases are a JSON array, so an alias starts
            // after a quotation mark.
            conditions.append(
                """
                (name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\'
                    OR aliases LIKE ? ESCAPE '\\')
                """)
            _ = arguments.append(contentsOf: [
                escaped + "%", "% " + escaped + "%", "%\"" + escaped + "%", "% " + escaped + "%",
            ])
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let countArguments = arguments
        _ = arguments.append(contentsOf: [limit, offset])
        let pageArguments = arguments
        return try await pool.read { db in
            let total =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entities \(filter)", arguments: countArguments) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, label, mentions, documents FROM entities \(filter)
                    ORDER BY mentions DESC, id LIMIT ? OFFSET ?
                    """,
                arguments: pageArguments)
            return EntityList(entities: rows.map(Self.summary), total: total)
        }
    }

    /// The labels present, with how many entities carry each, most first.
    package func labels() async throws -> [(label: String, count: Int)] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT label, COUNT(*) AS n FROM entities GROUP BY label ORDER BY n DESC, label")
                .map { ($0["label"], $0["n"]) }
        }
    }

    /// The entities with these ids, in no particular order (unknown ids are left out).
    package func summaries(ids: [String]) async throws -> [EntitySummary] {
        guard !ids.isEmpty else { return [] }
        return try await pool.read { db in
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            return try Row.fetchAll(
                db, sql: "SELECT id, name, label, mentions, documents FROM entities WHERE id IN (\(placeholders))",
                arguments: StatementArguments(ids)
            ).map(Self.summary)
        }
    }

    static func summary(_ row: Row) -> EntitySummary {
        EntitySummary(
            id: row["id"], name: row["name"], label: row["label"], mentions: row["mentions"] ?? 0,
            documents: row["documents"] ?? 0)
    }

    /// `text` with LIKE's wildcards and its escape character escaped.
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// A JSON array of strings as stored in `entities.aliases` and `roles`; empty when it is not one.
    static func stringArray(_ json: String?) -> [String] {
        guard let json, let data = json.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
