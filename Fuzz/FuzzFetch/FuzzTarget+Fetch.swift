import Foundation
import FuzzTargets
import NewsGraphCore
import NewsGraphFetch

extension FuzzTarget {
    /// Any bytes as one JSONL line: a document, a failure that says why, or nothing (blank); and
    /// the same answer as Foundation's parser, since the fast scanner may only answer when it agrees.
    package static let records = FuzzTarget("records") { bytes in
        guard let answer = RecordDecoder.document(fromLine: bytes, path: "fuzz.jsonl", lineNumber: 1) else { return }
        let slow = RecordDecoder.throughFoundation(bytes, path: "fuzz.jsonl", lineNumber: 1)
        switch (answer, slow) {
        case (.success(let fast), .success(let slow)):
            precondition(
                fast.id == slow.id && fast.source == slow.source && fast.format == slow.format
                    && fast.content == slow.content, "the fast path reads another document than Foundation")
        case (.failure(let failure), .failure(let slowFailure)):
            precondition(!failure.message.isEmpty && failure == slowFailure, "a failure says why")
        default:
            preconditionFailure("the fast path and Foundation disagree on whether the line is a document")
        }
    }

    /// Any bytes as a gzip stream: inflated within the limit, or an error.
    package static let gzip = FuzzTarget("gzip") { bytes in
        let limit = 1 << 20
        if let inflated = try? Gzip.decompress(bytes, limit: limit) {
            precondition(inflated.count <= limit, "inflated past the limit")
        }
    }

    /// Any bytes as a WARC archive (plain or gzip), read to its end. The reader reads files:
    /// each input goes to one scratch file, in memory on Linux.
    package static let warc = FuzzTarget("warc") { bytes in
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
        let scratch = folder + "newsgraph-fuzz-\(getpid()).warc"
        guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else { return }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        guard let reader = try? WARCReader(path: scratch, maximumBytes: 1 << 20) else { return }
        var records = 0
        while reader.next() != nil {
            records += 1
            precondition(records <= bytes.count + 1, "more records than bytes")
        }
    }
}
