import Foundation

/// The rows of `document_keys` (which documents name which key, and how often), gathered while
/// documents stream in and handed back in `(key, document)` order at the end.
///
/// The table is read by key: which documents name an entity. Rows arrive in document order, so
/// either SQLite sorts them at the end (an index over 7.7 M rows took 11 CPU-s and 6–7 s of the
/// run's end for a gigabyte of news: its sorter chases list pointers through memory) or every
/// insert lands at a random place in a B-tree. Here runs of ``runLength`` rows are radix-sorted
/// (fixed-width rows, a few passes over memory) and spilled to a scratch file, so memory stays
/// flat whatever the corpus; ``merge(_:)`` reads the runs back together in order, for SQLite
/// to append to the table keyed by them (measured here: 4.3 s for a gigabyte's rows, merge
/// included, on one core).
///
/// Used by one thread at a time: the store's writer queue.
final class DocumentKeyRuns: @unchecked Sendable {
    /// One row: a key's number (`entity_keys.id`), a document's id and the key's mentions in it.
    struct Row: Equatable, Sendable {
        var key: UInt32
        var document: UInt32
        var mentions: UInt32

        /// The order of the table: by key, then document.
        var order: UInt64 { UInt64(key) << 32 | UInt64(document) }
    }

    /// Rows sorted in memory before they are written out as one run.
    let runLength: Int
    private let scratchDirectory: String
    private var pending: [Row] = []
    private var scratch: ScratchFile?
    /// Each written run's first row and length, in rows from the start of the scratch file.
    private var runs: [(start: Int, count: Int)] = []

    /// Keeps the runs in a scratch file in `scratchDirectory` (removed from the directory as
    /// soon as it is opened, so nothing is left behind however the run ends).
    init(scratchDirectory: String, runLength: Int = 1 << 20) {
        self.scratchDirectory = scratchDirectory
        self.runLength = max(1, runLength)
    }

    func append(key: Int, document: Int, mentions: Int) throws {
        guard let key = UInt32(exactly: key), let document = UInt32(exactly: document),
            let mentions = UInt32(exactly: mentions)
        else {
            throw ScratchFile.Failure(description: "document_keys row out of range: \(key), \(document), \(mentions)")
        }
        if pending.isEmpty { pending.reserveCapacity(runLength) }
        pending.append(Row(key: key, document: document, mentions: mentions))
        if pending.count >= runLength { try spill() }
    }

    /// Calls `body` with every row appended so far, in `(key, document)` order, and starts over.
    func merge(_ body: (Row) throws -> Void) throws {
        defer {
            pending = []
            runs = []
            scratch = nil
        }
        guard !runs.isEmpty else {
            RadixSort.sort(&pending)
            for row in pending { try body(row) }
            return
        }
        // The last rows become a run of their own, so that every run is read back the same way.
        if !pending.isEmpty { try spill() }
        var readers = try runs.map { try RunReader(file: scratch!, start: $0.start, count: $0.count) }
        // A binary heap of run numbers, the run with the smallest next row first.
        var heap = Array(readers.indices)
        func less(_ a: Int, _ b: Int) -> Bool { readers[a].current!.order < readers[b].current!.order }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                let smaller = left + 1 < heap.count && less(heap[left + 1], heap[left]) ? left + 1 : left
                guard less(heap[smaller], heap[parent]) else { return }
                heap.swapAt(parent, smaller)
                parent = smaller
            }
        }
        for parent in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(parent) }
        while let top = heap.first {
            try body(readers[top].current!)
            try readers[top].advance()
            if readers[top].current == nil {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            siftDown(0)
        }
    }

    /// Sorts the rows in memory and writes them to the scratch file as one run.
    private func spill() throws {
        RadixSort.sort(&pending)
        if scratch == nil { scratch = try ScratchFile(directory: scratchDirectory) }
        try pending.withUnsafeBytes { try scratch!.append($0) }
        runs.append((start: runs.last.map { $0.start + $0.count } ?? 0, count: pending.count))
        pending.removeAll(keepingCapacity: true)
    }
}

