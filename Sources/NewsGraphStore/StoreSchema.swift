/// The tables of `newsgraph.sqlite` and the indexes behind the questions people ask first:
/// every quote by a person (`quotes_speaker`), every document naming an entity
/// (`mentions_entity`), the strongest relations (`edges_strongest`), an entity's neighbours
/// (`edges` primary key and `edges_target`).
///
/// Offsets are code-point offsets into `documents.text`, like the JSONL records, so SQLite's own
/// `substr(text, start_char + 1, end_char - start_char)` returns the mention.
enum StoreSchema {
    /// The tables, created empty before the first record.
    static let tables = [
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            record_id TEXT NOT NULL,
            source TEXT NOT NULL,
            title TEXT,
            published TEXT,
            modified TEXT,
            language TEXT,
            site_name TEXT,
            url TEXT,
            description TEXT,
            authors TEXT NOT NULL,
            text TEXT NOT NULL,
            entity_count INTEGER NOT NULL,
            quote_count INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE mentions (
            document INTEGER NOT NULL REFERENCES documents(id),
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            entity TEXT NOT NULL,
            key TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE quotes (
            document INTEGER NOT NULL REFERENCES documents(id),
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            kind TEXT NOT NULL,
            cue TEXT,
            speaker TEXT,
            speaker_entity TEXT,
            speaker_key TEXT,
            speaker_start_char INTEGER,
            speaker_end_char INTEGER,
            text TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            aliases TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            documents INTEGER NOT NULL,
            first_published TEXT,
            last_published TEXT
        )
        """,
        """
        CREATE TABLE edges (
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            relation TEXT NOT NULL,
            weight INTEGER NOT NULL,
            documents INTEGER NOT NULL,
            PRIMARY KEY (source, relation, target)
        )
        """,
    ]

    /// The indexes, built once the documents are in: one sort per index at the end costs far
    /// less than keeping each B-tree in order through millions of inserts.
    static let indexes = [
        "CREATE INDEX documents_record_id ON documents(record_id)",
        // The report's "richest documents": otherwise a scan of every document's text.
        "CREATE INDEX documents_richest ON documents(quote_count DESC, entity_count DESC, record_id)",
        "CREATE INDEX mentions_entity ON mentions(entity, document)",
        "CREATE INDEX mentions_document ON mentions(document, start_char)",
        "CREATE INDEX quotes_speaker ON quotes(speaker_entity, document)",
        "CREATE INDEX quotes_document ON quotes(document, start_char)",
        "CREATE INDEX entities_label ON entities(label, mentions DESC)",
        "CREATE INDEX edges_strongest ON edges(relation, weight DESC)",
        "CREATE INDEX edges_target ON edges(target, relation)",
    ]
}
