/// The tables of `newsgraph.sqlite` and the indexes behind the questions people ask first:
/// every quote by a person, every document naming an entity, the strongest relations, an
/// entity's neighbours.
///
/// Mentions and quotes are stored with the entity key as a number (`entity_keys.id`) and read
/// through the views `mentions` and `quotes`, which give the key and the graph node as text:
/// resolving keys to graph nodes at the end writes one row per key, not one per mention. Both
/// row tables are clustered by `(document, ordinal)`, the order they are written in, so a
/// document's rows need no index of their own. Which documents name an entity is
/// `document_keys` (one row per document and key, with the mention count; the view
/// `document_entities`): half as many rows as mentions, clustered by key. The store sorts them
/// itself and appends them at the end (``DocumentKeyRuns``), so the run builds no index for
/// them.
///
/// Offsets are code-point offsets into `documents.text`, like the JSONL records, so SQLite's own
/// `substr(text, start_char + 1, end_char - start_char)` returns the mention: the views give
/// mention and quote texts that way instead of storing every one twice (a 1 GB run quotes
/// 0.3 GB). The text is a subquery on the documents' primary key, so a query that does not
/// ask for it does not read documents.
enum StoreSchema {
    /// The tables and views, created empty before the first record.
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
            quote_count INTEGER NOT NULL,
            -- A near-copy of an earlier document (its record_id) and their estimated Jaccard
            -- similarity; NULL for originals. Copies are stored but counted once in the graph.
            duplicate_of TEXT,
            similarity REAL
        )
        """,
        """
        CREATE TABLE entity_keys (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            entity TEXT NOT NULL,
            label TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE mention_rows (
            document INTEGER NOT NULL REFERENCES documents(id),
            ordinal INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            -- NULL when it is the key's label (entity_keys.label): nearly always, and a text
            -- column in 13 M rows a gigabyte costs SQLite a third more than one of NULLs.
            label TEXT,
            key INTEGER NOT NULL REFERENCES entity_keys(id),
            PRIMARY KEY (document, ordinal)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE document_keys (
            key INTEGER NOT NULL REFERENCES entity_keys(id),
            document INTEGER NOT NULL REFERENCES documents(id),
            mentions INTEGER NOT NULL,
            PRIMARY KEY (key, document)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE quote_rows (
            document INTEGER NOT NULL REFERENCES documents(id),
            ordinal INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            kind TEXT NOT NULL,
            cue TEXT,
            speaker TEXT,
            speaker_key INTEGER REFERENCES entity_keys(id),
            speaker_start_char INTEGER,
            speaker_end_char INTEGER,
            continues_char INTEGER,
            PRIMARY KEY (document, ordinal)
        ) WITHOUT ROWID
        """,
        """
        CREATE VIEW mentions AS
        SELECT m.document, m.start_char, m.end_char, m.sentence, coalesce(m.label, k.label) AS label,
            (SELECT substr(d.text, m.start_char + 1, m.end_char - m.start_char) FROM documents d WHERE d.id = m.document)
                AS text,
            k.entity, k.key
        FROM mention_rows m JOIN entity_keys k ON k.id = m.key
        """,
        """
        CREATE VIEW document_entities AS
        SELECT d.document, k.entity, k.key, d.mentions
        FROM document_keys d JOIN entity_keys k ON k.id = d.key
        """,
        """
        CREATE VIEW quotes AS
        SELECT q.document, q.start_char, q.end_char, q.kind, q.cue, q.speaker, k.entity AS speaker_entity,
            k.key AS speaker_key, q.speaker_start_char, q.speaker_end_char, q.continues_char,
            (SELECT substr(d.text, q.start_char + 1, q.end_char - q.start_char) FROM documents d WHERE d.id = q.document)
                AS text
        FROM quote_rows q LEFT JOIN entity_keys k ON k.id = q.speaker_key
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
            last_published TEXT,
            -- The person's titles, a JSON array, most often given first ('[]' for others).
            roles TEXT NOT NULL DEFAULT '[]',
            -- A place's GeoNames facts (NULL for other nodes and names GeoNames' data lacks):
            -- id, ISO country code, feature class (A, P, L), coordinates, and why this place
            -- of its name ('only', 'context', 'prominence').
            geonames_id INTEGER,
            country_code TEXT,
            feature_class TEXT,
            latitude REAL,
            longitude REAL,
            place_reason TEXT
        )
        """,
        """
        CREATE TABLE edges (
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            relation TEXT NOT NULL,
            weight INTEGER NOT NULL,
            documents INTEGER NOT NULL,
            -- A ROLE edge's title (one edge per title); '' for the other relations.
            title TEXT NOT NULL DEFAULT '',
            -- The first and last publication day of the documents with the edge (NULL: none dated).
            first_published TEXT,
            last_published TEXT,
            PRIMARY KEY (source, relation, target, title)
        )
        """,
        """
        CREATE VIEW roles AS
        SELECT source AS person, title, target AS organisation, weight AS mentions, documents
        FROM edges WHERE relation = 'ROLE'
        """,
    ]

    /// The indexes on the rows, built once the documents are in: one sort per index at the end
    /// costs less than keeping each B-tree in order through millions of inserts. Even the
    /// speaker index, whose entries arrive in order for each speaker, cost a 1 GB run about 5 s
    /// more that way than its sort: a page cache holding every speaker's last page crowds out
    /// the tables' own.
    static let rowIndexes = [
        "CREATE INDEX documents_record_id ON documents(record_id)",
        // The report's "richest documents": otherwise a scan of every document's text.
        "CREATE INDEX documents_richest ON documents(quote_count DESC, entity_count DESC, record_id)",
        "CREATE INDEX quote_rows_speaker ON quote_rows(speaker_key, document) WHERE speaker_key IS NOT NULL",
    ]

    /// The indexes on the graph's tables, built after them.
    static let graphIndexes = [
        "CREATE INDEX entity_keys_entity ON entity_keys(entity)",
        "CREATE INDEX entities_label ON entities(label, mentions DESC)",
        "CREATE INDEX edges_strongest ON edges(relation, weight DESC)",
        "CREATE INDEX edges_target ON edges(target, relation)",
    ]
}
