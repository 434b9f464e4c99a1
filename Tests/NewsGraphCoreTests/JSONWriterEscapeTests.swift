import Foundation
import NewsGraphCore
import Testing

/// The writer tests the last bytes of a string eight at a time as well, reading the final
/// eight bytes again (or byte by byte when the string is shorter than eight).
@Suite struct JSONWriterEscapeTests {
    /// A byte that needs an escape at every position of strings of every short length, alone
    /// or with a second one at the end, round-trips.
    @Test func escapesInShortStringsAndTails() throws {
        for length in 1...20 {
            for position in 0..<length {
                for special: UInt8 in [0x00, 0x0A, 0x1F, 0x22, 0x5C] {
                    for alsoLast in [false, true] {
                        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                        bytes[position] = special
                        if alsoLast { bytes[length - 1] = UInt8(ascii: "\"") }
                        let text = String(decoding: bytes, as: UTF8.self)
                        var writer = JSONWriter()
                        writer.value(text)
                        let read = try JSONSerialization.jsonObject(
                            with: Data(writer.bytes), options: .fragmentsAllowed)
                        #expect(read as? String == text, "length \(length), byte \(special) at \(position)")
                    }
                }
            }
        }
    }

    /// Letters, digits and multi-byte characters pass through as they are.
    @Test func plainBytesAreCopied() {
        for text in ["", "a", "Zoë", "Łódź 2026", "quite a long plain sentence, no escapes"] {
            var writer = JSONWriter()
            writer.value(text)
            #expect(writer.bytes == Array("\"\(text)\"".utf8))
        }
    }
}
