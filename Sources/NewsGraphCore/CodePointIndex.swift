/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets.
///
/// The stages work on UTF-8 bytes; the record promises code-point offsets (Python `str`
/// indices). Offsets are converted once per mention through a table of code-point counts at
/// every 64th byte, so a lookup costs at most 63 byte reads.
public struct CodePointIndex: Sendable {
    private let utf8: [UInt8]
    private let checkpoints: [Int32]
    private static let stride = 64

    public init(utf8: [UInt8]) {
        self.utf8 = utf8
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
