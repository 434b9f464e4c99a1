/// Appends JSON to a byte buffer, keys in the order written.
///
/// `JSONEncoder` allocates per value and orders keys its own way; documents.jsonl is written for
/// every document of a corpus, so the writer works straight on UTF-8 bytes.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() {
        valuePrefix()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }
    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }
    public mutating func beginArray() {
        valuePrefix()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }
    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"name":`; the next value call writes its value.
    public mutating func key(_ name: String) {
        valuePrefix()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func value(_ string: String?) {
        valuePrefix()
        if let string { appendQuoted(string) } else { appendRaw("null") }
    }

    public mutating func value(_ number: Int?) {
        valuePrefix()
        if let number { appendRaw(String(number)) } else { appendRaw("null") }
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
    public mutating func field(_ name: String, _ string: String?) {
        key(name)
        value(string)
    }
    public mutating func field(_ name: String, _ number: Int?) {
        key(name)
        value(number)
    }
    public mutating func field(_ name: String, _ number: Double) {
        key(name)
        value(number)
    }
    public mutating func field(_ name: String, _ flag: Bool) {
        key(name)
        value(flag)
    }
    public mutating func field(_ name: String, _ strings: [String]) {
        key(name)
        value(strings)
    }

    public mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        needsComma = [false]
    }

    private mutating func valuePrefix() {
        let last = needsComma.count - 1
        if needsComma[last] { bytes.append(UInt8(ascii: ",")) }
        needsComma[last] = true
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
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
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
            runStart = index + 1
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }
}
