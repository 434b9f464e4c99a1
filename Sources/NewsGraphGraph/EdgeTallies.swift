/// Weight, document count and first and last day per packed edge
/// (``DocumentSummary/packedEdge(_:_:_:)``), in one open-addressing table.
///
/// The graph builder counts every edge of every document on the one thread that merges them: a
/// gigabyte of news adds tens of millions. Packed edges are plain numbers, so a multiply spreads
/// them over the slots; `Dictionary` would run SipHash on each.
struct EdgeTallies: Sendable, Sequence {
    /// `key + 1`, so that zero marks an empty slot (a packed edge never has every bit set).
    private var slots: [UInt64]
    private var weights: [Int]
    private var documents: [Int]
    /// ``Day`` numbers; `Day.none` until a dated document names the edge.
    private var firstDays: [Int32]
    private var lastDays: [Int32]
    private var mask: Int
    private(set) var count = 0

    init() {
        slots = [UInt64](repeating: 0, count: 1024)
        weights = [Int](repeating: 0, count: 1024)
        documents = [Int](repeating: 0, count: 1024)
        firstDays = [Int32](repeating: Day.none, count: 1024)
        lastDays = [Int32](repeating: Day.none, count: 1024)
        mask = 1023
    }

    @inline(__always)
    private static func start(_ stored: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (stored &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Adds `weight` to the edge and counts one more document for it, published on `day`
    /// (`Day.none`: undated).
    mutating func add(_ key: UInt64, weight: Int, day: Int32 = Day.none) {
        if (count + 1) * 2 > slots.count { grow() }
        let stored = key &+ 1
        var index = Self.start(stored, mask)
        while slots[index] != 0 && slots[index] != stored { index = (index + 1) & mask }
        if slots[index] == 0 {
            slots[index] = stored
            count += 1
        }
        weights[index] += weight
        documents[index] += 1
        if day != Day.none {
            if firstDays[index] == Day.none || day < firstDays[index] { firstDays[index] = day }
            if day > lastDays[index] { lastDays[index] = day }
        }
    }

    subscript(key: UInt64) -> (weight: Int, documents: Int)? {
        let stored = key &+ 1
        var index = Self.start(stored, mask)
        while slots[index] != 0 {
            if slots[index] == stored { return (weights[index], documents[index]) }
            index = (index + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        let old = (slots, weights, documents, firstDays, lastDays)
        let capacity = slots.count * 2
        slots = [UInt64](repeating: 0, count: capacity)
        weights = [Int](repeating: 0, count: capacity)
        documents = [Int](repeating: 0, count: capacity)
        firstDays = [Int32](repeating: Day.none, count: capacity)
        lastDays = [Int32](repeating: Day.none, count: capacity)
        mask = capacity - 1
        for (position, stored) in old.0.enumerated() where stored != 0 {
            var index = Self.start(stored, mask)
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = stored
            weights[index] = old.1[position]
            documents[index] = old.2[position]
            firstDays[index] = old.3[position]
            lastDays[index] = old.4[position]
        }
    }

    struct Element {
        var key: UInt64
        var weight: Int
        var documents: Int
        var firstDay: Int32
        var lastDay: Int32
    }

    /// Every edge with its tallies, in no particular order.
    func makeIterator() -> some IteratorProtocol<Element> {
        var position = 0
        return AnyIterator {
            while position < slots.count {
                defer { position += 1 }
                if slots[position] != 0 {
                    return Element(
                        key: slots[position] &- 1, weight: weights[position], documents: documents[position],
                        firstDay: firstDays[position], lastDay: lastDays[position])
                }
            }
            return nil
        }
    }
}
