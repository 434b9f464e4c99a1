/// A set of token hashes, probed without hashing again.
///
/// Token hashes are FNV-1a values, already well mixed, so open addressing on their bits is
/// enough; `Set<UInt64>` would run SipHash on every look-up, and the rules look up every token
/// in several word lists.
package struct TokenHashSet: Sendable, Sequence {
    /// The members, for iteration and union; look-ups use `slots`.
    private var members: [UInt64]
    private var slots: [UInt64]
    private var mask: Int
    /// One bit per 1/8 member, set for each member's top bits: most words a rule asks about
    /// are in no list, and this filter (1 KB for a thousand words, so it stays in the L1
    /// cache) turns seven in eight of them away before a probe of `slots` misses the cache.
    private var filter: [UInt64]
    private var filterMask: Int
    /// Zero marks an empty slot, so a real zero hash is kept aside.
    private var containsZero = false

    package init(_ hashes: some Sequence<UInt64>) {
        let unique = Array(Set(hashes)).sorted()
        members = unique
        var capacity = 16
        while capacity < unique.count * 2 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        var filterBits = 64
        while filterBits < unique.count * 8 { filterBits *= 2 }
        filter = [UInt64](repeating: 0, count: filterBits / 64)
        filterMask = filterBits - 1
        for hash in unique {
            if hash == 0 {
                containsZero = true
                continue
            }
            let bit = Self.filterBit(hash, filterMask)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var index = Self.start(hash, mask)
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = hash
        }
    }

    package func makeIterator() -> IndexingIterator<[UInt64]> { members.makeIterator() }

    /// The hashes of both sets.
    package func union(_ other: TokenHashSet) -> TokenHashSet { TokenHashSet(members + other.members) }

    @inline(__always)
    static func start(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
    }

    /// The filter bit of a hash, from bits the slot position does not start from.
    @inline(__always)
    private static func filterBit(_ hash: UInt64, _ filterMask: Int) -> Int {
        Int(truncatingIfNeeded: hash >> 40) & filterMask
    }

    @inline(__always)
    package func contains(_ hash: UInt64) -> Bool {
        if hash == 0 { return containsZero }
        let bit = Self.filterBit(hash, filterMask)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        var index = Self.start(hash, mask)
        while true {
            let slot = slots[index]
            if slot == hash { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}

/// A map from token-hash keys to non-negative 32-bit integers, with the same open addressing
/// as ``TokenHashSet``; the gazetteer trie's transitions live in one.
///
/// Each slot packs a 32-bit fingerprint of the key with its value in one word, so a look-up
/// costs one cache line, not two; with the slot position taken from other bits of the key, two
/// keys collide only when 48 or more of their bits agree.
struct TokenHashTable: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    /// A table of `pairs`, sized once: load at most 60 %.
    init(_ pairs: [UInt64: Int32]) {
        var capacity = 16
        while capacity * 6 < pairs.count * 10 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs where value >= 0 {
            let fingerprint = Self.fingerprint(key)
            var index = TokenHashSet.start(key, mask)
            while slots[index] != 0 && slots[index] >> 32 != fingerprint { index = (index + 1) & mask }
            if slots[index] == 0 { count += 1 }
            slots[index] = fingerprint << 32 | UInt64(UInt32(bitPattern: value))
        }
    }

    /// The upper half of the key, never zero (zero marks an empty slot).
    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 {
        let high = key >> 32
        return high == 0 ? 1 : high
    }

    subscript(key: UInt64) -> Int32? {
        let fingerprint = Self.fingerprint(key)
        var index = TokenHashSet.start(key, mask)
        while true {
            let slot = slots[index]
            if slot >> 32 == fingerprint { return Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) }
            if slot == 0 { return nil }
            index = (index + 1) & mask
        }
    }
}
