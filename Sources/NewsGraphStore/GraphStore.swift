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
package final class GraphStore {
    package let path: String
    let database: DatabaseQueue
    private var pending: [StoreRecord] = []
    private let batchSize: Int
    private var rowsIndexed = false
    private let writer = BatchWriter()
    /// Whether the full-text index (``SearchSchema``) is built with the row indexes.
    private let searchIndex: Bool
    /// Entity keys by number, filled by the writer queue as rows arrive.
    private let keys = KeyNumbers()
    /// The rows of `document_keys`, held back until ``indexRows()`` writes them in key order.
    private let documentKeys: DocumentKeyRuns
    /// The documents' full-text index, filled beside the writer as batches arrive.
    private let searchFiller: SearchFiller?

    /// Creates the database, replacing a file already at `path`. `documentKeyRunLength` is how
    /// many `document_keys` rows are sorted in memory at a time (about 12 bytes each) before they
    /// go to a scratch file beside the database; `searchIndex` adds the full-text index.
    package init(
        path: String, batchSize: Int = 256, documentKeyRunLength: Int = 1 << 20, searchIndex: Bool = true
    ) throws {
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
            try Self.prepareOutputFile(db)
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Index builds at the end sort millions of mention rows: let SQLite's sorter use
            // the cores (measured here: 8.4 s → 5.4 s for 3.5 M rows on 2 cores).
            try db.execute(sql: "PRAGMA threads = \(min(ProcessInfo.processInfo.activeProcessorCount, 4))")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        self.batchSize = batchSize
        self.searchIndex = searchIndex
        let directory = (path as NSString).deletingLastPathComponent
        documentKeys = DocumentKeyRuns(
            scratchDirectory: directory.isEmpty ? "." : directory, runLength: documentKeyRunLength)
        try database.write { db in
            for statement in StoreSchema.tables { try db.execute(sql: statement) }
        }
        searchFiller = searchIndex ? try SearchFiller(path: path + "-search") : nil
    }

    deinit { searchFiller?.remove() }

    /// No fsyncs and no rollback journal, for a file a failed run writes again.
    static func prepareOutputFile(_ db: Database) throws {
        try db.execute(sql: "PRAGMA synchronous = OFF")
        // Larger pages: a news article's text fits one, and the B-trees stay shallower.
        try db.execute(sql: "PRAGMA page_size = 16384")
        try db.execute(sql: "PRAGMA journal_mode = OFF")
        // Some builds of SQLite overwrite every freed page and cell with zeros (the full-text
        // index frees the segments it merges); nothing deleted here is a secret.
        try db.execute(sql: "PRAGMA secure_delete = OFF")
    }

    /// Opens an existing database to read it.
    package init(readingAt path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        database = try DatabaseQueue(path: path, configuration: configuration)
        self.path = path
        batchSize = 0
        searchIndex = false
        searchFiller = nil
        // Never written to: its scratch file is created only when a run is spilled.
        documentKeys = DocumentKeyRuns(scratchDirectory: (path as NSString).deletingLastPathComponent)
    }

    package func add(_ record: DocumentRecord) throws {
        try add(StoreRecord(record))
    }

    /// Adds a record already made ready for the database (the workers of a run do that).
    package func add(_ record: StoreRecord) throws {
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
        let documentKeys = self.documentKeys
        try searchFiller?.add(batch)
        try writer.submit {
            try database.write { db in
                var statements = try BatchStatements(db)
                for record in batch {
                    try Self.insert(record, keys: keys, documentKeys: documentKeys, statements: &statements, into: db)
                }
            }
        }
    }

    /// Writes every buffered record and waits until they are in the database.
    package func flush() throws {
        try submitPending()
        try writer.wait()
    }

    /// Writes every buffered record, then `document_keys` in key order, the indexes on the
    /// rows and the documents' full-text index, on the writer queue, so the caller can build the
    /// graph meanwhile. ``finish(graph:mergedKeys:)`` waits for it.
    package func indexRows() throws {
        guard !rowsIndexed else { return }
        rowsIndexed = true
        try submitPending()
        try searchFiller?.commit()
        let database = self.database
        let documentKeys = self.documentKeys
        let searchIndex = self.searchIndex
        let searchFiller = self.searchFiller
        try writer.submit {
            try database.write { db in
                try Self.insertDocumentKeys(documentKeys, into: db)
                // The sorter's memory follows the page cache; a smaller one sorted faster here
                // (millions of short index entries) and keeps the peak memory down.
                try db.execute(sql: "PRAGMA cache_size = -16384")
                for statement in StoreSchema.rowIndexes { try db.execute(sql: statement) }
            }
            guard searchIndex else { return }
            if let searchFiller {
                try Self.copySearchIndex(from: searchFiller, into: database)
            } else {
                try database.write { db in
                    try db.execute(sql: SearchSchema.documentTable(external: true))
                    for statement in SearchSchema.rebuildDocuments() { try db.execute(sql: statement) }
                }
            }
        }
    }

    /// Moves the index that `filler` built and committed into the database: its tables' rows are copied, which
    /// reads no text. Should the documents not be numbered 1 to n in the order the filler saw
    /// them, the index is rebuilt from `documents` instead.
    private static func copySearchIndex(from filler: SearchFiller, into database: DatabaseQueue) throws {
        defer { filler.remove() }
        let count = try filler.finish()
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS search", arguments: [filler.path])
            defer { try? db.execute(sql: "DETACH DATABASE search") }
            try db.inTransaction {
                try db.execute(sql: SearchSchema.documentTable(external: true))
                let numbered = try Bool.fetchOne(
                    db, sql: "SELECT COUNT(*) = ? AND IFNULL(MAX(id), 0) = ? FROM documents", arguments: [count, count])
                if numbered == true {
                    for table in SearchSchema.documentShadowTables {
                        try db.execute(sql: "DELETE FROM main.\(table)")
                        try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM search.\(table)")
                    }
                } else {
                    for statement in SearchSchema.rebuildDocuments() { try db.execute(sql: statement) }
                }
                return .commit
            }
        }
    }

    /// Writes the graph, resolves each entity key to its node and builds the indexes.
    package func finish(graph: EntityGraph, mergedKeys: [String: String]) throws {
        try indexRows()
        try flush()
        let keys = self.keys
        try database.write { db in
            var entity = RowInserter(
                try db.makeStatement(
                    sql: """
                        INSERT INTO entities (id, name, label, aliases, mentions, documents, first_published, last_published, roles,
                            geonames_id, country_code, feature_class, latitude, longitude, place_reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """), in: db)
            for node in graph.nodes {
                for value in [node.id, node.name, node.label] { entity.bind(value) }
                entity.bind(Self.jsonArray(node.aliases))
                entity.bind(node.mentions)
                entity.bind(node.documents)
                entity.bind(node.firstPublished)
                entity.bind(node.lastPublished)
                entity.bind(Self.jsonArray(node.roles))
                entity.bind(node.place?.geonamesID)
                entity.bind(node.place.flatMap { $0.countryCode.isEmpty ? nil : $0.countryCode })
                entity.bind(node.place?.featureClass)
                entity.bind(node.place?.latitude)
                entity.bind(node.place?.longitude)
                entity.bind(node.place?.reason.rawValue)
                try entity.step()
            }
            var edge = RowInserter(
                try db.makeStatement(
                    sql:
                        "INSERT INTO edges (source, target, relation, weight, documents, title, first_published, last_published)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                ),
                in: db)
            for graphEdge in graph.edges {
                for value in [graphEdge.source, graphEdge.target, graphEdge.relation.rawValue] { edge.bind(value) }
                edge.bind(graphEdge.weight)
                edge.bind(graphEdge.documents)
                edge.bind(graphEdge.title ?? "")
                edge.bind(graphEdge.firstPublished)
                edge.bind(graphEdge.lastPublished)
                try edge.step()
            }
            var key = RowInserter(
                try db.makeStatement(sql: "INSERT INTO entity_keys (id, key, entity, label) VALUES (?, ?, ?, ?)"),
                in: db)
            for (id, name) in keys.names.enumerated() {
                key.bind(id)
                key.bind(name)
                key.bind(mergedKeys[name] ?? name)
                key.bind(keys.labels[id]?.rawValue ?? String(name.prefix { $0 != ":" }))
                try key.step()
            }
            for statement in StoreSchema.graphIndexes { try db.execute(sql: statement) }
            if searchIndex {
                try db.execute(sql: SearchSchema.entityTable)
                var names = RowInserter(
                    try db.makeStatement(sql: "INSERT INTO entity_search (id, names) VALUES (?, ?)"), in: db)
                for node in graph.nodes {
                    names.bind(node.id)
                    names.bind(SearchSchema.names(name: node.name, aliases: node.aliases))
                    try names.step()
                }
                try db.execute(sql: SearchSchema.optimizeEntities)
            }
            // Statistics from a sample of each index: exact counts over millions of rows take
            // longer than they help the planner.
            try db.execute(sql: "PRAGMA analysis_limit = 1000")
            try db.execute(sql: "ANALYZE")
        }
    }

    /// The statements of one batch's transaction, prepared (looked up in GRDB's cache) once.
    private struct BatchStatements {
        var document: RowInserter
        var mentions: MultiRowInsert.Prepared
        var quotes: MultiRowInsert.Prepared

        init(_ db: Database) throws {
            document = RowInserter(
                try db.cachedStatement(
                    sql: """
                        INSERT INTO documents (record_id, source, title, published, modified, language, site_name, url,
                            description, authors, text, entity_count, quote_count, duplicate_of, similarity)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """), in: db)
            mentions = GraphStore.mentionInsert.prepared(in: db)
            quotes = GraphStore.quoteInsert.prepared(in: db)
        }
    }

    /// Binds the record's text in place (`bind(held:)`): `prepared` lives in the batch until the
    /// transaction ends, and each statement is stepped before this returns.
    private static func insert(
        _ prepared: StoreRecord, keys: KeyNumbers, documentKeys: DocumentKeyRuns,
        statements: inout BatchStatements, into db: Database
    ) throws {
        let record = prepared.record
        let metadata = record.metadata
        var document = statements.document
        document.bind(held: record.id)
        document.bind(held: record.source)
        document.bind(held: record.title)
        document.bind(held: metadata.published)
        document.bind(held: metadata.modified)
        document.bind(held: metadata.language)
        document.bind(held: metadata.siteName)
        document.bind(held: metadata.url)
        document.bind(held: metadata.description)
        document.bind(held: prepared.authors)
        document.bind(held: record.text)
        document.bind(record.entities.count)
        document.bind(record.quotes.count)
        document.bind(held: record.duplicate?.of)
        document.bind(record.duplicate?.similarity)
        try document.step()
        let documentID = Int(db.lastInsertedRowID)
        let numbers = prepared.keys.map { keys.number(for: $0) }
        let entities = record.entities
        try statements.mentions.insert(count: entities.count) { row, ordinal in
            let mention = entities[ordinal]
            row.bind(documentID)
            row.bind(ordinal)
            row.bind(mention.start)
            row.bind(mention.end)
            row.bind(mention.sentence)
            let number = numbers[Int(prepared.mentionKeys[ordinal])]
            // The key's label is stored once, in entity_keys; a mention stores only a different one.
            if keys.label(of: number, settingIfUnknown: mention.label) == mention.label {
                row.bindNull()
            } else {
                row.bind(mention.label.rawValue)
            }
            row.bind(number)
        }
        for (index, count) in prepared.mentionCounts.enumerated() where count > 0 {
            try documentKeys.append(key: numbers[index], document: documentID, mentions: count)
        }
        let quotes = record.quotes
        try statements.quotes.insert(count: quotes.count) { row, ordinal in
            let quote = quotes[ordinal]
            let speaker = prepared.speakerKeys[ordinal]
            row.bind(documentID)
            row.bind(ordinal)
            row.bind(quote.start)
            row.bind(quote.end)
            row.bind(quote.kind.rawValue)
            row.bind(held: quote.cue)
            row.bind(held: quote.speaker)
            row.bind(speaker < 0 ? nil : numbers[Int(speaker)])
            row.bind(quote.speakerStart)
            row.bind(quote.speakerEnd)
            row.bind(quote.continues)
        }
    }

    // A document's mentions in one statement where they fit: each statement costs SQLite a
    // transaction check and a cursor opened beside its rows' work.
    private static let mentionInsert = MultiRowInsert(
        table: "mention_rows",
        columns: ["document", "ordinal", "start_char", "end_char", "sentence", "label", "key"], maximumRows: 64)
    /// Appends the rows in key order: SQLite adds each at the end of the table's B-tree.
    private static func insertDocumentKeys(_ runs: DocumentKeyRuns, into db: Database) throws {
        var rows: [DocumentKeyRuns.Row] = []
        rows.reserveCapacity(documentKeyInsert.maximumRows)
        var statements = documentKeyInsert.prepared(in: db)
        func insertRows() throws {
            try statements.insert(count: rows.count) { row, index in
                row.bind(Int(rows[index].key))
                row.bind(Int(rows[index].document))
                row.bind(Int(rows[index].mentions))
            }
            rows.removeAll(keepingCapacity: true)
        }
        try runs.merge { row in
            rows.append(row)
            if rows.count == documentKeyInsert.maximumRows { try insertRows() }
        }
        try insertRows()
    }

    // Larger statements than the others': a row of three numbers is little work for SQLite
    // beside a statement's (measured here: 3.9 s against 4.7 s for a gigabyte's rows).
    private static let documentKeyInsert = MultiRowInsert(
        table: "document_keys", columns: ["key", "document", "mentions"], maximumRows: 64)
    private static let quoteInsert = MultiRowInsert(
        table: "quote_rows",
        columns: [
            "document", "ordinal", "start_char", "end_char", "kind", "cue", "speaker", "speaker_key",
            "speaker_start_char", "speaker_end_char", "continues_char",
        ])

    static func jsonArray(_ strings: [String]) -> String {
        var writer = JSONWriter()
        writer.value(strings)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
