import Foundation
import GRDB
import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphStore

/// The run fills the documents' index row by row as documents arrive, with settings that write
/// and merge fewer segments; a search must not see them: the same rows, snippets and scores as
/// from one merged segment rebuilt from `documents`.
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
            try db.execute(sql: SearchSchema.documentTable(external: true))
            if let bufferBytes {
                for statement in SearchSchema.documentSettings(bufferBytes: bufferBytes) {
                    try db.execute(sql: statement)
                }
            }
            for document in documents {
                try db.execute(
                    sql: "INSERT INTO documents (title, text) VALUES (?, ?)",
                    arguments: [document.title, document.text])
                guard bufferBytes != nil else { continue }
                try db.execute(
                    sql: SearchSchema.insertDocument, arguments: [db.lastInsertedRowID, document.title, document.text])
            }
            if bufferBytes == nil { try rebuildAndMerge(db) }
        }
        return queue
    }

    static func rebuildAndMerge(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO document_search (document_search) VALUES ('rebuild')")
        try db.execute(sql: "INSERT INTO document_search (document_search) VALUES ('optimize')")
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

    /// A store fills the index in the one transaction that holds all its batches: nothing in
    /// it (a batch, a statement of several mention rows) writes the words out early, so a small
    /// run is one segment, and searches answer as from the index rebuilt from its documents.
    @Test func aStoreIndexesItsDocumentsInOneSegment() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let store = try GraphStore(path: root + "/words.sqlite", batchSize: 3)
        for (number, document) in Self.documents(count: 40, seed: 7).enumerated() {
            let words = document.text.split(separator: " ")
            var entities: [EntityMention] = []
            var offset = 0
            for word in words {
                if entities.count < 20 {
                    entities.append(
                        EntityMention(
                            start: offset, end: offset + word.unicodeScalars.count, label: .org, text: String(word),
                            entity: "ORG:\(word)", sentence: 0))
                }
                offset += word.unicodeScalars.count + 1
            }
            let quote = Quote(
                start: 0, end: 5, kind: .direct, cue: "said", speaker: nil, speakerStart: nil, speakerEnd: nil,
                speakerEntity: nil)
            try store.add(
                DocumentRecord(
                    id: "d\(number)", source: "d\(number).txt", title: document.title, text: document.text,
                    metadata: ArticleMetadata(), entities: entities, quotes: Array(repeating: quote, count: 18)))
        }
        try store.finish(graph: EntityGraph(nodes: [], edges: []), mergedKeys: [:])
        let written = try DatabaseQueue(path: root + "/words.sqlite")
        #expect(try Self.segments(written) == 1)
        let rebuilt = try DatabaseQueue(path: root + "/rebuilt.sqlite")
        try written.backup(to: rebuilt)
        try rebuilt.write { try Self.rebuildAndMerge($0) }
        for match in ["\"ferry\"", "\"lightho\"*", "\"zurich\" \"market\"", "\"2024\""] {
            let answers = try Self.answers(written, match)
            #expect(answers.count > 1, "\(match) finds documents")
            #expect(answers == (try Self.answers(rebuilt, match)), "\(match)")
        }
    }
}
