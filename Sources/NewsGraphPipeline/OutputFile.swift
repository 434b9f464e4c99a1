import Foundation

/// A file written through a buffered C stream: one `fwrite` per record, no `Data` copies.
public final class OutputFile {
    private let stream: UnsafeMutablePointer<FILE>
    private let ownsStream: Bool
    public let path: String

    public struct OpenError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Opens `path` for writing, emptying it, or with `append` adding to its end.
    public init(path: String, append: Bool = false) throws {
        guard let stream = fopen(path, append ? "ab" : "wb") else {
            throw OpenError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        // A 1 MB buffer: records are several kilobytes, more than stdio's default buffer, so
        // without it every record would be a write call of its own.
        setvbuf(stream, nil, _IOFBF, 1 << 20)
        self.stream = stream
        ownsStream = true
        self.path = path
    }

    private init(stream: UnsafeMutablePointer<FILE>, path: String) {
        self.stream = stream
        ownsStream = false
        self.path = path
    }

    /// Standard output through a stream of its own (`stdout` itself is shared mutable state).
    public static func standardOutput() -> OutputFile { OutputFile(stream: fdopen(STDOUT_FILENO, "wb"), path: "-") }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stream) }
    }

    public func write(_ string: String) {
        var string = string
        string.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stream) }
    }

    public func flush() { fflush(stream) }

    deinit {
        if ownsStream { fclose(stream) } else { fflush(stream) }
    }

    /// Writes a whole file at once.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try OutputFile(path: path)
        file.write(bytes)
    }

    public static func write(_ string: String, to path: String) throws {
        try write(Array(string.utf8), to: path)
    }
}
