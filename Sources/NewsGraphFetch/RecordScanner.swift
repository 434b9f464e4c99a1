import NewsGraphCore

/// Reads the string members of one JSON object straight from its bytes: the fast path of
/// ``RecordDecoder``.
///
/// A 1 GB JSONL input is mostly article text inside JSON strings; going through
/// `JSONSerialization` built a dictionary, a bridged `String` and then a byte copy of every text.
/// This scanner checks the whole grammar (nested values it skips are validated too) and unescapes
/// strings into bytes. It answers `nil` whenever it is not certain to agree with
/// `JSONSerialization` (invalid JSON or UTF-8, a lone surrogate escape, a repeated member), and the
/// decoder then takes the slow path, which also words the error.
struct RecordScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// The members whose value is a string, by name; `nil` when the line needs the slow path.
    static func stringMembers(of line: [UInt8], named names: Set<String>) -> [String: [UInt8]]? {
        line.withUnsafeBufferPointer { buffer in
            guard UTF8Validation.isValid(buffer) else { return nil }
            var scanner = RecordScanner(bytes: buffer)
            return scanner.object(keeping: names)
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func object(keeping names: Set<String>) -> [String: [UInt8]]? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var members: [String: [UInt8]] = [:]
        var seen = Set<String>()
        skipSpace()
        if take(UInt8(ascii: "}")) { return finished() ? members : nil }
        repeat {
            skipSpace()
            guard let name = string().map({ String(decoding: $0, as: UTF8.self) }), seen.insert(name).inserted
            else { return nil }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            if names.contains(name), peek() == UInt8(ascii: "\"") {
                guard let value = string() else { return nil }
                members[name] = value
            } else {
                guard skipValue(depth: 0) else { return nil }
            }
            skipSpace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        return finished() ? members : nil
    }

    private mutating func finished() -> Bool {
        skipSpace()
        return position == bytes.count
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    /// A string at the current position, unescaped, as UTF-8.
    private mutating func string() -> [UInt8]? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var result: [UInt8] = []
        var runStart = position
        while position < bytes.count {
            // Eight bytes at a time past the plain text between quotes, escapes and controls,
            // then straight to the first of those.
            if position + 8 <= bytes.count, let base = bytes.baseAddress {
                let mask = JSONEscape.mask(UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
                if mask == 0 {
                    position += 8
                    continue
                }
                position += mask.trailingZeroBitCount >> 3
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                position += 1
                return result
            }
            if byte < 0x20 { return nil }
            if byte != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            // The unescaped string is no longer than the rest of the line: one allocation.
            if result.isEmpty { result.reserveCapacity(bytes.count - runStart) }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            position += 1
            guard let escaped = peek() else { return nil }
            position += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "u"):
                guard let scalar = unicodeEscape() else { return nil }
                result.append(contentsOf: String(Character(scalar)).utf8)
            default: return nil
            }
            runStart = position
        }
        return nil
    }

    /// The scalar of `\uXXXX` (the `\u` already read), a surrogate pair included.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let unit = hexUnit() else { return nil }
        if (0xD800..<0xDC00).contains(unit) {
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hexUnit(),
                (0xDC00..<0xE000).contains(low)
            else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(unit)
    }

    private mutating func hexUnit() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// Validates and steps over any JSON value; nesting deeper than 512 takes the slow path.
    private mutating func skipValue(depth: Int) -> Bool {
        guard depth < 512, let byte = peek() else { return false }
        switch byte {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipSpace()
            if take(close) { return true }
            repeat {
                skipSpace()
                if close == UInt8(ascii: "}") {
                    guard string() != nil else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                }
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
            } while take(UInt8(ascii: ","))
            return take(close)
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for index in 0..<count where bytes[position + index] != word.utf8Start[index] { return false }
        position += count
        return true
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, within the magnitudes a `Double` holds:
    /// `JSONSerialization` refuses a number it cannot represent (`1e999`), so such a line takes the
    /// slow path and gets Foundation's answer.
    private mutating func number() -> Bool {
        func digits() -> Int {
            let start = position
            while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
            return position - start
        }
        _ = take(UInt8(ascii: "-"))
        var integerDigits = 1
        if take(UInt8(ascii: "0")) {
            // No leading zeros.
        } else {
            integerDigits = digits()
            if integerDigits == 0 { return false }
        }
        if take(UInt8(ascii: ".")) && digits() == 0 { return false }
        var exponent = 0
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            let negative = !take(UInt8(ascii: "+")) && take(UInt8(ascii: "-"))
            let start = position
            if digits() == 0 { return false }
            for byte in bytes[start..<position] where exponent < 100_000 {
                exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
            }
            if negative { exponent = -exponent }
        }
        return integerDigits + exponent <= 300 && exponent >= -300
    }
}
