/// Appends JSON to a byte buffer, keys in the order written.
///
/// `JSONEncoder` allocates per value and orders keys its own way; documents.jsonl is written for
/// every document of a corpus, so the writer works straight on UTF-8 bytes.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Whether the open object or array at each depth needs a comma before its next value: one
    /// bit per depth (bit 0 the top level), and a list for nesting beyond 64.
    private var commaBits: UInt64 = 0
    private var depth = 0
    private var deeperCommas: [Bool] = []

    public init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        valuePrefix()
        bytes.append(UInt8(ascii: "{"))
        push()
    }
    public mutating func endObject() {
        pop()
        bytes.append(UInt8(ascii: "}"))
    }
    public mutating func beginArray() {
        valuePrefix()
        bytes.append(UInt8(ascii: "["))
        push()
    }
    public mutating func endArray() {
        pop()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"name":`; the next value call writes its value.
    ///
    /// Names written in source need no escaping, so they are copied as they are: a record
    /// writes seven of them per entity, millions of times in a large run.
    public mutating func key(_ name: StaticString) {
        assert(!Self.needsEscape(name), "a key literal needs no escaping")
        valuePrefix()
        bytes.append(UInt8(ascii: "\""))
        // Byte by byte: for a few bytes the inlined append beats the generic bulk copy's call.
        name.withUTF8Buffer { for byte in $0 { bytes.append(byte) } }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        setNeedsComma(false)
    }

    /// Writes `"name":` for a name known only at run time (escaped as any string).
    public mutating func key(named name: String) {
        valuePrefix()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        setNeedsComma(false)
    }

    private static func needsEscape(_ name: StaticString) -> Bool {
        name.withUTF8Buffer { $0.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } }
    }

    public mutating func value(_ string: String?) {
        valuePrefix()
        if let string { appendQuoted(string) } else { appendRaw("null") }
    }

    public mutating func value(_ number: Int?) {
        valuePrefix()
        if let number { appendDecimal(number) } else { appendRaw("null") }
    }

    public mutating func value(_ number: Double) {
        valuePrefix()
        appendRaw(number.isFinite ? String(number) : "null")
    }

    public mutating func value(_ flag: Bool) {
        valuePrefix()
        appendRaw(flag ? "true" : "false")
    }

    public mutating func value(_ strings: [String]) {
        beginArray()
        for string in strings { value(string) }
        endArray()
    }

    /// Key and value in one call, the common case.
    public mutating func field(_ name: StaticString, _ string: String?) {
        key(name)
        value(string)
    }
    public mutating func field(_ name: StaticString, _ number: Int?) {
        key(name)
        value(number)
    }
    public mutating func field(_ name: StaticString, _ number: Double) {
        key(name)
        value(number)
    }
    public mutating func field(_ name: StaticString, _ flag: Bool) {
        key(name)
        value(flag)
    }
    public mutating func field(_ name: StaticString, _ strings: [String]) {
        key(name)
        value(strings)
    }

    public mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        commaBits = 0
        depth = 0
        deeperCommas.removeAll()
    }

    @inline(__always)
    private mutating func valuePrefix() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
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
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        // Twenty digits hold any Int; written from the end.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }

    private mutating func appendRaw(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Copies runs of bytes that need no escape in one go: article text is long and has few.
    /// Eight bytes at a time are tested for a control byte, a quote or a backslash.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        var index = 0
        let count = utf8.count
        while index < count {
            if index + 8 <= count, let base = utf8.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !Self.mayNeedEscape(word) {
                    index += 8
                    continue
                }
            }
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\n"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            }
            runStart = index
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    /// Whether any of the eight bytes is below 0x20, a quote or a backslash (exact when none is: the
    /// "has a byte less than n" test of Bit Twiddling Hacks).
    @inline(__always)
    public static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasByteBelow(_ value: UInt64, _ bound: UInt64) -> Bool { (value &- ones &* bound) & ~value & highs != 0 }
        return hasByteBelow(word, 0x20) || hasByteBelow(word ^ (ones &* 0x22), 1)
            || hasByteBelow(word ^ (ones &* 0x5C), 1)
    }
}
