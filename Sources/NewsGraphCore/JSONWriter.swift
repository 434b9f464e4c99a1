/// Appends JSON to a byte buffer, keys in the order written.
///
/// `JSONEncoder` allocates per value and orders keys its own way; documents.jsonl is written for
/// every document of a corpus, so the writer works straight on UTF-8 bytes. The buffer is its
/// own memory, not an array: an array checks that it is uniquely referenced on every append,
/// and a record appends tens of thousands of times. Being noncopyable, a writer is never shared.
package struct JSONWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// Whether the open object or array at each depth needs a comma before its next value: one
    /// bit per depth (bit 0 the top level), and a list for nesting beyond 64.
    private var commaBits: UInt64 = 0
    private var depth = 0
    private var deeperCommas: [Bool] = []

    package init(reservingCapacity capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// What has been written.
    package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let grown = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = grown
    }

    /// Appends one byte; the caller has reserved room for it.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    package mutating func beginObject() {
        valuePrefix()
        append(UInt8(ascii: "{"))
        push()
    }
    package mutating func endObject() {
        pop()
        append(UInt8(ascii: "}"))
    }
    package mutating func beginArray() {
        valuePrefix()
        append(UInt8(ascii: "["))
        push()
    }
    package mutating func endArray() {
        pop()
        append(UInt8(ascii: "]"))
    }

    /// Writes `"name":`; the next value call writes its value.
    ///
    /// Names written in source need no escaping, so they are copied as they are: a record
    /// writes seven of them per entity, millions of times in a large run. Inlined, so that the
    /// name's length is a constant and the copy a few moves.
    @inline(__always)
    package mutating func key(_ name: StaticString) {
        assert(!Self.needsEscape(name), "a key literal needs no escaping")
        valuePrefix()
        let length = name.utf8CodeUnitCount
        reserve(length + 3)
        let target = storage + count
        target[0] = UInt8(ascii: "\"")
        (target + 1).update(from: name.utf8Start, count: length)
        target[length + 1] = UInt8(ascii: "\"")
        target[length + 2] = UInt8(ascii: ":")
        count += length + 3
        setNeedsComma(false)
    }

    /// Writes `"name":` for a name known only at run time (escaped as any string).
    package mutating func key(named name: String) {
        valuePrefix()
        appendQuoted(name)
        append(UInt8(ascii: ":"))
        setNeedsComma(false)
    }

    private static func needsEscape(_ name: StaticString) -> Bool {
        name.withUTF8Buffer { $0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } }
    }

    package mutating func value(_ string: String?) {
        valuePrefix()
        if let string { appendQuoted(string) } else { appendRaw("null") }
    }

    package mutating func value(_ number: Int?) {
        valuePrefix()
        if let number { appendDecimal(number) } else { appendRaw("null") }
    }

    package mutating func value(_ number: Double) {
        valuePrefix()
        appendRaw(number.isFinite ? String(number) : "null")
    }

    package mutating func value(_ flag: Bool) {
        valuePrefix()
        appendRaw(flag ? "true" : "false")
    }

    package mutating func value(_ strings: [String]) {
        beginArray()
        for string in strings { value(string) }
        endArray()
    }

    /// Key and value in one call, the common case.
    @inline(__always)
    package mutating func field(_ name: StaticString, _ string: String?) {
        key(name)
        value(string)
    }
    @inline(__always)
    package mutating func field(_ name: StaticString, _ number: Int?) {
        key(name)
        value(number)
    }
    package mutating func field(_ name: StaticString, _ number: Double) {
        key(name)
        value(number)
    }
    package mutating func field(_ name: StaticString, _ flag: Bool) {
        key(name)
        value(flag)
    }
    package mutating func field(_ name: StaticString, _ strings: [String]) {
        key(name)
        value(strings)
    }

    package mutating func newline() {
        append(UInt8(ascii: "\n"))
        commaBits = 0
        depth = 0
        deeperCommas.removeAll()
    }

    @inline(__always)
    private mutating func valuePrefix() {
        if needsComma { append(UInt8(ascii: ",")) }
        setNeedsComma(true)
    }

    @inline(__always)
    private var needsComma: Bool {
        depth < 64 ? commaBits & (1 << UInt64(depth)) != 0 : deeperCommas[depth - 64]
    }

    @inline(__always)
    private mutating func setNeedsComma(_ flag: Bool) {
        if depth < 64 {
            if flag { commaBits |= 1 << UInt64(depth) } else { commaBits &= ~(1 << UInt64(depth)) }
        } else {
            deeperCommas[depth - 64] = flag
        }
    }

    @inline(__always)
    private mutating func push() {
        depth += 1
        if depth >= 64 { deeperCommas.append(false) } else { setNeedsComma(false) }
    }

    @inline(__always)
    private mutating func pop() {
        if depth >= 64 { deeperCommas.removeLast() }
        depth -= 1
    }

    /// Decimal digits straight into the buffer: `String(number)` allocated for every offset.
    private mutating func appendDecimal(_ number: Int) {
        // A sign and twenty digits hold any Int.
        reserve(21)
        if number < 0 { put(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 20 && magnitude >= power {
            digits += 1
            power = power &* 10
        }
        // Written from the last digit back.
        var index = count + digits
        count = index
        repeat {
            index -= 1
            storage[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    private mutating func appendRaw(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ string: String) {
        append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { appendEscaped($0) }
        append(UInt8(ascii: "\""))
    }

    /// Copies runs of bytes that need no escape in one go: article text is long and has few.
    /// Eight bytes at a time are tested for a control byte, a quote or a backslash.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            if index + 8 <= count, let base = utf8.baseAddress {
                let mask = Self.escapeMask(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if mask == 0 {
                    index += 8
                    continue
                }
                // Straight to the first byte that needs an escape (the lowest flag is exact).
                index += mask.trailingZeroBitCount >> 3
            }
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            if runStart < index {
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            }
            index += 1
            reserve(6)
            put(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
            case UInt8(ascii: "\n"): put(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): put(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): put(UInt8(ascii: "t"))
            default:
                put(UInt8(ascii: "u"))
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "0"))
                put(Self.hexDigits[Int(byte >> 4)])
                put(Self.hexDigits[Int(byte & 0xF)])
            }
            runStart = index
        }
        if runStart < utf8.count { append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    /// Whether any of the eight bytes is below 0x20, a quote or a backslash (exact when none is: the
    /// "has a byte less than n" test of Bit Twiddling Hacks).
    @inlinable @inline(__always)
    package static func mayNeedEscape(_ word: UInt64) -> Bool { escapeMask(word) != 0 }

    /// The high bit of each of the eight bytes (read little-endian) that may need an escape;
    /// the lowest bit set is always a byte that does (a borrow only carries past a byte that
    /// matched), so `trailingZeroBitCount / 8` is its offset. Inlinable: the JSONL reader of
    /// another module tests every eight bytes of its input too.
    @inlinable @inline(__always)
    package static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func bytesBelow(_ value: UInt64, _ bound: UInt64) -> UInt64 { (value &- ones &* bound) & ~value & highs }
        return bytesBelow(word, 0x20) | bytesBelow(word ^ (ones &* 0x22), 1) | bytesBelow(word ^ (ones &* 0x5C), 1)
    }
}
