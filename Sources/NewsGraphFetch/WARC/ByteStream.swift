import CZlib
import Foundation

/// Reads a file sequentially in blocks, inflating gzip on the way (including several gzip
/// members one after another, as WARC.gz archives are written), so an archive of any size is
/// read in constant memory.
package final class ByteStream {
    package struct ReadError: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    private let descriptor: Int32
    private let compressed: Bool
    private var zstream = z_stream()
    private var inflating = false
    private var raw = [UInt8](repeating: 0, count: 1 << 18)
    private var rawStart = 0
    private var rawEnd = 0
    private var rawAtEnd = false
    /// Decoded bytes not yet consumed.
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    /// Opens `path`; `.gz` names, or a gzip magic number, turn on inflation.
    package init(path: String) throws {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw ReadError(description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        var magic = [UInt8](repeating: 0, count: 2)
        let count = pread(descriptor, &magic, 2, 0)
        compressed = path.lowercased().hasSuffix(".gz") || (count == 2 && magic == [0x1F, 0x8B])
        if compressed {
            guard newsgraph_inflateInit2(&zstream, 15 + 32) == Z_OK else {
                close(descriptor)
                throw ReadError(description: "zlib could not start")
            }
            inflating = true
        }
    }

    deinit {
        if inflating { inflateEnd(&zstream) }
        close(descriptor)
    }

    /// The next line, without `\r\n` or `\n`; nil at the end. Lines longer than `limit` throw.
    package func readLine(limit: Int = 1 << 16) throws -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[position..<newline])
                position = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            if buffer.count - position > limit { throw ReadError(description: "line over \(limit) bytes") }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            try fill()
        }
    }

    /// Exactly `count` bytes, or fewer at the end of the stream.
    package func read(count: Int) throws -> [UInt8] {
        while buffer.count - position < count && !atEnd { try fill() }
        let end = min(buffer.count, position + count)
        let bytes = Array(buffer[position..<end])
        position = end
        return bytes
    }

    /// Skips `count` bytes without keeping them.
    package func skip(count: Int) throws {
        var remaining = count
        while remaining > 0 {
            if position == buffer.count {
                if atEnd { return }
                try fill()
                continue
            }
            let step = min(remaining, buffer.count - position)
            position += step
            remaining -= step
        }
    }

    private func fill() throws {
        buffer.removeFirst(position)
        position = 0
        let produced = try compressed ? inflateBlock() : readBlock()
        if produced.isEmpty {
            atEnd = true
        } else {
            buffer.append(contentsOf: produced)
        }
    }

    private func readRaw() throws {
        if rawStart < rawEnd || rawAtEnd { return }
        var count: Int
        repeat {
            count = raw.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else { throw ReadError(description: "cannot read: \(String(cString: strerror(errno)))") }
        rawStart = 0
        rawEnd = count
        if count == 0 { rawAtEnd = true }
    }

    private func readBlock() throws -> [UInt8] {
        try readRaw()
        let block = Array(raw[rawStart..<rawEnd])
        rawStart = rawEnd
        return block
    }

    /// Inflates until some output appears or the input ends; restarts at each new gzip member.
    private func inflateBlock() throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            try readRaw()
            if rawStart == rawEnd {
                if zstream.total_in == 0 && zstream.total_out == 0 { return [] }  // clean end between members
                throw ReadError(description: "truncated gzip data")
            }
            var status: Int32 = Z_OK
            let (consumed, produced) = raw.withUnsafeMutableBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    zstream.next_in = input.baseAddress! + rawStart
                    zstream.avail_in = UInt32(rawEnd - rawStart)
                    zstream.next_out = out.baseAddress
                    zstream.avail_out = UInt32(out.count)
                    status = inflate(&zstream, Z_NO_FLUSH)
                    return (rawEnd - rawStart - Int(zstream.avail_in), out.count - Int(zstream.avail_out))
                }
            }
            rawStart += consumed
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw ReadError(description: "invalid gzip data (zlib status \(status))")
            }
            if status == Z_STREAM_END {
                inflateReset(&zstream)
            } else if consumed == 0 && produced == 0 {
                throw ReadError(description: "gzip data makes no progress")
            }
            if produced > 0 { return Array(output[0..<produced]) }
        }
    }
}
