import Foundation
import NewsGraphCore

/// Reads article files, inflating `.gz`, within a size limit.
package struct FileLoader: Sendable {
    /// Largest document accepted, after decompression.
    package var maximumBytes: Int

    package init(maximumBytes: Int = 64 << 20) {
        self.maximumBytes = maximumBytes
    }

    package func load(path: String, id: String) -> Result<SourceDocument, DocumentFailure> {
        func failure(_ kind: DocumentFailure.Kind, _ message: String) -> Result<SourceDocument, DocumentFailure> {
            .failure(DocumentFailure(id: id, source: path, kind: kind, message: message))
        }
        let bytes: [UInt8]
        do {
            bytes = try Self.readFile(path, limit: maximumBytes)
        } catch let error as ReadError {
            return failure(error.isTooLarge ? .tooLarge : .unreadable, error.description)
        } catch {
            return failure(.unreadable, "\(error)")
        }
        var content = bytes
        if path.lowercased().hasSuffix(".gz") || Gzip.isCompressed(bytes) {
            do {
                content = try Gzip.decompress(bytes, limit: maximumBytes)
            } catch {
                return failure(.decompression, "\(error)")
            }
        }
        return .success(
            SourceDocument(id: id, source: path, format: InputCatalog.format(forPath: path), content: content)
        )
    }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
        var isTooLarge = false
    }

    /// Reads a whole file with POSIX calls, refusing files over `limit` before reading them.
    static func readFile(_ path: String, limit: Int) throws -> [UInt8] {
        // Non-blocking, so a named pipe or device in a corpus fails here instead of hanging the run.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw ReadError(description: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw ReadError(description: "cannot stat: \(String(cString: strerror(errno)))")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw ReadError(description: "not a regular file")
        }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw ReadError(description: "file is \(size) bytes, over the \(limit)-byte limit", isTooLarge: true)
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeLast(size - filled) }
        return bytes
    }
}
