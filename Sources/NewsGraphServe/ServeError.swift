import Hummingbird
import NewsGraphCore

/// An error a request ends in, with its status: a JSON body `{"error": {"status", "message"}}`
/// under `/api/` and for `/openapi.json`, an HTML page elsewhere.
struct ServeError: HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func notFound(_ what: String) -> ServeError { ServeError(.notFound, "no \(what)") }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Self.wantsJSON(request) ? json() : html()
    }

    func json() -> Response {
        JSONResponse.make(status: status) { writer in
            writer.beginObject()
            writer.key("error")
            writer.beginObject()
            writer.field("status", Int(status.code))
            writer.field("message", message)
            writer.endObject()
            writer.endObject()
        }
    }

    func html() -> Response {
        var page = HTMLPage(title: "\(status.code) \(status.reasonPhrase)")
        page.raw("<h1>")
        page.text("\(status.code) \(status.reasonPhrase)")
        page.raw("</h1><p>")
        page.text(message)
        page.raw("</p><p><a href=\"/\">Start again</a></p>")
        return page.response(status: status)
    }

    /// Whether the path is the API's: its errors are JSON, the pages' are HTML.
    static func wantsJSON(_ request: Request) -> Bool {
        let path = request.uri.path
        return path.hasPrefix("/api/") || path == "/api" || path == "/openapi.json"
    }
}

/// JSON responses written with the records' own `JSONWriter`.
enum JSONResponse {
    static func make(status: HTTPResponse.Status = .ok, _ write: (inout JSONWriter) -> Void) -> Response {
        var writer = JSONWriter(reservingCapacity: 4096)
        write(&writer)
        writer.newline()
        return bytes(writer.bytes, status: status)
    }

    static func bytes(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
