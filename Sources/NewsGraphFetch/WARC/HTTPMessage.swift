import NewsGraphCore

/// An HTTP response stored whole (in a WARC record): status line, headers, body.
enum HTTPMessage {
    static func document(
        fromResponse block: [UInt8], id: String, url: String?, date: String?, maximumBytes: Int
    ) -> Result<SourceDocument, DocumentFailure> {
        func failure(_ kind: DocumentFailure.Kind, _ message: String) -> Result<SourceDocument, DocumentFailure> {
            .failure(DocumentFailure(id: id, source: url ?? id, kind: kind, message: message))
        }
        guard let headerEnd = endOfHeaders(block) else { return failure(.malformedRecord, "no HTTP headers") }
        let headerText = String(decoding: block[..<headerEnd.start], as: UTF8.self)
        // "\r\n" is one Character in Swift: split on both line ends.
        var lines = headerText.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        let statusLine = lines.isEmpty ? "" : String(lines.removeFirst())
        let status = statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = String(line[line.index(after: colon)...]).trimmingSpaces()
        }
        guard (200..<300).contains(status) else { return failure(.fetch, "archived response is HTTP \(status)") }
        let contentType = headers["content-type"] ?? "text/html"
        guard ContentType.isTextual(contentType) else {
            return failure(.notText, "archived response is \(contentType)")
        }
        var body = Array(block[headerEnd.end...])
        if let encoding = headers["content-encoding"]?.lowercased(), encoding == "gzip" || encoding == "deflate",
            Gzip.isCompressed(body) || encoding == "deflate"
        {
            do {
                body = try Gzip.decompress(body, limit: maximumBytes)
            } catch {
                return failure(.decompression, "\(error)")
            }
        }
        let (format, charset) = ContentType.interpret(contentType)
        return .success(
            SourceDocument(
                id: id, source: url ?? id, format: format, content: body, declaredCharset: charset, url: url,
                date: date))
    }

    /// The blank line after the headers: where it starts and where the body starts.
    static func endOfHeaders(_ block: [UInt8]) -> (start: Int, end: Int)? {
        var index = 0
        while index + 1 < block.count {
            if block[index] == 0x0A {
                if block[index + 1] == 0x0A { return (index, index + 2) }
                if block[index + 1] == 0x0D, index + 2 < block.count, block[index + 2] == 0x0A {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }
}
