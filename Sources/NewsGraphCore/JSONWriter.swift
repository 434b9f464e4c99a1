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
        // Not `withUTF8`, which needs a mutable copy of the string and so a retain and a release.
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { appendQuoted($0) }
        if done == nil {
            var string = string
            string.withUTF8 { appendQuoted($0) }
        }
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Room for the quotes and the string as it is; an escape makes room for itself.
        reserve(utf8.count + 2)
        put(UInt8(ascii: "\""))
        appendEscaped(utf8)
        reserve(1)
        put(UInt8(ascii: "\""))
    }

    /// Copies runs of bytes that need no escape in one go: article text is long and has few.
    /// Eight bytes at a time are tested for a control byte, a quote or a backslash, the last
    /// few of a string too (most strings of a record are short names and keys).
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let end = utf8.count
        var runStart = 0
        while let index = Self.firstEscape(in: base, from: runStart, to: end) {
            copy(from: base + runStart, count: index - runStart)
            let byte = base[index]
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
            runStart = index + 1
        }
        copy(from: base + runStart, count: end - runStart)
    }

    @inline(__always)
    private mutating func copy(from source: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        reserve(length)
        (storage + count).update(from: source, count: length)
        count += length
    }

    /// The offset of the first byte in `start..<end` that needs an escape, if any.
    @inline(__always)
    private static func firstEscape(in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            let mask = JSONEscape.mask(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if mask != 0 { return index + mask.trailingZeroBitCount >> 3 }
            index += 8
        }
        let rest = end - index
        guard rest > 0 else { return nil }
        if end >= 8 {
            // The last eight bytes, shifted so that the `rest` unread ones come first and the
            // ones already read give way to letters, which need no escape.
            let word = raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self) &>> UInt64((8 - rest) * 8)
            let letters: UInt64 = 0x4141_4141_4141_4141
            let mask = JSONEscape.mask(word | letters &<< UInt64(rest * 8))
            return mask != 0 ? index + mask.trailingZeroBitCount >> 3 : nil
        }
        while index < end {
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return nil
    }
}
