import CZlib

/// gzip decompression through the system zlib.
package enum Gzip {
    package struct DecompressionError: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    /// True when `bytes` start with the gzip magic number.
    package static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates gzip (or zlib) data, refusing to produce more than `limit` bytes: a small
    /// compressed file can expand to gigabytes.
    package static func decompress(_ compressed: [UInt8], limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 32: detect gzip or zlib headers automatically.
        guard newsgraph_inflateInit2(&stream, 15 + 32) == Z_OK else {
            throw DecompressionError(description: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(compressed.count * 4, 4096)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        try compressed.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            repeat {
                let produced = chunk.withUnsafeMutableBufferPointer { buffer -> Int in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw DecompressionError(description: "invalid or truncated gzip data (zlib status \(status))")
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit {
                    throw DecompressionError(description: "decompressed size exceeds \(limit) bytes")
                }
                if status == Z_OK && produced == 0 && stream.avail_in == 0 {
                    throw DecompressionError(description: "truncated gzip data")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
