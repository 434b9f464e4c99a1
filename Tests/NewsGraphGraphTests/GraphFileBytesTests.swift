import NewsGraphCore
import Testing

@testable import NewsGraphGraph

/// The graph files and the report are written on bytes and pick their first few without a
/// full sort: each shortcut gives what the plain way gives.
@Suite struct GraphFileBytesTests {
    @Test func numbersAreWrittenAsStringWritesThem() {
        for value in [0, 7, -7, 10, 99, 100, 1_234_567, -1_000_000, Int.max, Int.min] {
            var output = FileBytes(reservingCapacity: 0)
            output.append(value)
            #expect(output.bytes == Array(String(value).utf8))
        }
    }

    /// A quote, backslash or line break goes the character way; everything else is copied.
    @Test func dotQuotingOnBytesMatchesTheCharacterWay() {
        for text in ["Ana Lima", "Zoë \"Z\" Brandt", "back\\slash", "two\r\nlines\nand\rone", "é\u{301}\"", ""] {
            var output = FileBytes(reservingCapacity: 0)
            DOTWriter.appendQuoted(text, to: &output)
            #expect(output.bytes == Array(DOTWriter.quoted(text).utf8))
        }
    }

    /// A quote that a combining mark follows is still escaped: the string must not end early.
    @Test func aQuoteBeforeACombiningMarkIsEscaped() {
        #expect(DOTWriter.quoted("say \"\u{301}hi") == "\"say \\\"\u{301}hi\"")
        #expect(DOTWriter.quoted("a\r\nb") == "\"a\\nb\"")
    }

    /// Ties keep their order, as the stable sort keeps them, and fewer elements than asked
    /// for come back all.
    @Test func firstSortedIsTheSortedPrefix() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var pairs: [(key: Int, order: Int)] = []
        for order in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            pairs.append((Int(state >> 59), order))
        }
        for count in [0, 1, 5, 30, 499, 500, 800] {
            let first = pairs.firstSorted(count) { $0.key > $1.key }.map(\.order)
            let sorted = pairs.sorted { $0.key > $1.key }.prefix(count).map(\.order)
            #expect(first == Array(sorted))
        }
    }
}
