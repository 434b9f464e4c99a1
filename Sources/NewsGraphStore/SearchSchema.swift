/// The full-text index (SQLite FTS5) that `newsgraph serve` searches: the documents' titles and
/// texts (`document_search`, its rowid the document's id) and the entities' names and aliases
/// (`entity_search`).
///
/// A run builds it inside `newsgraph.sqlite`, where the document index reads titles and texts
/// from `documents` itself (an external-content table: the words are indexed, the texts not
/// stored twice). The server builds the same tables in a file of its own, with the texts
/// copied, for a database written without them (an older run, `--no-search-index`).
package enum SearchSchema {
    /// Words with and without their accents match (`Zürich`, `Zurich`).
    static let tokenizer = "tokenize = 'unicode61 remove_diacritics 2'"

    /// The documents' index; `external` reads the words from the `documents` table of the
    /// same database, otherwise they are inserted into it.
    package static func documentTable(external: Bool) -> String {
        let content = external ? "content = 'documents', content_rowid = 'id', " : ""
        return "CREATE VIRTUAL TABLE document_search USING fts5(title, text, \(content)\(tokenizer))"
    }

    package static let entityTable = "CREATE VIRTUAL TABLE entity_search USING fts5(id UNINDEXED, names, \(tokenizer))"

    /// The indexed names of an entity: its name and its other aliases, one phrase each.
    package static func names(name: String, aliases: [String]) -> String {
        ([name] + aliases.filter { $0 != name }).joined(separator: " ; ")
    }

    /// Fills an external-content document index from `documents`. No 'optimize' after it: the
    /// segments stay as FTS5's automatic merging leaves them, searches return the same rows and
    /// snippets from them, and merging them into one is another serial pass at a run's end.
    ///
    /// FTS5 gathers words in memory and writes them out as a segment each time its buffer
    /// ('hashsize', 1 MB by default) fills; segments are merged, four at a level, as they pile
    /// up. Over a large corpus that merging, the postings rewritten level after level, costs
    /// more than reading the words: a larger buffer writes fewer segments, and merging sixteen
    /// at a level rewrites them fewer times. The buffer is bounded, so memory stays flat in
    /// corpus size; the settings are kept in the table's `_config` rows, and searches return
    /// the same rows, snippets and scores from any number of segments.
    static func rebuildDocuments(bufferBytes: Int = rebuildBufferBytes) -> [String] {
        documentSettings(bufferBytes: bufferBytes) + [
            "INSERT INTO document_search (document_search) VALUES ('rebuild')"
        ]
    }

    /// The buffer and merge settings of ``rebuildDocuments(bufferBytes:)``, for an index filled
    /// row by row in one transaction (``SearchFiller``), which writes the same segments.
    static func documentSettings(bufferBytes: Int = rebuildBufferBytes) -> [String] {
        [
            "INSERT INTO document_search (document_search, rank) VALUES ('hashsize', \(bufferBytes))",
            "INSERT INTO document_search (document_search, rank) VALUES ('automerge', \(rebuildMergeWidth))",
        ]
    }

    /// FTS5's tables behind `document_search`: the same in any file the table is created in
    /// with the same statement, so a finished index moves between files as their rows.
    static let documentShadowTables = ["data", "idx", "docsize", "config"].map { "document_search_" + $0 }

    /// The words buffered before FTS5 writes a segment while the run fills the index.
    static let rebuildBufferBytes = 64 << 20
    /// Segments of a level that FTS5 waits for before it merges them.
    static let rebuildMergeWidth = 16

    package static let optimizeEntities = "INSERT INTO entity_search (entity_search) VALUES ('optimize')"

    /// Whether a database holds both tables (built by its run).
    package static let presence = """
        SELECT COUNT(*) = 2 FROM sqlite_master WHERE type = 'table' AND name IN ('document_search', 'entity_search')
        """
}
