/// The distinct entity keys of one record, and each mention's key as a position among them.
///
/// The graph summary and the database rows both group a record's mentions by key. A record has
/// a dozen or so distinct keys, so a short list compared by a byte hash first finds them faster
/// than a `Dictionary` hashing every key with SipHash.
public struct RecordKeys: Sendable {
    /// Distinct keys in order of first use.
    public private(set) var keys: [String] = []
    /// For each mention of the record, its key's position in ``keys``.
    public private(set) var mentionKeys: [Int32] = []
    private var hashes: [UInt64] = []

    public init(_ record: DocumentRecord) {
        mentionKeys.reserveCapacity(record.entities.count)
        for mention in record.entities { mentionKeys.append(position(of: mention.entity)) }
    }

    /// The position of `key`, added at the end when the record has not used it yet (a quote's
    /// speaker may name a key no mention has).
    public mutating func position(of key: String) -> Int32 {
        let hash = Self.hash(key)
        for index in hashes.indices where hashes[index] == hash && keys[index] == key { return Int32(index) }
        hashes.append(hash)
        keys.append(key)
        return Int32(keys.count - 1)
    }

    /// FNV-1a over the UTF-8 bytes.
    private static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
