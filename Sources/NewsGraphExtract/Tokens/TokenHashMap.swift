/// A map from token-hash keys to values, with the open addressing of ``TokenHashSet``.
///
/// The document-level passes key their tables by token hashes, which are already well mixed;
/// `Dictionary` would run SipHash over them again on every look-up.
struct TokenHashMap<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
    }

    /// Zero marks an empty slot; a real zero key is stored as one (a 2⁻⁶⁴ collision).
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var index = TokenHashSet.start(key, mask)
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        return index
    }

    subscript(key: UInt64) -> Value? {
        get {
            let index = slot(Self.stored(key))
            return keys[index] == 0 ? nil : values[index]
        }
        set {
            guard let newValue else { return }
            update(key, default: newValue) { $0 = newValue }
        }
    }

    /// Changes the value of `key` in place, inserting `defaultValue` first when it is absent.
    mutating func update(_ key: UInt64, default defaultValue: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        let key = Self.stored(key)
        if (count + 1) * 2 > keys.count { grow() }
        let index = slot(key)
        if keys[index] == 0 {
            keys[index] = key
            values[index] = defaultValue()
            count += 1
        }
        body(&values[index]!)
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            let index = slot(key)
            keys[index] = key
            values[index] = value
        }
    }
}

extension TokenHashMap: Sendable where Value: Sendable {}
