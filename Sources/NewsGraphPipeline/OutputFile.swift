import Foundation

/// A file written through a buffered C stream: one `fwrite` per record, no `Data` copies.
package final class OutputFile {
    private let stream: UnsafeMutablePointer<FILE>
    private let ownsStream: Bool
    /// The stream's buffer, ours to free after the stream is closed.
    private let buffer: UnsafeMutablePointer<CChar>?
    package let path: String

    /// Records are several kilobytes, often more than stdio's default buffer (the file system's
    /// 4 KB block); a megabyte turns a run's millions of writes into thousands.
    static let bufferSize = 1 << 20

    package struct OpenError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Creates the output folder (and its parents), with a one-line reason when it cannot:
    /// Foundation's own error names a Cocoa domain and code, not the problem.
    package static func makeFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OpenError(description: "\(path) is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OpenError(description: "cannot create the folder \(path)")
        }
    }

    /// Opens `path` for writing, emptying it, or with `append` adding to its end.
    package init(path: String, append: Bool = false) throws {
        guard let stream = fopen(path, append ? "ab" : "wb") else {
            throw OpenError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        // glibc ignores the size when it is to allocate the buffer itself, so it is given one.
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Self.bufferSize)
        setvbuf(stream, buffer, _IOFBF, Self.bufferSize)
        self.stream = stream
        self.buffer = buffer
        ownsStream = true
        self.path = path
    }

    private init(stream: UnsafeMutablePointer<FILE>, path: String) {
        // Buffered as a file is; the buffer stays with the stream, which lives until the process
        // ends (glibc flushes every open stream at exit).
        setvbuf(stream, UnsafeMutablePointer<CChar>.allocate(capacity: Self.bufferSize), _IOFBF, Self.bufferSize)
        self.stream = stream
        ownsStream = false
        buffer = nil
        self.path = path
    }

    /// Standard output through a stream of its own (`stdout` itself is shared mutable state);
    /// ``flush()`` sends what is written.
    package static func standardOutput() -> OutputFile { OutputFile(stream: fdopen(STDOUT_FILENO, "wb"), path: "-") }

    package func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stream) }
    }

    package func write(_ string: String) {
        var string = string
        string.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stream) }
    }

    package func flush() { fflush(stream) }

    deinit {
        if ownsStream { fclose(stream) } else { fflush(stream) }
        buffer?.deallocate()
    }

    /// Writes a whole file at once, under a temporary name renamed into place: a run ended
    /// part-way leaves the earlier file or none, never half of one; a short write (a full disk)
    /// is an error, not a file that looks complete.
    package static func write(_ bytes: [UInt8], to path: String) throws {
        let partial = path + ".partial"
        guard let stream = fopen(partial, "wb") else {
            throw OpenError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stream) }
        let closed = fclose(stream)
        guard written == bytes.count, closed == 0, rename(partial, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partial)
            throw OpenError(description: "cannot write \(path): \(reason)")
        }
    }

    package static func write(_ string: String, to path: String) throws {
        try write(Array(string.utf8), to: path)
    }
}
