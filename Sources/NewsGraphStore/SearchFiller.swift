import Foundation
import GRDB

/// Fills the documents' full-text index while the documents stream in, on a connection and a
/// queue of its own, into a scratch file beside the database: the words are read while the
/// extractor runs instead of in one 'rebuild' after the last document, and the store's writer
/// never waits for them. ``GraphStore`` copies the finished index's tables into the database.
///
/// The whole run is one transaction: FTS5 writes its word buffer out as a segment at each
/// commit and at each statement savepoint, so every row is a single-row INSERT (a multi-row one
/// opens a savepoint) and only the buffer's size decides the segments, as in a 'rebuild'.
final class SearchFiller: @unchecked Sendable {
    let path: String
    private let database: DatabaseQueue
    private let writer = BatchWriter()
    /// The id the next document gets in `documents`: rows are numbered in insertion order.
    private var nextID = 1

    init(path: String) throws {
        self.path = path
        try? FileManager.default.removeItem(atPath: path)
        var configuration = Configuration()
        // The run's one transaction stays open between batches.
        configuration.allowsUnsafeTransactions = true
        configuration.prepareDatabase { db in try GraphStore.prepareOutputFile(db) }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try database.writeWithoutTransaction { db in
            try db.execute(sql: SearchSchema.documentTable(external: true))
            for statement in SearchSchema.documentSettings() { try db.execute(sql: statement) }
            try db.execute(sql: "BEGIN")
        }
    }

    /// Queues the titles and texts of `batch`, the next documents in the order the store
    /// inserts them.
    func add(_ batch: [StoreRecord]) throws {
        let firstID = nextID
        nextID += batch.count
        let database = self.database
        try writer.submit {
            try database.writeWithoutTransaction { db in
                var insert = RowInserter(
                    try db.cachedStatement(sql: "INSERT INTO document_search (rowid, title, text) VALUES (?, ?, ?)"),
                    in: db)
                for (offset, prepared) in batch.enumerated() {
                    insert.bind(firstID + offset)
                    insert.bind(held: prepared.record.title)
                    insert.bind(held: prepared.record.text)
                    try insert.step()
                }
            }
        }
    }

    /// Queues the commit, after which FTS5 writes its last buffer out, and the file's close; the
    /// store's writer meanwhile sorts its own rows.
    func commit() throws {
        let database = self.database
        try writer.submit {
            try database.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
            try database.close()
        }
    }

    /// Waits for the commit; returns how many documents the index holds.
    func finish() throws -> Int {
        try writer.wait()
        return nextID - 1
    }

    /// Removes the scratch file.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
