/// Strict UTF-8 validation on bytes, shared by the stages that must know whether bytes are
/// UTF-8 before they trust them: the JSONL record scanner and the parse stage's decoder.
package enum UTF8Validation {
    /// Strict UTF-8 validation (no overlongs, surrogates or values past U+10FFFF), with a fast
    /// path over ASCII runs: pages and articles are mostly ASCII.
    package static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = buffer.count
        var index = 0
        let base = UnsafeRawPointer(buffer.baseAddress)
        while index < count {
            // Eight ASCII bytes at a time.
            while index + 8 <= count,
                base!.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, lower) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, upper) = (3, 0x9F)
            case 0xF0: (length, lower) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, upper) = (4, 0x8F)
            default: return false
            }
            guard index + length <= count else { return false }
            let second = buffer[index + 1]
            guard second >= lower && second <= upper else { return false }
            for offset in 2..<max(length, 2) where buffer[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
