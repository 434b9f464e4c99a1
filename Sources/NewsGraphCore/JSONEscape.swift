/// Finds the bytes of a JSON string that need an escape, eight at a time: a control byte, a
/// quote or a backslash. Shared by ``JSONWriter`` and the JSONL reader of the fetch stage, which
/// both pass over every byte of every article.
package enum JSONEscape {
    /// The high bit of each of the eight bytes (read little-endian) that may need an escape;
    /// the lowest bit set is always a byte that does (a borrow only carries past a byte that
    /// matched), so `trailingZeroBitCount / 8` is its offset: the "has a byte less than n" test
    /// of Bit Twiddling Hacks.
    @inlinable @inline(__always)
    package static func mask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let controls = (word &- ones &* 0x20) & ~word & highs
        let quoted = word ^ (ones &* 0x22)
        let quotes = (quoted &- ones) & ~quoted & highs
        let backslashed = word ^ (ones &* 0x5C)
        let backslashes = (backslashed &- ones) & ~backslashed & highs
        return controls | quotes | backslashes
    }
}
