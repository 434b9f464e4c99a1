import Foundation

/// Repairs text that was UTF-8, read as Windows-1252 or Latin-1 and encoded as UTF-8 again
/// (`donâ€™t` for `don’t`, `cafÃ©` for `café`), the commonest damage a crawler does to a page.
///
/// Works on UTF-8 bytes. A damaged character is a lead character `Â`…`ô` followed by one to
/// three characters that stand for bytes 0x80–0xBF; it is replaced only when those bytes form
/// one valid UTF-8 character, as ftfy does. Two-character pairs that real text could hold (a
/// capital with an accent before `»` or `°`) are repaired only on pages that also hold an
/// unmistakable one (three characters, a C1 control, a Windows-1252 punctuation mark, or `Â`/`Ã`
/// before a symbol), so a clean page is never touched.
enum MojibakeRepair {
    /// The repaired bytes and how many characters were repaired; the input itself when none were.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], repaired: Int) {
        guard let first = firstCandidate(bytes) else { return (bytes, 0) }
        var sequences: [(start: Int, length: Int, scalar: [UInt8], certain: Bool)] = []
        var certain = false
        var index = first
        while index < bytes.count {
            if bytes[index] == 0xC3, let found = sequence(in: bytes, at: index) {
                sequences.append((index, found.length, found.utf8, found.certain))
                certain = certain || found.certain
                index += found.length
            } else {
                index += 1
            }
        }
        guard certain else { return (bytes, 0) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for sequence in sequences {
            output.append(contentsOf: bytes[copied..<sequence.start])
            output.append(contentsOf: sequence.scalar)
            copied = sequence.start + sequence.length
        }
        output.append(contentsOf: bytes[copied...])
        return (output, sequences.count)
    }

    /// The first `Ã‚`…`Ã´` (lead bytes C2–F4 read as Latin-1) followed by a byte that can begin
    /// a stand-in for a continuation byte; nil on clean pages, found with `memchr`.
    private static func firstCandidate(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset + 2 < buffer.count {
                guard let found = memchr(base + offset, 0xC3, buffer.count - offset - 2) else { return nil }
                let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                let lead = buffer[index + 1]
                let next = buffer[index + 2]
                if lead >= 0x82 && lead <= 0xB4
                    && (next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2)
                {
                    return index
                }
                offset = index + 1
            }
            return nil
        }
    }

    /// The damaged character starting at `index` (at a `0xC3` byte): its length in the damaged
    /// text, the character it stands for, and whether no real text could look like it.
    private static func sequence(in bytes: [UInt8], at index: Int) -> (length: Int, utf8: [UInt8], certain: Bool)? {
        guard index + 1 < bytes.count, (0x82...0xB4).contains(bytes[index + 1]) else { return nil }
        let lead = bytes[index + 1] &+ 0x40
        let count = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        var utf8 = [lead]
        var cursor = index + 2
        var certain = count > 1 || lead == 0xC2 || lead == 0xC3
        for _ in 0..<count {
            guard let (byte, length) = standIn(bytes, at: cursor) else { return nil }
            utf8.append(byte)
            cursor += length
            // Bytes 0x80–0x9F show as C1 controls or Windows-1252 marks, which no text puts there.
            if byte < 0xA0 { certain = true }
        }
        guard isValidCharacter(utf8) else { return nil }
        return (cursor - index, utf8, certain)
    }

    /// The byte 0x80–0xBF that the character at `index` stands for, read as Latin-1 (`C2 xx`)
    /// or as a Windows-1252 mark (`€`, `™`, `’`, `Š`, …), and the character's length.
    private static func standIn(_ bytes: [UInt8], at index: Int) -> (UInt8, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let first = bytes[index]
        if first == 0xC2 {
            let second = bytes[index + 1]
            return (0x80...0xBF).contains(second) ? (second, 2) : nil
        }
        let scalar: UInt32
        let length: Int
        if first == 0xC5 || first == 0xC6 || first == 0xCB {
            scalar = UInt32(first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if first == 0xE2, index + 2 < bytes.count {
            scalar = UInt32(first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            return nil
        }
        guard let position = TextDecoding.windows1252High.firstIndex(of: scalar), scalar > 0xFF else { return nil }
        return (UInt8(0x80 + position), length)
    }

    /// True when `utf8` is one well-formed UTF-8 character (no overlong form, no surrogate) and
    /// not a C1 control, which a repair must not produce.
    private static func isValidCharacter(_ utf8: [UInt8]) -> Bool {
        guard utf8.count >= 2 else { return false }
        let second = utf8[1]
        switch utf8[0] {
        case 0xC2: return second >= 0xA0
        case 0xE0: return second >= 0xA0
        case 0xED: return second < 0xA0
        case 0xF0: return second >= 0x90
        case 0xF4: return second < 0x90
        default: return true
        }
    }
}
