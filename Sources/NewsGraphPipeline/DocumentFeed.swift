import NewsGraphCore
import NewsGraphFetch

/// Hands out the documents of a run one at a time, in input order, without reading ahead:
/// files are named here and read by the worker that takes them; JSONL streams are read a line
/// at a time.
final class DocumentFeed {
    /// One unit of work.
    enum Work: Sendable {
        case file(path: String, id: String)
        case url(String)
        case document(SourceDocument)
        case failure(DocumentFailure)
    }

    private var items: IndexingIterator<[InputItem]>
    private var records: (reader: LineReader, path: String, line: Int)?

    init(items: [InputItem]) {
        self.items = items.makeIterator()
    }

    func next() -> Work? {
        while true {
            if let (reader, path, line) = records {
                guard let bytes = reader.nextLine() else {
                    records = nil
                    continue
                }
                records = (reader, path, line + 1)
                guard let result = RecordDecoder.document(fromLine: bytes, path: path, lineNumber: line + 1) else {
                    continue
                }
                switch result {
                case .success(let document): return .document(document)
                case .failure(let failure): return .failure(failure)
                }
            }
            guard let item = items.next() else { return nil }
            switch item {
            case .file(let path, let id):
                return .file(path: path, id: id)
            case .url(let url):
                return .url(url)
            case .records(let path):
                if path.lowercased().hasSuffix(".gz") {
                    // Compressed JSONL is inflated whole (within the loader's size limit).
                    switch FileLoader().load(path: path, id: path) {
                    case .success(let document):
                        records = (LineReader(bytes: document.content), path, 0)
                    case .failure(let failure):
                        return .failure(failure)
                    }
                    continue
                }
                do {
                    records = (try LineReader(path: path), path, 0)
                } catch {
                    return .failure(DocumentFailure(id: path, source: path, kind: .unreadable, message: "\(error)"))
                }
            }
        }
    }
}
