import Foundation
import GRDB
import NewsGraphCore

/// `newsgraph.sqlite`: documents, mentions and quotes as they stream in, then the graph's
/// entities and edges, so SQL (and pandas' `read_sql`) can ask what the graph files cannot:
/// which documents, which words.
///
/// Records are buffered and inserted a batch per transaction, so memory stays flat however long
/// the run. ``finish(graph:mergedKeys:)`` writes the graph and points each entity key at the
/// node that cross-document resolution chose (`mentions.key` keeps the extractor's key).
public final class GraphStore {
    public let path: String
    let database: DatabaseQueue
    private var pending: [DocumentRecord] = []
    private let batchSize: Int
    private let writer = BatchWriter()
    /// Entity keys by number, filled by the writer queue as rows arrive.
    private let keys = KeyNumbers()

    /// Creates the database, replacing a file already at `path`.
    public init(path: String, batchSize: Int = 256) throws {
        for suffix in ["", "-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        var configuration = Configuration()
        // The writer alone fills the tables, documents before their rows and keys at the end:
        // the REFERENCES clauses document the joins; checking them on every row would only
        // cost a look-up per mention.
        configuration.foreignKeysEnabled = false
        // An output file: a crash or a failed run means running again, so skip the fsyncs and
        // the rollback journal (on disk it writes every page twice; in memory it grew with the
        // pages the final key updates touch); a larger page cache keeps the inserts off the
        // disk until a batch commits.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = OFF")
            // Larger pages: a news article's text fits one, and the B-trees stay shallower.
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Index builds at the end sort millions of mention rows: let SQLite's sorter use
            // the cores (measured here: 8.4 s → 5.4 s for 3.5 M rows on 2 cores).
            try db.execute(sql: "PRAGMA threads = \(min(ProcessInfo.processInfo.activeProcessorCount, 4))")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        self.batchSize = batchSize
        try database.write { db in
            for statement in StoreSchema.tables { try db.execute(sql: statement) }
        }
    }

    /// Opens an existing database to read it.
    public init(readingAt path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        database = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        batchSize = 0
    }

    public func add(_ record: DocumentRecord) throws {
        pending.append(record)
        if pending.count >= batchSize { try submitPending() }
    }

    /// Hands the buffered records to the writer queue, one transaction for the batch.
    private func submitPending() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let database = self.database
        let keys = self.keys
        try writer.submit {
            try database.write { db in
                for record in batch { try Self.insert(record, keys: keys, into: db) }
            }
        }
    }

    /// Writes every buffered record and waits until they are in the database.
    public func flush() throws {
        try submitPending()
        try writer.wait()
    }

    /// Writes the graph, resolves each entity key to its node and builds the indexes.
    public func finish(graph: EntityGraph, mergedKeys: [String: String]) throws {
        try flush()
        let keys = self.keys
        try database.write { db in
            var entity = RowInserter(
                try db.makeStatement(
                    sql: """
                        INSERT INTO entities (id, name, label, aliases, mentions, documents, first_published, last_published)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """), in: db)
            for node in graph.nodes {
                for value in [node.id, node.name, node.label] { entity.bind(value) }
                entity.bind(Self.jsonArray(node.aliases))
                entity.bind(node.mentions)
                entity.bind(node.documents)
                entity.bind(node.firstPublished)
                entity.bind(node.lastPublished)
                try entity.step()
            }
            var edge = RowInserter(
                try db.makeStatement(
                    sql: "INSERT INTO edges (source, target, relation, weight, documents) VALUES (?, ?, ?, ?, ?)"),
                in: db)
            for graphEdge in graph.edges {
                for value in [graphEdge.source, graphEdge.target, graphEdge.relation.rawValue] { edge.bind(value) }
                edge.bind(graphEdge.weight)
                edge.bind(graphEdge.documents)
                try edge.step()
            }
            var key = RowInserter(
                try db.makeStatement(sql: "INSERT INTO entity_keys (id, key, entity) VALUES (?, ?, ?)"), in: db)
            for (id, name) in keys.names.enumerated() {
                key.bind(id)
                key.bind(name)
                key.bind(mergedKeys[name] ?? name)
                try key.step()
            }
            for statement in StoreSchema.indexes { try db.execute(sql: statement) }
            // Statistics from a sample of each index: exact counts over millions of rows take
            // longer than they help the planner.
            try db.execute(sql: "PRAGMA analysis_limit = 1000")
            try db.execute(sql: "ANALYZE")
        }
    }

