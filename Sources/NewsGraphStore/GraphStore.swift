import Foundation
import GRDB
import NewsGraphCore

/// `newsgraph.sqlite`: documents, mentions and quotes as they stream in, then the graph's
/// entities and edges, so SQL (and pandas' `read_sql`) can ask what the graph files cannot:
/// which documents, which words.
///
/// Records are buffered and inserted a batch per transaction, so memory stays flat however long
/// the run. ``finish(graph:mergedKeys:)`` writes the graph and points mentions and quotes at the
/// nodes that cross-document resolution chose (`mentions.key` keeps the extractor's key).
public final class GraphStore {
    public let path: String
    let database: DatabaseQueue
    private var pending: [DocumentRecord] = []
    private let batchSize: Int
    private let writer = BatchWriter()

    /// Creates the database, replacing a file already at `path`.
    public init(path: String, batchSize: Int = 256) throws {
        for suffix in ["", "-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        var configuration = Configuration()
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
        try writer.submit {
            try database.write { db in
                for record in batch { try Self.insert(record, into: db) }
            }
        }
    }

    /// Writes every buffered record and waits until they are in the database.
    public func flush() throws {
        try submitPending()
        try writer.wait()
    }

    /// Writes the graph and resolves mention and quote keys to its nodes.
    public func finish(graph: EntityGraph, mergedKeys: [String: String]) throws {
        try flush()
        try database.write { db in
            for statement in StoreSchema.indexes { try db.execute(sql: statement) }
            let entity = try db.makeStatement(
                sql: """
                    INSERT INTO entities (id, name, label, aliases, mentions, documents, first_published, last_published)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for node in graph.nodes {
                try entity.execute(arguments: [
                    node.id, node.name, node.label, Self.jsonArray(node.aliases), node.mentions, node.documents,
                    node.firstPublished, node.lastPublished,
                ])
            }
            let edge = try db.makeStatement(
                sql: "INSERT INTO edges (source, target, relation, weight, documents) VALUES (?, ?, ?, ?, ?)")
            for graphEdge in graph.edges {
                try edge.execute(arguments: [
                    graphEdge.source, graphEdge.target, graphEdge.relation.rawValue, graphEdge.weight,
                    graphEdge.documents,
                ])
            }
            let mention = try db.makeStatement(sql: "UPDATE mentions SET entity = ? WHERE entity = ?")
            let speaker = try db.makeStatement(sql: "UPDATE quotes SET speaker_entity = ? WHERE speaker_entity = ?")
            for (key, node) in mergedKeys.sorted(by: { $0.key < $1.key }) {
                try mention.execute(arguments: [node, key])
                try speaker.execute(arguments: [node, key])
            }
            // Statistics from a sample of each index: exact counts over millions of rows take
            // longer than they help the planner.
            try db.execute(sql: "PRAGMA analysis_limit = 1000")
            try db.execute(sql: "ANALYZE")
        }
    }

    private static func insert(_ record: DocumentRecord, into db: Database) throws {
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
        var mention = RowInserter(
            try db.cachedStatement(
                sql: """
                    INSERT INTO mentions (document, start_char, end_char, sentence, label, text, entity, key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """), in: db)
        for entity in record.entities {
            mention.bind(documentID)
            mention.bind(entity.start)
            mention.bind(entity.end)
            mention.bind(entity.sentence)
            mention.bind(entity.label.rawValue)
            mention.bind(entity.text)
            mention.bind(entity.entity)
            mention.bind(entity.entity)
            try mention.step()
        }
        guard !record.quotes.isEmpty else { return }
        let text = QuoteText(record.text)
        var quote = RowInserter(
            try db.cachedStatement(
                sql: """
                    INSERT INTO quotes (document, start_char, end_char, kind, cue, speaker, speaker_entity, speaker_key,
                        speaker_start_char, speaker_end_char, text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """), in: db)
        for item in record.quotes {
            quote.bind(documentID)
            quote.bind(item.start)
            quote.bind(item.end)
            quote.bind(item.kind.rawValue)
            quote.bind(item.cue)
            quote.bind(item.speaker)
            quote.bind(item.speakerEntity)
            quote.bind(item.speakerEntity)
            quote.bind(item.speakerStart)
            quote.bind(item.speakerEnd)
            quote.bind(text.slice(item.start, item.end))
            try quote.step()
        }
    }

    static func jsonArray(_ strings: [String]) -> String {
        var writer = JSONWriter()
        writer.value(strings)
        return String(decoding: writer.bytes, as: UTF8.self)
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
