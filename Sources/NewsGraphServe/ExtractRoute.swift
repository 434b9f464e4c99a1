import Foundation
import Hummingbird
import NewsGraphCore

/// `POST /api/extract`: an article in, the record `newsgraph extract` prints out.
///
/// The body is JSON (`{"text": …}` or `{"html": …}`, with an optional `id` and `url`) or the
/// article itself: `text/html` is read as a page, anything else as plain text. Bodies past the
/// server's limit are refused before they are read whole (413), which bounds the work one
/// request can cause; the extraction runs within the server's time limit (``ExtractionLimit``),
/// past which the answer is 503.
struct ExtractRoute {
    let server: NewsGraphServer

    /// The JSON form of the request.
    struct Body: Decodable {
        var text: String?
        var html: String?
        var id: String?
        var url: String?
    }

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let limit = server.options.maximumBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw Self.tooLarge(limit)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw Self.tooLarge(limit)
        }
        let bytes = Array(buffer.readableBytesView)
        let input = try RequestInput(request)
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        var id = input.text("id") ?? "request"
        var url = input.text("url")
        let extractor = server.extractor
        let extraction = server.extraction
        let result: Result<DocumentRecord, DocumentFailure>
        if contentType.hasPrefix("application/json") || Self.looksLikeJSON(bytes, contentType: contentType) {
            let body: Body
            do {
                body = try JSONDecoder().decode(Body.self, from: Data(bytes))
            } catch {
                throw ServeError(.badRequest, "the body is not a JSON object with a string \"text\" or \"html\"")
            }
            id = body.id ?? id
            url = body.url ?? url
            switch (body.text, body.html) {
            case (let text?, nil):
                result = try await Self.limited(extraction) { [id] in extractor.extract(text: text, id: id) }
            case (nil, let html?):
                result = try await Self.limited(extraction) { [id, url] in
                    extractor.extract(html: Array(html.utf8), id: id, url: url, charset: "utf-8")
                }
            default: throw ServeError(.badRequest, "give exactly one of \"text\" and \"html\"")
            }
        } else if contentType.hasPrefix("text/html") || contentType.hasPrefix("application/xhtml") {
            let charset = Self.charset(contentType)
            result = try await Self.limited(extraction) { [id, url] in
                extractor.extract(html: bytes, id: id, url: url, charset: charset)
            }
        } else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw ServeError(.badRequest, "a plain-text body must be UTF-8")
            }
            result = try await Self.limited(extraction) { [id] in extractor.extract(text: text, id: id) }
        }
        switch result {
        case .success(let record):
            return JSONResponse.bytes(record.jsonLine())
        case .failure(let failure):
            throw ServeError(.unprocessableContent, "\(failure.kind.rawValue): \(failure.message)")
        }
    }

    /// The extraction, or a 503 when it does not finish within the server's limit.
    static func limited(
        _ extraction: ExtractionLimit, _ work: @escaping @Sendable () -> Result<DocumentRecord, DocumentFailure>
    ) async throws -> Result<DocumentRecord, DocumentFailure> {
        do {
            return try await extraction.run(work)
        } catch let failure as ExtractionLimit.Failure {
            let seconds =
                Double(extraction.limit.components.seconds) + Double(extraction.limit.components.attoseconds) / 1e18
            let limit = "the server's limit of \(seconds.formatted(.number.precision(.fractionLength(0...3)))) s"
            switch failure {
            case .notStarted:
                throw ServeError(
                    .serviceUnavailable, "the server is busy: the extraction could not start within \(limit)")
            case .tooSlow: throw ServeError(.serviceUnavailable, "the extraction took longer than \(limit)")
            }
        }
    }

    static func tooLarge(_ limit: Int) -> ServeError {
        ServeError(.contentTooLarge, "the body is larger than the server's limit of \(limit) bytes")
    }

    /// A body that starts (after white space) with `{` and comes without a type or with the
    /// form type `curl -d` gives by default: JSON sent carelessly, not an article.
    static func looksLikeJSON(_ bytes: [UInt8], contentType: String) -> Bool {
        guard contentType.isEmpty || contentType.hasPrefix("application/x-www-form-urlencoded") else { return false }
        return bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 } == UInt8(ascii: "{")
    }

    /// The `charset=` of a content type, if any.
    static func charset(_ contentType: String) -> String? {
        guard let range = contentType.range(of: "charset=") else { return nil }
        let value = contentType[range.upperBound...].prefix { $0 != ";" && $0 != " " }
        return value.isEmpty ? nil : String(value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
    }
}
