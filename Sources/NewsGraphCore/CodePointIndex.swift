/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets.
///
/// The stages work on UTF-8 bytes; the record promises code-point offsets (Python `str`
/// indices). Offsets are converted once per mention through a table of code-point counts at
/// every 64th byte, so a lookup costs at most 63 byte reads.
package struct CodePointIndex: Sendable {
    private let utf8: [UInt8]
    private let checkpoints: [Int32]
    /// All ASCII: byte offsets are code-point offsets, and no table is built.
    private let isASCII: Bool
    private static let stride = 64

    package init(utf8: [UInt8]) {
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
        var offset = 0
        while offset < utf8.count {
            checkpoints.append(count)
            let end = min(offset + Self.stride, utf8.count)
            count += Int32(Self.scalarStarts(in: utf8, from: offset, to: end))
            offset = end
        }
        if utf8.count % Self.stride == 0 { checkpoints.append(count) }
        self.checkpoints = checkpoints
    }

    /// How many bytes in `start..<end` start a scalar (are not `10xxxxxx` continuation bytes),
    /// eight at a time: a continuation byte has its top bit set and the next one clear.
    @inline(__always)
    private static func scalarStarts(in utf8: [UInt8], from start: Int, to end: Int) -> Int {
        utf8.withUnsafeBufferPointer { bytes in
            var offset = start
            var starts = 0
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while offset + 8 <= end {
                    let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                    starts += 8 - continuation.nonzeroBitCount
                    offset += 8
                }
            }
            while offset < end {
                if bytes[offset] & 0xC0 != 0x80 { starts += 1 }
                offset += 1
            }
            return starts
        }
    }

    /// The code-point offset of byte offset `byteOffset` (which must start a scalar or be the end).
    package func codePointOffset(ofByte byteOffset: Int) -> Int {
        if isASCII { return byteOffset }
        let block = byteOffset / Self.stride
        return Int(checkpoints[block]) + Self.scalarStarts(in: utf8, from: block * Self.stride, to: byteOffset)
    }
}
