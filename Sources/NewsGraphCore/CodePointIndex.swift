/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets.
///
/// The stages work on UTF-8 bytes; the record promises code-point offsets (Python `str`
/// indices). Offsets are converted once per mention through a table of code-point counts at
/// every 64th byte, so a lookup costs at most 63 byte reads.
public struct CodePointIndex: Sendable {
    private let utf8: [UInt8]
    private let checkpoints: [Int32]
    /// All ASCII: byte offsets are code-point offsets, and no table is built.
    private let isASCII: Bool
    private static let stride = 64

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
        isASCII = utf8.withUnsafeBufferPointer { bytes in
            // Eight bytes at a time: one test of the high bits per word.
            var offset = 0
            let wordCount = bytes.count / 8
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while offset < wordCount {
                    if raw.loadUnaligned(fromByteOffset: offset * 8, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                        return false
                    }
                    offset += 1
                }
            }
            for index in wordCount * 8..<bytes.count where bytes[index] >= 0x80 { return false }
            return true
        }
        guard !isASCII else {
            checkpoints = []
            return
        }
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(utf8.count / Self.stride + 1)
        var count: Int32 = 0
        for (offset, byte) in utf8.enumerated() {
            if offset % Self.stride == 0 { checkpoints.append(count) }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        if utf8.count % Self.stride == 0 { checkpoints.append(count) }
        self.checkpoints = checkpoints
    }

    /// The code-point offset of byte offset `byteOffset` (which must start a scalar or be the end).
    public func codePointOffset(ofByte byteOffset: Int) -> Int {
        if isASCII { return byteOffset }
        let block = byteOffset / Self.stride
        var count = Int(checkpoints[block])
        var offset = block * Self.stride
        while offset < byteOffset {
            if utf8[offset] & 0xC0 != 0x80 { count += 1 }
            offset += 1
        }
        return count
    }
}