    private static func insert(_ record: DocumentRecord, keys: KeyNumbers, into db: Database) throws {
        let metadata = record.metadata
        var document = RowInserter(
            try db.cachedStatement(
                sql: """
                    INSERT INTO documents (record_id, source, title, published, modified, language, site_name, url,
                        description, authors, text, entity_count, quote_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """), in: db)
        for value in [
            record.id, record.source, record.title, metadata.published, metadata.modified, metadata.language,
            metadata.siteName, metadata.url, metadata.description, jsonArray(metadata.authors), record.text,
        ] {
            document.bind(value)
        }
        document.bind(record.entities.count)
        document.bind(record.quotes.count)
        try document.step()
        let documentID = Int(db.lastInsertedRowID)
        var documentKeys: [Int] = []
        documentKeys.reserveCapacity(record.entities.count)
        let entities = record.entities
        try Self.mentionInsert.insert(count: entities.count, into: db) { row, ordinal in
            let mention = entities[ordinal]
            let key = keys.number(for: mention.entity)
            documentKeys.append(key)
            row.bind(documentID)
            row.bind(ordinal)
            row.bind(mention.start)
            row.bind(mention.end)
            row.bind(mention.sentence)
            row.bind(mention.label.rawValue)
            row.bind(mention.text)
            row.bind(key)
        }
        // One row per key with its count: the keys sorted, then counted run by run.
        documentKeys.sort()
        var runs: [(key: Int, count: Int)] = []
        for key in documentKeys {
            if let last = runs.last, last.key == key {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((key, 1))
            }
        }
        try Self.documentKeyInsert.insert(count: runs.count, into: db) { row, index in
            row.bind(documentID)
            row.bind(runs[index].key)
            row.bind(runs[index].count)
        }
        guard !record.quotes.isEmpty else { return }
        let text = QuoteText(record.text)
        let quotes = record.quotes
        try Self.quoteInsert.insert(count: quotes.count, into: db) { row, ordinal in
            let quote = quotes[ordinal]
            row.bind(documentID)
            row.bind(ordinal)
            row.bind(quote.start)
            row.bind(quote.end)
            row.bind(quote.kind.rawValue)
            row.bind(quote.cue)
            row.bind(quote.speaker)
            row.bind(quote.speakerEntity.map(keys.number(for:)))
            row.bind(quote.speakerStart)
            row.bind(quote.speakerEnd)
            row.bind(text.slice(quote.start, quote.end))
        }
    }

    private static let mentionInsert = MultiRowInsert(
        table: "mention_rows",
        columns: ["document", "ordinal", "start_char", "end_char", "sentence", "label", "text", "key"])
    private static let documentKeyInsert = MultiRowInsert(
        table: "document_keys", columns: ["document", "key", "mentions"])
    private static let quoteInsert = MultiRowInsert(
        table: "quote_rows",
        columns: [
            "document", "ordinal", "start_char", "end_char", "kind", "cue", "speaker", "speaker_key",
            "speaker_start_char", "speaker_end_char", "text",
        ])

    static func jsonArray(_ strings: [String]) -> String {
        var writer = JSONWriter()
        writer.value(strings)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

/// The number of each entity key, in the order keys were first written.
///
/// Only the writer queue touches it while records stream in, and ``GraphStore/finish(graph:mergedKeys:)``
/// after the queue has drained, so it needs no lock.
private final class KeyNumbers: @unchecked Sendable {
    private var numbers: [String: Int] = [:]
    private(set) var names: [String] = []

    func number(for key: String) -> Int {
        if let number = numbers[key] { return number }
        numbers[key] = names.count
        names.append(key)
        return names.count - 1
    }
}

/// Slices a text by code-point offsets; an all-ASCII text (most news in English) by its bytes,
/// without an array of scalars.
private struct QuoteText {
    let text: String
    let isASCII: Bool
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        self.text = text
        var text = text
        isASCII = text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 } }
        scalars = isASCII ? [] : Array(text.unicodeScalars)
    }

    func slice(_ start: Int, _ end: Int) -> String {
        let count = isASCII ? text.utf8.count : scalars.count
        let lower = min(max(start, 0), count)
        let upper = min(max(end, lower), count)
        if isASCII {
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: lower)
            return String(text[from..<utf8.index(from, offsetBy: upper - lower)])
        }
        var words = String.UnicodeScalarView()
        words.append(contentsOf: scalars[lower..<upper])
        return String(words)
    }
}
