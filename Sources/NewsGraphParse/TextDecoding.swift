import NewsGraphCore

/// Decides how a document's bytes are encoded and turns them into UTF-8.
///
/// Order of evidence: a byte-order mark, then the transport's charset, then (HTML) a
/// `<meta charset>` in the first bytes, then the bytes themselves: valid UTF-8 is UTF-8,
/// anything else is read as Windows-1252, the de-facto default of the web for Latin text.
package enum TextDecoding {
    package enum Encoding: String, Sendable {
        case utf8 = "utf-8"
        case utf16LE = "utf-16le"
        case utf16BE = "utf-16be"
        case windows1252 = "windows-1252"
        case latin1 = "iso-8859-1"
    }

    /// The result of decoding: UTF-8 bytes without a BOM, and the encoding they came from.
    package struct Decoded: Sendable {
        package var utf8: [UInt8]
        package var encoding: Encoding
        /// True when the bytes claimed (or looked like) UTF-8 but were not valid.
        package var fellBack: Bool
        /// Characters repaired by ``MojibakeRepair`` (UTF-8 that had been decoded twice).
        package var mojibakeRepaired = 0
    }

    /// Detects binary data: NUL bytes near the start of something that is not UTF-16.
    package static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bomEncoding(bytes) != nil || utf16Pattern(bytes) != nil { return false }
        let count = min(bytes.count, 8192)
        var controls = 0
        var sawZero = false
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < count {
                // Eight bytes at a time: a word with no byte below 0x20 (most of text) is skipped
                // with one test (the classic "has a byte less than n" bit trick).
                if offset + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                    if low == 0 {
                        offset += 8
                        continue
                    }
                }
                let end = min(offset + 8, count)
                for index in offset..<end {
                    let byte = raw[index]
                    if byte == 0 {
                        sawZero = true
                        return
                    }
                    if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { controls += 1 }
                }
                offset = end
            }
        }
        if sawZero { return true }
        return controls * 10 > count && count > 16
    }

    static func bomEncoding(_ bytes: [UInt8]) -> (Encoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    /// UTF-16 without a byte-order mark, told by its zero bytes: ASCII markup (`<`, letters,
    /// spaces) in the first characters has a zero high byte.
    static func utf16Pattern(_ bytes: [UInt8]) -> Encoding? {
        let sample = bytes.prefix(min(64, bytes.count & ~1))
        guard sample.count >= 8 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 9 && evenZeros == 0 { return .utf16LE }
        if evenZeros * 10 >= half * 9 && oddZeros == 0 { return .utf16BE }
        return nil
    }

    /// Maps a charset label to an encoding we decode ourselves; unknown labels return nil.
    package static func encoding(named label: String) -> Encoding? {
        switch label.lowercased().trimmingCharacters(in: " \"'") {
        case "utf-8", "utf8": .utf8
        case "utf-16le", "utf-16": .utf16LE
        case "utf-16be": .utf16BE
        case "windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii": .windows1252
        // Browsers read Latin-1 labels as Windows-1252 (the WHATWG Encoding Standard).
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "l1": .windows1252
        default: nil
        }
    }

    /// Decodes `bytes` to UTF-8 using the strongest evidence available, then undoes a crawler's
    /// double encoding where that is unambiguous.
    package static func decode(_ bytes: [UInt8], declared: String? = nil, sniffHTML: Bool = false) -> Decoded {
        var decoded = decodeCharset(bytes, declared: declared, sniffHTML: sniffHTML)
        let repair = MojibakeRepair.repair(decoded.utf8)
        if repair.repaired > 0 {
            decoded.utf8 = repair.bytes
            decoded.mojibakeRepaired = repair.repaired
        }
        return decoded
    }

    private static func decodeCharset(_ bytes: [UInt8], declared: String?, sniffHTML: Bool) -> Decoded {
        if let (encoding, length) = bomEncoding(bytes) {
            return convert(Array(bytes[length...]), from: encoding)
        }
        if let encoding = utf16Pattern(bytes) { return convert(bytes, from: encoding) }
        var claimed = declared.flatMap(encoding(named:))
        if claimed == nil, sniffHTML, let label = metaCharset(in: bytes) {
            claimed = encoding(named: label)
        }
        // A UTF-16 label on bytes without UTF-16's zero bytes is wrong (browsers read it as UTF-8).
        if claimed == .utf16LE || claimed == .utf16BE { claimed = nil }
        switch claimed {
        case .some(.windows1252), .some(.latin1):
            // A page labelled Latin-1 that is in fact valid UTF-8 with non-ASCII bytes is common;
            // valid multi-byte UTF-8 is almost never accidental, so trust the bytes.
            if claimed == .windows1252, isValidUTF8(bytes), bytes.contains(where: { $0 >= 0x80 }) {
                return Decoded(utf8: bytes, encoding: .utf8, fellBack: false)
            }
            return convert(bytes, from: claimed!)
        default:
            if isValidUTF8(bytes) { return Decoded(utf8: bytes, encoding: .utf8, fellBack: false) }
            var decoded = convert(bytes, from: .windows1252)
            decoded.fellBack = true
            return decoded
        }
    }

    /// Strict UTF-8 validation (``UTF8Validation``).
    package static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    static func convert(_ bytes: [UInt8], from encoding: Encoding) -> Decoded {
        switch encoding {
        case .utf8:
            return Decoded(
                utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: .utf8, fellBack: !isValidUTF8(bytes)
            )
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index + 1 < bytes.count {
                let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(encoding == .utf16LE ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return Decoded(
                utf8: Array(String(decoding: units, as: UTF16.self).utf8), encoding: encoding, fellBack: false)
        case .windows1252, .latin1:
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                if byte < 0x80 {
                    output.append(byte)
                    continue
                }
                let scalar = byte < 0xA0 && encoding == .windows1252 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
                output.append(contentsOf: Character(Unicode.Scalar(scalar)!).utf8)
            }
            return Decoded(utf8: output, encoding: encoding, fellBack: false)
        }
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (undefined ones map to the C1 control).
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    /// Finds `charset=...` in the first 4 KB of an HTML page (`<meta charset>` or `http-equiv`).
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        let needle = Array("charset=".utf8)
        guard head.count >= needle.count else { return nil }
        var index = head.startIndex
        while index + needle.count <= head.endIndex {
            var matches = true
            for offset in 0..<needle.count where head[index + offset] | 0x20 != needle[offset] {
                matches = false
                break
            }
            if matches {
                var cursor = index + needle.count
                while cursor < head.endIndex, head[cursor] == UInt8(ascii: "\"") || head[cursor] == UInt8(ascii: "'") {
                    cursor += 1
                }
                var label: [UInt8] = []
                while cursor < head.endIndex, label.count < 40 {
                    let byte = head[cursor]
                    let isLabelByte =
                        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                    guard isLabelByte else { break }
                    label.append(byte)
                    cursor += 1
                }
                if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
            }
            index += 1
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