/// Reads one sorted run back a block at a time.
private struct RunReader {
    private let file: ScratchFile
    private var nextRow: Int
    private let end: Int
    private var block: [DocumentKeyRuns.Row] = []
    private var position = 0
    private static let blockRows = 4096

    init(file: ScratchFile, start: Int, count: Int) throws {
        self.file = file
        nextRow = start
        end = start + count
        try refill()
    }

    var current: DocumentKeyRuns.Row? { position < block.count ? block[position] : nil }

    mutating func advance() throws {
        position += 1
        if position == block.count { try refill() }
    }

    private mutating func refill() throws {
        let count = min(Self.blockRows, end - nextRow)
        block = Array(repeating: DocumentKeyRuns.Row(key: 0, document: 0, mentions: 0), count: count)
        try block.withUnsafeMutableBytes {
            try file.read(into: $0, at: nextRow * MemoryLayout<DocumentKeyRuns.Row>.stride)
        }
        nextRow += count
        position = 0
    }
}

/// A file for intermediate data, unlinked as soon as it is created and closed when released.
final class ScratchFile: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let descriptor: Int32

    init(directory: String) throws {
        var template = Array((directory + "/.newsgraph-scratch-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Self.failure("cannot create a scratch file in \(directory)") }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    }

    deinit { close(descriptor) }

    func append(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw Self.failure("cannot write a scratch file") }
            offset += count
        }
    }

    func read(into bytes: UnsafeMutableRawBufferPointer, at position: Int) throws {
        var offset = 0
        while offset < bytes.count {
            let count = pread(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(position + offset))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw Self.failure("cannot read a scratch file") }
            offset += count
        }
    }

    private static func failure(_ message: String) -> Failure {
        Failure(description: message + ": " + String(cString: strerror(errno)))
    }
}

/// A least-significant-digit radix sort of rows by `(key, document)`, 16 bits a pass; a pass
/// whose digit is the same in every row is skipped (a run's documents share their high bits,
/// and most corpora have fewer than 65,536 keys). A million rows sort in a few passes over
/// memory, where a comparison sort makes twenty.
enum RadixSort {
    static func sort(_ rows: inout [DocumentKeyRuns.Row]) {
        // Clearing and summing the 65,536 counts costs more than a comparison sort of a few rows.
        guard rows.count > 4096 else {
            rows.sort { $0.order < $1.order }
            return
        }
        var other = rows
        var counts = [Int](repeating: 0, count: 1 << 16)
        var sortedInOther = false
        for shift in stride(from: 0, to: 64, by: 16) {
            let moved: Bool = rows.withUnsafeMutableBufferPointer { rowsBuffer in
                other.withUnsafeMutableBufferPointer { otherBuffer in
                    counts.withUnsafeMutableBufferPointer { counts in
                        let source = sortedInOther ? otherBuffer : rowsBuffer
                        let target = sortedInOther ? rowsBuffer : otherBuffer
                        for index in counts.indices { counts[index] = 0 }
                        for row in source { counts[Int(truncatingIfNeeded: row.order >> UInt64(shift)) & 0xFFFF] += 1 }
                        let first = Int(truncatingIfNeeded: source[0].order >> UInt64(shift)) & 0xFFFF
                        if counts[first] == source.count { return false }
                        var total = 0
                        for index in counts.indices {
                            let count = counts[index]
                            counts[index] = total
                            total += count
                        }
                        for row in source {
                            let digit = Int(truncatingIfNeeded: row.order >> UInt64(shift)) & 0xFFFF
                            target[counts[digit]] = row
                            counts[digit] += 1
                        }
                        return true
                    }
                }
            }
            if moved { sortedInOther.toggle() }
        }
        if sortedInOther { rows = other }
    }
}
