import NewsGraphCore

/// A MinHash sketch of a text's five-word shingles: 128 one-byte values whose share of equal
/// positions estimates the Jaccard similarity of two texts' shingle sets.
///
/// Words are runs of ASCII letters and digits and non-ASCII characters, ASCII folded to lower
/// case; the no-break space, guillemets and the General Punctuation block (curly quotes, dashes,
/// ellipsis, thin spaces) separate words like ASCII punctuation, so punctuation, spacing and
/// capitalisation do not tell copies apart. Each shingle is hashed
/// once and falls into one of 128 bins by its top bits, the bin keeping the smallest low bits
/// (one-permutation hashing, one hash a shingle instead of one per bin); bins no shingle filled
/// borrow a filled bin's value by a fixed probe sequence (optimal densification), so short texts
/// compare too. Each bin keeps one byte of its minimum (b-bit MinHash): unrelated bins then agree
/// one time in 256, which ``similarity(to:)`` corrects for. A text of fewer than five words is
/// one shingle; a text without words has no signature.
package struct ShingleSignature: Sendable, Equatable {
    package static let bins = 128
    package static let shingleWords = 5
    /// One byte per bin.
    package let values: [UInt8]

    package init(values: [UInt8]) {
        precondition(values.count == Self.bins)
        self.values = values
    }

    package init?(text: String) {
        var text = text
        guard let minima = text.withUTF8({ Self.minima(of: $0) }) else { return nil }
        values = minima.map { UInt8(truncatingIfNeeded: $0) }
    }

    /// Estimated Jaccard similarity of the two texts' shingle sets.
    package func similarity(to other: ShingleSignature) -> Double {
        values.withUnsafeBufferPointer { lhs in
            other.values.withUnsafeBufferPointer { rhs in Self.similarity(lhs, rhs) }
        }
    }

    /// ``similarity(to:)`` on stored bytes (the index keeps signatures in one flat array).
    static func similarity(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Double {
        var equal = 0
        for index in 0..<bins where lhs[index] == rhs[index] { equal += 1 }
        let chance = 1.0 / 256
        return max(0, (Double(equal) / Double(bins) - chance) / (1 - chance))
    }

    /// The smallest low 32 bits of the shingle hashes in each bin, densified; nil without words.
    private static func minima(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        let empty = UInt64.max
        var minima = [UInt64](repeating: empty, count: bins)
        let words = minima.withUnsafeMutableBufferPointer { scan(bytes, into: $0) }
        guard words > 0 else { return nil }
        // Optimal densification: an empty bin takes the value of the first filled bin on its
        // own pseudo-random probe sequence, the same for every text.
        let filled = minima.map { $0 != empty }
        for bin in 0..<bins where !filled[bin] {
            var attempt: UInt64 = 1
            while true {
                let probe = Int(mix(UInt64(bin) << 32 | attempt) >> 57)
                if filled[probe] {
                    minima[bin] = minima[probe]
                    break
                }
                attempt += 1
            }
        }
        return minima
    }

    /// Hashes each word and each shingle of the last five words into `minima`; returns how many
    /// words the text has. The window is five locals and the bins a buffer, not state captured by
    /// nested functions: this loop reads every byte of every document of a run.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into minima: UnsafeMutableBufferPointer<UInt64>
    )
        -> Int
    {
        // The last five word hashes, oldest first (zero before the first words).
        var (window0, window1, window2, window3, window4): (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        var words = 0
        // Read once: each read of another module's constant is a call.
        let (offsetBasis, prime) = (FNV1a.offsetBasis, FNV1a.prime)
        var index = 0
        let count = bytes.count
        while index < count {
            var byte = bytes[index]
            guard isWordByte(byte) else {
                index += 1
                continue
            }
            let separator = separatorLength(bytes, at: index)
            if separator > 0 {
                index += separator
                continue
            }
            var hash = offsetBasis
            repeat {
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                hash = (hash ^ UInt64(byte)) &* prime
                index += 1
                if index == count { break }
                byte = bytes[index]
            } while isWordByte(byte) && (byte < 0xC2 || separatorLength(bytes, at: index) == 0)
            (window0, window1, window2, window3, window4) = (window1, window2, window3, window4, hash)
            words += 1
            if words >= shingleWords { add(window0, window1, window2, window3, window4, to: minima) }
        }
        if words > 0 && words < shingleWords { add(window0, window1, window2, window3, window4, to: minima) }
        return words
    }

    /// Puts the shingle of the five word hashes (oldest first) in its bin, if smallest there.
    @inline(__always)
    private static func add(
        _ word0: UInt64, _ word1: UInt64, _ word2: UInt64, _ word3: UInt64, _ word4: UInt64,
        to minima: UnsafeMutableBufferPointer<UInt64>
    ) {
        var hash = word0
        hash = hash &* FNV1a.prime ^ word1
        hash = hash &* FNV1a.prime ^ word2
        hash = hash &* FNV1a.prime ^ word3
        hash = hash &* FNV1a.prime ^ word4
        let shingle = mix(hash)
        let bin = Int(shingle >> 57)
        let value = shingle & 0xFFFF_FFFF
        if value < minima[bin] { minima[bin] = value }
    }

    /// The length of a separating non-ASCII character at `index` (U+00A0, U+00AB, U+00BB,
    /// U+2000–U+206F), else 0.
    @inline(__always)
    private static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        guard byte == 0xC2 || byte == 0xE2, index + 1 < bytes.count else { return 0 }
        let next = bytes[index + 1]
        if byte == 0xC2 { return next == 0xA0 || next == 0xAB || next == 0xBB ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        return next == 0x80 || (next == 0x81 && bytes[index + 2] <= 0xAF) ? 3 : 0
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// SplitMix64's finaliser: spreads the bits of a multiplicative hash over the whole word.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
