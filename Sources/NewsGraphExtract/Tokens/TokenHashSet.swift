/// A set of token hashes, probed without hashing again.
///
/// Token hashes are FNV-1a values, already well mixed, so open addressing on their bits is
/// enough; `Set<UInt64>` would run SipHash on every look-up, and the rules look up every token
/// in several word lists.
public struct TokenHashSet: Sendable, Sequence {
    /// The members, for iteration and union; look-ups use `slots`.
    private var members: [UInt64]
    private var slots: [UInt64]
    private var mask: Int
    /// Zero marks an empty slot, so a real zero hash is kept aside.
    private var containsZero = false

    public init(_ hashes: some Sequence<UInt64>) {
        let unique = Array(Set(hashes)).sorted()
        members = unique
        var capacity = 16
        while capacity < unique.count * 2 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for hash in unique {
            if hash == 0 {
                containsZero = true
                continue
            }
            var index = Self.start(hash, mask)
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = hash
        }
    }

    public func makeIterator() -> IndexingIterator<[UInt64]> { members.makeIterator() }

    /// The hashes of both sets.
    public func union(_ other: TokenHashSet) -> TokenHashSet { TokenHashSet(members + other.members) }

    @inline(__always)
    static func start(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 31)) & mask
    }

    @inline(__always)
    public func contains(_ hash: UInt64) -> Bool {
        if hash == 0 { return containsZero }
        var index = Self.start(hash, mask)
        while true {
            let slot = slots[index]
            if slot == hash { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}

/// A map from token-hash keys to small integers, with the same open addressing as
/// ``TokenHashSet``; the gazetteer trie's transitions live in one.
struct TokenHashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// Keys must not be zero (callers mix in a non-zero constant).
    subscript(key: UInt64) -> Int32? {
        get {
            var index = TokenHashSet.start(key, mask)
            while true {
                let slot = keys[index]
                if slot == key { return values[index] }
                if slot == 0 { return nil }
                index = (index + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            var index = TokenHashSet.start(key, mask)
            while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
            if keys[index] == 0 { count += 1 }
            keys[index] = key
            values[index] = newValue
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { self[key] = value }
    }
}
