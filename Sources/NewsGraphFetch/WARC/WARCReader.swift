import NewsGraphCore

/// Reads the `response` records of a WARC or WARC.gz archive (ISO 28500, as Common Crawl's
/// CC-NEWS archives are written), one at a time, in constant memory.
///
/// Each record becomes one document: its id and URL are `WARC-Target-URI`, its date
/// `WARC-Date`, its charset and format come from the HTTP `Content-Type` inside the record.
/// Other record types (request, metadata, warcinfo) are skipped.
package final class WARCReader {
    private let stream: ByteStream
    private let path: String
    private let maximumBytes: Int
    private var recordNumber = 0
    private var failed = false

    package init(path: String, maximumBytes: Int = 64 << 20) throws {
        self.stream = try ByteStream(path: path)
        self.path = path
        self.maximumBytes = maximumBytes
    }

    /// The next response record as a document, a failure for a record that cannot be used, or
    /// nil at the end of the archive. A damaged archive yields one failure and then ends.
    package func next() -> Result<SourceDocument, DocumentFailure>? {
        guard !failed else { return nil }
        do {
            while let header = try readHeader() {
                recordNumber += 1
                let length = Int(header["content-length"] ?? "") ?? -1
                guard length >= 0 else { throw ByteStream.ReadError(description: "record without Content-Length") }
                guard header["warc-type"] == "response" else {
                    try stream.skip(count: length)
                    continue
                }
                let uri = (header["warc-target-uri"] ?? "").trimmingAngleBrackets()
                let id = uri.isEmpty ? "\(path)#\(recordNumber)" : uri
                guard length <= maximumBytes else {
                    try stream.skip(count: length)
                    return .failure(
                        failure(id, .tooLarge, "record is \(length) bytes, over the \(maximumBytes)-byte limit"))
                }
                let block = try stream.read(count: length)
                guard block.count == length else { throw ByteStream.ReadError(description: "truncated record") }
                return HTTPMessage.document(
                    fromResponse: block, id: id, url: uri.isEmpty ? nil : uri, date: header["warc-date"],
                    maximumBytes: maximumBytes)
            }
            return nil
        } catch {
            failed = true
            return .failure(failure("\(path)#\(recordNumber)", .unreadable, "damaged archive: \(error)"))
        }
    }

    private func failure(_ id: String, _ kind: DocumentFailure.Kind, _ message: String) -> DocumentFailure {
        DocumentFailure(id: id, source: path, kind: kind, message: message)
    }

    /// The WARC header block of the next record (names lowercased), or nil at the end.
    private func readHeader() throws -> [String: String]? {
        var line: [UInt8]?
        repeat { line = try stream.readLine() } while line?.isEmpty == true
        guard let versionLine = line else { return nil }
        guard versionLine.starts(with: Array("WARC/".utf8)) else {
            throw ByteStream.ReadError(description: "record \(recordNumber + 1) does not start with WARC/")
        }
        var fields: [String: String] = [:]
        while let line = try stream.readLine(), !line.isEmpty {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            fields[name] = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces()
        }
        return fields
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// WARC 0.x wrote `<http://...>`.
    func trimmingAngleBrackets() -> String {
        hasPrefix("<") && hasSuffix(">") ? String(dropFirst().dropLast()) : self
    }
}
