import Foundation
import NewsGraphCore
import NewsGraphFetch

/// Hands out the documents of a run one at a time, in input order, without reading ahead:
/// files are named here and read by the worker that takes them; JSONL streams, URL lists and
/// WARC archives are read a line or a record at a time.
///
/// Used by one thread at a time (the runner's reader thread), hence `@unchecked Sendable`.
final class DocumentFeed: @unchecked Sendable {
    /// One unit of work.
    enum Work: Sendable {
        case file(path: String, id: String)
        case url(String)
        case feedEntry(FeedEntry)
        case document(SourceDocument)
        /// A JSONL line not yet decoded: the worker that takes it decodes it, so the one reader
        /// thread only splits lines.
        case recordLine([UInt8], path: String, lineNumber: Int)
        case failure(DocumentFailure)

        var id: String {
            switch self {
            case .file(_, let id): id
            case .url(let url): url
            case .feedEntry(let entry): entry.url
            case .document(let document): document.id
            case .recordLine(_, let path, let lineNumber): "\(path):\(lineNumber)"
            case .failure(let failure): failure.id
            }
        }

        /// Whether the work waits on the network (a page to fetch) rather than the CPU: such work
        /// goes to a task of its own, so that many fetches are in flight at once.
        var isFetch: Bool {
            switch self {
            case .url, .feedEntry: true
            default: false
            }
        }

        /// The input bytes this work will bring into memory, as far as is known before it
        /// starts: a record's content, a file's size on disk, `urlSize` for a page not yet fetched.
        func inputSize(urlSize: Int) -> Int {
            switch self {
            case .document(let document): return document.content.count
            case .recordLine(let line, _, _): return line.count
            case .file(let path, _):
                var status = stat()
                return stat(path, &status) == 0 ? Int(status.st_size) : 0
            case .url, .feedEntry: return urlSize
            case .failure: return 0
            }
        }
    }

    private enum Stream {
        case records(LineReader, path: String, line: Int)
        case urls(LineReader, path: String, line: Int)
        case warc(WARCReader)
    }

    private var items: IndexingIterator<[InputItem]>
    private var stream: Stream?
    private let shard: Shard?
    /// A JSONL or URL-list line longer than this (the document size limit) is one failure,
    /// read past without being kept.
    private let maximumLineBytes: Int

    init(items: [InputItem], shard: Shard? = nil, maximumLineBytes: Int = FileLoader().maximumBytes) {
        self.items = items.makeIterator()
        self.shard = shard
        self.maximumLineBytes = maximumLineBytes
    }

    private func lineReader(_ reader: LineReader) -> LineReader {
        reader.maximumLineBytes = maximumLineBytes
        return reader
    }

    private func overlong(_ reader: LineReader, path: String, lineNumber: Int) -> Work {
        .failure(
            DocumentFailure(
                id: "\(path):\(lineNumber)", source: "\(path):\(lineNumber)", kind: .tooLarge,
                message: "the line is \(reader.lastLineBytes) bytes, over the \(maximumLineBytes)-byte limit"))
    }

    func next() -> Work? { next(waiting: true) }

    /// The next work when it is at hand without waiting for input (a JSONL line already read, a
    /// file the inputs name), else nil: the runner adds such work to the batch it is filling,
    /// and never keeps a document back while the next input is slow to come.
    func nextIfReady() -> Work? { next(waiting: false) }

    private func next(waiting: Bool) -> Work? {
        while let work = nextInAnyShard(waiting: waiting) {
            if let shard, !shard.contains(id: work.id) { continue }
            return work
        }
        return nil
    }

    private func nextInAnyShard(waiting: Bool) -> Work? {
        while true {
            if let work = nextFromStream(waiting: waiting) { return work }
            // Not waiting: a stream whose next line has not come in yet, or an item to open.
            if stream != nil { return nil }
            if !waiting {
                var rest = items
                guard case .file = rest.next() else { return nil }
            }
            guard let item = items.next() else { return nil }
            switch item {
            case .file(let path, let id):
                return .file(path: path, id: id)
            case .url(let url):
                return .url(url)
            case .feedEntry(let entry):
                return .feedEntry(entry)
            case .feed(let source):
                // Feeds are read by ``FeedDiscovery`` before the run; one left here is a caller's slip.
                return .failure(
                    DocumentFailure(id: source, source: source, kind: .unreadable, message: "feed was not read"))
            case .records(let path):
                if path.lowercased().hasSuffix(".gz") {
                    // Compressed JSONL is inflated whole (within the loader's size limit).
                    switch FileLoader().load(path: path, id: path) {
                    case .success(let document):
                        stream = .records(lineReader(LineReader(bytes: document.content)), path: path, line: 0)
                    case .failure(let failure):
                        return .failure(failure)
                    }
                    continue
                }
                do {
                    stream = .records(lineReader(try LineReader(path: path)), path: path, line: 0)
                } catch {
                    return .failure(DocumentFailure(id: path, source: path, kind: .unreadable, message: "\(error)"))
                }
            case .urlList(let path):
                do {
                    stream = .urls(lineReader(try LineReader(path: path)), path: path, line: 0)
                } catch {
                    return .failure(DocumentFailure(id: path, source: path, kind: .unreadable, message: "\(error)"))
                }
            case .warc(let path):
                do {
                    stream = .warc(try WARCReader(path: path))
                } catch {
                    return .failure(DocumentFailure(id: path, source: path, kind: .unreadable, message: "\(error)"))
                }
            }
        }
    }

    /// The next document of the open stream, or nil when it is done (and closed); without
    /// `waiting`, also nil (the stream left open) when the next line is not read yet.
    private func nextFromStream(waiting: Bool) -> Work? {
        while let current = stream {
            if !waiting {
                guard case .records(let reader, _, _) = current, reader.hasBufferedLine else { return nil }
            }
            switch current {
            case .records(let reader, let path, let line):
                guard let bytes = reader.nextLine() else {
                    stream = nil
                    return nil
                }
                stream = .records(reader, path: path, line: line + 1)
                if reader.lastLineBytes > maximumLineBytes { return overlong(reader, path: path, lineNumber: line + 1) }
                // A shard keeps documents by id, which only decoding tells.
                if shard == nil {
                    if RecordDecoder.isBlank(bytes) { continue }
                    return .recordLine(bytes, path: path, lineNumber: line + 1)
                }
                guard let result = RecordDecoder.document(fromLine: bytes, path: path, lineNumber: line + 1) else {
                    continue
                }
                switch result {
                case .success(let document): return .document(document)
                case .failure(let failure): return .failure(failure)
                }
            case .urls(let reader, let path, let line):
                guard let bytes = reader.nextLine() else {
                    stream = nil
                    return nil
                }
                stream = .urls(reader, path: path, line: line + 1)
                if reader.lastLineBytes > maximumLineBytes { return overlong(reader, path: path, lineNumber: line + 1) }
                guard let address = URLList.address(inLine: bytes) else { continue }
                return .url(address)
            case .warc(let reader):
                guard let result = reader.next() else {
                    stream = nil
                    return nil
                }
                switch result {
                case .success(let document): return .document(document)
                case .failure(let failure): return .failure(failure)
                }
            }
        }
        return nil
    }
}
