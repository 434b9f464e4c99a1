import Foundation
import Hummingbird
import NewsGraphCore

/// `POST /api/extract`: an article in, the record `newsgraph extract` prints out.
///
/// The body is JSON (`{"text": …}` or `{"html": …}`, with an optional `id` and `url`) or the
/// article itself: `text/html` is read as a page, anything else as plain text. Bodies past the
/// server's limit are refused before they are read whole (413): the limit is what bounds the
/// time one request can take, since extraction is linear in the text.
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
            case (let text?, nil): result = server.extractor.extract(text: text, id: id)
            case (nil, let html?):
                result = server.extractor.extract(html: Array(html.utf8), id: id, url: url, charset: "utf-8")
            default: throw ServeError(.badRequest, "give exactly one of \"text\" and \"html\"")
            }
        } else if contentType.hasPrefix("text/html") || contentType.hasPrefix("application/xhtml") {
            result = server.extractor.extract(html: bytes, id: id, url: url, charset: Self.charset(contentType))
        } else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw ServeError(.badRequest, "a plain-text body must be UTF-8")
            }
            result = server.extractor.extract(text: text, id: id)
        }
        switch result {
        case .success(let record):
            return JSONResponse.bytes(record.jsonLine())
        case .failure(let failure):
            throw ServeError(.unprocessableContent, "\(failure.kind.rawValue): \(failure.message)")
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
