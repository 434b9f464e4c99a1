import NewsGraphCore

/// A record made ready for the database: its distinct entity keys, each mention's and speaker's
/// key by position, and per-key mention counts.
///
/// Everything here depends on the one document only, so the workers of a run build it in
/// parallel; the store's single writer then looks up each distinct key once and binds values.
package struct StoreRecord: Sendable {
    private(set) var record: DocumentRecord
    let authors: String
    /// Distinct entity keys, in order of first use by a mention or a speaker, hashed here so the
    /// writer's look-up of each key's number does not hash its text.
    let keys: [HashedKey]
    /// Mentions of each key in ``keys`` (0 for a key only a speaker uses).
    let mentionCounts: [Int]
    /// For each mention, its key's position in ``keys``.
    let mentionKeys: [Int32]
    /// For each quote, its speaker key's position in ``keys``, or -1.
    let speakerKeys: [Int32]

    /// The record's ``DuplicateMark``, set by the run after the workers prepared the rows.
    package var duplicate: DuplicateMark? {
        get { record.duplicate }
        set { record.duplicate = newValue }
    }

    package init(_ record: DocumentRecord) {
        self.init(record, keys: RecordKeys(record))
    }

    /// With the record's keys already grouped (the graph summary groups them too).
    package init(_ record: DocumentRecord, keys recordKeys: RecordKeys) {
        self.record = record
        authors = GraphStore.jsonArray(record.metadata.authors)
        mentionKeys = recordKeys.mentionKeys
        speakerKeys = recordKeys.speakerKeys
        keys = recordKeys.keys.map(HashedKey.init)
        var mentionCounts = [Int](repeating: 0, count: keys.count)
        for key in mentionKeys { mentionCounts[Int(key)] += 1 }
        self.mentionCounts = mentionCounts
    }
}
