import Foundation

/// Reads a file descriptor line by line in large blocks, so a JSONL stream of any size is read
/// in constant memory (one line at a time, plus the block).
package final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// The newline ``hasBufferedLine`` found, so ``nextLine()`` does not search for it again.
    private var foundNewline: Int?
    /// Where the search for the next newline goes on: a long line read in many blocks is
    /// searched once, not again from its start after every block.
    private var searched = 0
    /// A line longer than this is not kept: its bytes are read past, and ``nextLine()`` returns
    /// it empty with ``lastLineBytes`` over the limit (memory stays near the limit).
    package var maximumLineBytes = Int.max
    /// The length of the line ``nextLine()`` last returned, even when it was over the limit.
    package private(set) var lastLineBytes = 0
    private static let blockSize = 1 << 20

    /// Reads `path`, or standard input when `path` is `-`.
    package init(path: String) throws {
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw FileLoader.ReadError(description: "cannot open \(path): \(String(cString: strerror(errno)))")
            }
            ownsDescriptor = true
        }
    }

    /// Reads lines from bytes already in memory (an inflated `.jsonl.gz`).
    package init(bytes: [UInt8]) {
        descriptor = -1
        ownsDescriptor = false
        buffer = bytes
        atEnd = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line without its `\n` (and `\r`), or nil at the end of the input.
    package func nextLine() -> [UInt8]? {
        var skipped = 0
        while true {
            if let newline = foundNewline ?? nextNewline() {
                foundNewline = nil
                lastLineBytes = skipped + newline - position
                var line = lastLineBytes > maximumLineBytes ? [] : Array(buffer[position..<newline])
                position = newline + 1
                searched = position
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            if atEnd {
                guard position < buffer.count || skipped > 0 else { return nil }
                lastLineBytes = skipped + buffer.count - position
                let line = lastLineBytes > maximumLineBytes ? [] : Array(buffer[position...])
                position = buffer.count
                searched = position
                return line
            }
            if buffer.count - position > maximumLineBytes {
                // Over the limit: what is read of the line is dropped; the rest is read past.
                skipped += buffer.count - position
                position = buffer.count
                searched = position
            }
            fill()
        }
    }

    /// Whether ``nextLine()`` can answer from what has been read, without reading (and perhaps
    /// waiting for) more input: the runner batches such lines and never holds one back for
    /// input that has not come.
    package var hasBufferedLine: Bool {
        if atEnd { return position < buffer.count }
        foundNewline = foundNewline ?? nextNewline()
        return foundNewline != nil
    }

    /// The index of the next `\n` at or after `position`: `memchr` over the block, where a
    /// generic search tests one byte at a time on the one thread that splits the input.
    private func nextNewline() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            let start = max(position, searched)
            guard start < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            else {
                searched = bytes.count
                return nil
            }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    private func fill() {
        buffer.removeFirst(position)
        searched -= position
        position = 0
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.blockSize))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + oldCount, Self.blockSize)
            }
        } while count < 0 && errno == EINTR
        buffer.removeLast(Self.blockSize - max(count, 0))
        if count <= 0 { atEnd = true }
    }
}
