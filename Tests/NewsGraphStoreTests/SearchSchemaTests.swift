import Foundation
import GRDB
import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphStore

/// The run fills the documents' index with settings that write and merge fewer segments; a
/// search must not see them: the same rows, snippets and scores as from one merged segment.
@Suite struct SearchSchemaTests {
    /// Made-up titles and texts from a few words, so that every word is in many documents.
    static func documents(count: Int, seed: UInt64) -> [(title: String, text: String)] {
        let words = [
            "harbour", "ferry", "council", "budget", "river", "museum", "school", "winter", "station", "market",
            "bridge", "garden", "library", "festival", "tunnel", "orchard", "lighthouse", "village", "railway",
            "theatre", "café", "Zürich", "élan", "2024",
        ]
        var generator = SeededGenerator(state: seed)
        func phrase(_ length: Int) -> String {
            (0..<length).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
        }
        return (0..<count).map { _ in (phrase(3), phrase(Int.random(in: 20...120, using: &generator)) + ".") }
    }

    /// An in-memory database with `documents` and their index, filled by the run's statements
    /// with a word buffer of `bufferBytes`, or (nil) rebuilt and merged into one segment.
    static func index(_ documents: [(title: String, text: String)], bufferBytes: Int?) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL)")
            for document in documents {
                try db.execute(
                    sql: "INSERT INTO documents (title, text) VALUES (?, ?)",
                    arguments: [document.title, document.text])
            }
            try db.execute(sql: SearchSchema.documentTable(external: true))
            if let bufferBytes {
                for statement in SearchSchema.rebuildDocuments(bufferBytes: bufferBytes) {
                    try db.execute(sql: statement)
                }
            } else {
                try db.execute(sql: "INSERT INTO document_search (document_search) VALUES ('rebuild')")
                try db.execute(sql: "INSERT INTO document_search (document_search) VALUES ('optimize')")
            }
        }
        return queue
    }

    /// The server's questions: how many match, and the best with their snippets and scores.
    static func answers(_ queue: DatabaseQueue, _ match: String) throws -> [String] {
        try queue.read { db in
            let total = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM document_search WHERE document_search MATCH ?", arguments: [match])
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, snippet(document_search, 1, char(2), char(3), '…', 24) AS snippet,
                        bm25(document_search, 4.0, 1.0) AS score
                    FROM document_search WHERE document_search MATCH ?
                    ORDER BY bm25(document_search, 4.0, 1.0), rowid LIMIT 40
                    """,
                arguments: [match])
            return ["\(total ?? -1)"]
                + rows.map { "\($0["rowid"] as Int64) \($0["snippet"] as String) \($0["score"] as Double)" }
        }
    }

    /// Segments in the index, from FTS5's structure record (row 10 of `_data`): a 4-byte cookie
    /// (after a 4-byte marker in the newer form), then the levels and the segments as varints.
    static func segments(_ queue: DatabaseQueue) throws -> Int {
        let record = try queue.read { db in
            try [UInt8](Data.fetchOne(db, sql: "SELECT block FROM document_search_data WHERE id = 10") ?? Data())
        }
        var offset = record.starts(with: [0xFF, 0x00, 0x00, 0x01]) ? 8 : 4
        func varint() -> Int {
            var value = 0
            while offset < record.count {
                let byte = record[offset]
                offset += 1
                value = value << 7 | Int(byte & 0x7F)
                if byte < 0x80 { break }
            }
            return value
        }
        _ = varint()
        return varint()
    }

    /// The store fills the index beside its writer, in a scratch file whose tables it copies
    /// at the end: searches answer as from an index rebuilt from the stored documents, and the
    /// scratch file is gone.
    @Test func theIndexFilledAsDocumentsArriveAnswersLikeARebuild() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let documents = Self.documents(count: 700, seed: 8)
        let path = root + "/streamed.sqlite"
        do {
            let store = try GraphStore(path: path, batchSize: 64)
            for (number, document) in documents.enumerated() {
                try store.add(
                    DocumentRecord(
                        id: "d\(number)", source: "d\(number).txt", title: document.title, text: document.text,
                        metadata: ArticleMetadata(), entities: [], quotes: []))
            }
            try store.finish(graph: EntityGraph(nodes: [], edges: []), mergedKeys: [:])
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-search"))
        let streamed = try DatabaseQueue(path: path)
        let rebuilt = try Self.index(documents, bufferBytes: nil)
        for match in ["\"ferry\"", "\"river\" \"bridge\"", "\"lightho\"*", "\"zurich\"", "\"2024\""] {
            let answers = try Self.answers(streamed, match)
            #expect(answers.count > 1, "\(match) finds documents")
            #expect(answers == (try Self.answers(rebuilt, match)), "\(match)")
        }
    }

    @Test func manySegmentsAnswerLikeOne() throws {
        let documents = Self.documents(count: 600, seed: 21)
        // A buffer of a few kilobytes writes a segment every few documents: dozens of them,
        // merged sixteen at a time.
        let segmented = try Self.index(documents, bufferBytes: 4096)
        let merged = try Self.index(documents, bufferBytes: nil)
        #expect(try Self.segments(segmented) > 1)
        #expect(try Self.segments(merged) == 1)
        for match in [
            "\"ferry\"", "\"river\" \"bridge\"", "\"lightho\"*", "\"zurich\"", "\"cafe\" \"elan\"", "\"2024\"",
        ] {
            let answers = try Self.answers(segmented, match)
            #expect(answers.count > 1, "\(match) finds documents")
            #expect(answers == (try Self.answers(merged, match)), "\(match)")
        }
    }
}
