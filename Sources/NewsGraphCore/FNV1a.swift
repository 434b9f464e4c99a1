/// 64-bit FNV-1a: a fast, non-cryptographic hash of bytes, for content hashes, shards, cache
/// names and short keys.
package enum FNV1a {
    package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    package static let prime: UInt64 = 0x100_0000_01b3

    @inlinable
    package static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The same over bytes in memory, read through the pointer: the generic walk above, when
    /// not specialised, costs an iterator call per byte of every input document.
    @inlinable
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        guard let base = bytes.baseAddress else { return hash }
        for index in 0..<bytes.count { hash = (hash ^ UInt64(base[index])) &* prime }
        return hash
    }

    /// The hash of a string's UTF-8, read from its storage in place (a per-byte walk of
    /// `String.UTF8View` costs several times more).
    package static func hash(_ string: String) -> UInt64 {
        var string = string
        return string.withUTF8 { hash($0) }
    }
}
