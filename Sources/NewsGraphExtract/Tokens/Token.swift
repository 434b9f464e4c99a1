/// A token of article text, located by UTF-8 byte offsets.
///
/// Tokens carry what the rules ask of them (shape, case, hashes for gazetteer look-up) so no
/// rule has to make a `String` to ask.
package struct Token: Sendable, Equatable {
    package enum Kind: UInt8, Sendable {
        case word
        case number
        /// `"` or `'`: opening or closing depends on context.
        case straightQuote
        /// `“ ‘ «`
        case openingQuote
        /// `” ’ »` standing alone.
        case closingQuote
        /// `— – --` and a hyphen between spaces.
        case dash
        /// A hyphen joining two words (`Iran-Russia`).
        case hyphen
        /// `'s` and `’s` after a noun.
        case possessive
        case punctuation
    }

    package var start: Int32
    package var end: Int32
    package var kind: Kind
    /// First letter upper case.
    package var isCapitalized: Bool
    /// Every letter upper case, at least two letters (`NATO`, `U.S.`).
    package var isAllCaps: Bool
    /// No space between this token and the previous one.
    package var isAttached: Bool
    /// Line breaks before this token (2 or more: a new paragraph).
    package var newlinesBefore: UInt8
    /// FNV-1a hash of the bytes as written.
    package var hash: UInt64
    /// FNV-1a hash of the bytes with ASCII letters lower-cased.
    package var foldedHash: UInt64

    package var byteRange: Range<Int> { Int(start)..<Int(end) }
    package var isWord: Bool { kind == .word }
    package var length: Int { Int(end - start) }
}

/// Hashes the way the tokenizer does, for building look-up tables from strings.
package enum TokenHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func add(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* prime
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    package static func hash(_ string: some StringProtocol) -> UInt64 {
        var hash = offset
        for byte in string.utf8 { add(&hash, byte) }
        return hash
    }

    package static func foldedHash(_ string: some StringProtocol) -> UInt64 {
        var hash = offset
        for byte in string.utf8 { add(&hash, fold(byte)) }
        return hash
    }
}
