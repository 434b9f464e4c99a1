/// The distinct entity keys of one record, and each mention's key as a position among them.
///
/// The graph summary and the database rows both group a record's mentions by key. A record has
/// a dozen or so distinct keys, so a short list compared by a byte hash first finds them faster
/// than a `Dictionary` hashing every key with SipHash.
package struct RecordKeys: Sendable {
    /// Distinct keys in order of first use.
    package private(set) var keys: [String] = []
    /// For each mention of the record, its key's position in ``keys``.
    package private(set) var mentionKeys: [Int32] = []
    /// For each quote of the record, its speaker's key's position in ``keys``, or -1. A speaker
    /// key no mention has comes after the mentions' keys.
    package private(set) var speakerKeys: [Int32] = []
    private var hashes: [UInt64] = []

    package init(_ record: DocumentRecord) {
        mentionKeys.reserveCapacity(record.entities.count)
        for mention in record.entities { mentionKeys.append(position(of: mention.entity)) }
        speakerKeys.reserveCapacity(record.quotes.count)
        for quote in record.quotes { speakerKeys.append(quote.speakerEntity.map { position(of: $0) } ?? -1) }
    }

    /// The position of `key`, added at the end when the record has not used it yet (a quote's
    /// speaker may name a key no mention has).
    package mutating func position(of key: String) -> Int32 {
        let hash = FNV1a.hash(key)
        if let known = position(of: key, hash: hash) { return known }
        hashes.append(hash)
        keys.append(key)
        return Int32(keys.count - 1)
    }

    private func position(of key: String, hash: UInt64) -> Int32? {
        for index in hashes.indices where hashes[index] == hash && keys[index] == key { return Int32(index) }
        return nil
    }
}
