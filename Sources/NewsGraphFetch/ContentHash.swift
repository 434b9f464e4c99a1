import NewsGraphCore

/// A 64-bit FNV-1a hash of bytes: cheap enough to run over every input document, used for
/// `--resume` (has this exact content already been processed?), `--shard` and cache file names.
///
/// Not cryptographic: two different documents with the same id collide with probability about
/// 2⁻⁶⁴, which is acceptable for skipping work, not for security.
package enum ContentHash {
    package static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 { FNV1a.hash(bytes) }

    /// Sixteen lowercase hex digits.
    package static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of a document as `--resume` records it: the bytes read, before any decoding.
    package static func of(content: [UInt8]) -> String {
        content.withUnsafeBufferPointer { hex(FNV1a.hash($0)) }
    }
}
