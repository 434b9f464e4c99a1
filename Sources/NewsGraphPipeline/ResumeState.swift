import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphGraph

/// What `--resume` knows about an output folder: which documents are already done.
///
/// `DIR/processed.tsv` has one line per line of `documents.jsonl`, in the same order:
/// the record's id as a JSON string, a tab, and the ``ContentHash`` (FNV-1a 64) of the bytes the
/// record was made from. A document whose id and hash are both there is skipped; a changed
/// document (same id, new bytes) is done again and its new record replaces the old one.
///
/// Both files are appended record by record, so after a crash `documents.jsonl` may end in a
/// partial line or hold records `processed.tsv` has not caught up with; ``reconcile(directory:adding:)``
/// keeps only complete records matched line by line, the last one of each id, and rewrites both
/// files when anything was dropped.
final class ResumeState {
    static let fileName = "processed.tsv"
    let done: Set<String>
    private let file: OutputFile

    private init(file: OutputFile, done: Set<String>) {
        self.file = file
        self.done = done
    }

    /// The key of a document in ``done``: JSON-encoded id, tab, content hash.
    static func key(id: String, hash: String) -> String { encode(id) + "\t" + hash }

    /// A fresh state for a new run (any old `processed.tsv` is emptied).
    static func fresh(directory: String) throws -> ResumeState {
        ResumeState(file: try OutputFile(path: directory + "/" + fileName), done: [])
    }

    /// What a previous run left, repaired; new entries are appended. `reading` sees each kept
    /// record (the duplicate index remembers earlier runs' texts).
    static func resume(directory: String, reading: ((DocumentRecord) throws -> Void)? = nil) throws -> ResumeState {
        let done = try reconcile(directory: directory, adding: reading)
        return ResumeState(file: try OutputFile(path: directory + "/" + fileName, append: true), done: done)
    }

    func add(id: String, hash: String) { file.write(Self.key(id: id, hash: hash) + "\n") }

    func flush() { file.flush() }

    /// Matches `documents.jsonl` with `processed.tsv` line by line, keeps the last complete record
    /// of each id, rewrites both files if anything was dropped, and adds the kept records to
    /// `add` when one is given. Returns the keys of the kept records.
    @discardableResult
    static func reconcile(directory: String, adding add: ((DocumentRecord) throws -> Void)? = nil) throws -> Set<String>
    {
        let statePath = directory + "/" + fileName
        let documentsPath = directory + "/documents.jsonl"
        var entries: [String] = []
        if FileManager.default.fileExists(atPath: statePath) {
            let reader = try LineReader(path: statePath)
            while let line = reader.nextLine() {
                // A complete line ends in a tab and 16 hex digits.
                guard line.count > 17, line[line.count - 17] == 0x09 else { continue }
                entries.append(String(decoding: line, as: UTF8.self))
            }
        }
        guard FileManager.default.fileExists(atPath: documentsPath) else { return [] }
        // Pass 1: which lines are complete records matching their entry, and the last of each id.
        var matched: [Bool] = []
        var lastLine: [Substring: Int] = [:]
        var reader = try LineReader(path: documentsPath)
        while let line = reader.nextLine() {
            let index = matched.count
            let isMatch =
                index < entries.count && line.last == UInt8(ascii: "}")
                && line.starts(with: Array(("{\"id\":" + String(idPart(of: entries[index])) + ",").utf8))
            matched.append(isMatch)
            if isMatch { lastLine[idPart(of: entries[index])] = index }
        }
        let keptLines = Set(lastLine.values)
        let needsRewrite = keptLines.count != matched.count || entries.count != matched.count
        // Pass 2: the kept records into the builder (and the rewritten files).
        let documentsOut = needsRewrite ? try OutputFile(path: documentsPath + ".resume") : nil
        let stateOut = needsRewrite ? try OutputFile(path: statePath + ".resume") : nil
        var done: Set<String> = []
        reader = try LineReader(path: documentsPath)
        var index = 0
        while let line = reader.nextLine() {
            defer { index += 1 }
            guard keptLines.contains(index) else { continue }
            if let add {
                guard let record = try? DocumentRecord.decode(jsonLine: line) else { continue }
                try add(record)
            }
            done.insert(entries[index])
            documentsOut?.write(line)
            documentsOut?.write("\n")
            stateOut?.write(entries[index] + "\n")
        }
        if let documentsOut, let stateOut {
            documentsOut.flush()
            stateOut.flush()
            guard rename(documentsPath + ".resume", documentsPath) == 0, rename(statePath + ".resume", statePath) == 0
            else {
                throw OutputFile.OpenError(
                    description: "cannot update \(directory): \(String(cString: strerror(errno)))")
            }
        }
        return done
    }

    private static func idPart(of entry: String) -> Substring { entry.dropLast(17) }

    /// The JSON-encoded ids of ``done`` (what ``DocumentProcessor/alreadyDoneIDs`` holds).
    static func ids(of done: Set<String>) -> Set<String> { Set(done.map { String(idPart(of: $0)) }) }

    static func encode(_ id: String) -> String {
        var writer = JSONWriter(reservingCapacity: id.utf8.count + 8)
        writer.value(id)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
