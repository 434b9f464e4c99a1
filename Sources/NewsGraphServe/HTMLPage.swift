import Hummingbird
import NewsGraphCore

/// A server-rendered page: the shared head, style and search box, then what a route appends.
///
/// Text from the database or the request goes in only through ``text(_:)`` and ``attribute(_:)``,
/// which escape it; ``raw(_:)`` is for the markup of this module's own code. The pages load
/// nothing from elsewhere (no CDN, no script): they work offline and without JavaScript.
struct HTMLPage {
    private(set) var body = ""

    init(title: String, query: String = "") {
        body.reserveCapacity(16_384)
        raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        text(title)
        raw(" · NewsGraph</title><style>")
        raw(Self.style)
        raw("</style></head><body><header><a class=\"home\" href=\"/\">NewsGraph</a>")
        raw("<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" value=\"")
        attribute(query)
        raw("\" placeholder=\"A name or words\" aria-label=\"Search\"> <button type=\"submit\">Search</button></form>")
        raw("</header><main>")
    }

    mutating func raw(_ markup: String) { body += markup }

    /// Appends text, escaped for an element's content.
    mutating func text(_ string: String) { body += HTML.escape(string) }

    /// Appends text, escaped for a double-quoted attribute value.
    mutating func attribute(_ string: String) { body += HTML.escape(string) }

    /// A link to an entity's page.
    mutating func entityLink(id: String, name: String, label: String) {
        raw("<a class=\"ent e-")
        attribute(Self.labelClass(label))
        raw("\" href=\"/entities/")
        attribute(URLText.encode(id))
        raw("\">")
        text(name)
        raw("</a>")
    }

    /// A link to a document's page.
    mutating func documentLink(id: String, title: String?) {
        raw("<a href=\"/documents/")
        attribute(URLText.encode(id))
        raw("\">")
        text(title?.isEmpty == false ? title! : id)
        raw("</a>")
    }

    /// The finished page.
    var bytes: ByteBuffer { ByteBuffer(string: body + "</main></body></html>\n") }

    func response(status: HTTPResponse.Status = .ok) -> Response {
        Self.response(bytes, status: status)
    }

    static func response(_ page: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8",
                // Nothing on these pages comes from elsewhere or runs: say so to the browser too.
                .contentSecurityPolicy:
                    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'",
            ],
            body: ResponseBody(byteBuffer: page))
    }

    /// A label as a class name: letters, digits and `_` only (labels are ours, but a database
    /// may hold anything).
    static func labelClass(_ label: String) -> String {
        String(
            label.unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
            })
    }

    /// Colours by label, as displaCy gives them, and a layout that reads on a phone.
    static let style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
        header{display:flex;gap:1em;align-items:center;flex-wrap:wrap;padding:.6em 1em;background:#1f3a5f}
        header a.home{color:#fff;font-weight:bold;text-decoration:none;font-size:1.2em}
        header input{width:18em;max-width:60vw;padding:.3em}
        main{max-width:60em;margin:0 auto;padding:1em}
        h1{font-size:1.6em;margin:.3em 0} h2{font-size:1.2em;margin-top:1.5em;border-bottom:1px solid #ddd}
        table{border-collapse:collapse} td,th{padding:.2em .6em;text-align:left;border-bottom:1px solid #eee}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        .muted{color:#666;font-size:.9em} .label{font-size:.75em;font-weight:bold;color:#555;margin-left:.3em}
        .doctext{white-space:pre-wrap;background:#fff;padding:1em;border:1px solid #ddd;line-height:1.9}
        mark.ent{padding:.1em .25em;border-radius:.3em;background:#ddd;color:inherit}
        mark.ent a{color:inherit;text-decoration:none} mark.ent .label{margin-left:.2em}
        .e-PERSON{background:#aa9cfc!important} .e-ORG{background:#7aecec!important} .e-GPE{background:#feca74!important}
        .e-LOC{background:#ff9561!important} .e-NORP{background:#c887fb!important} .e-FAC{background:#9cc9cc!important}
        .e-EVENT{background:#ffeb80!important} .e-PRODUCT{background:#bfeeb7!important}
        .e-WORK_OF_ART{background:#f0d0ff!important} .e-LAW{background:#ff8197!important}
        .e-DATE,.e-TIME{background:#bfe1d9!important} .e-MONEY,.e-PERCENT,.e-QUANTITY,.e-CARDINAL,.e-ORDINAL{background:#e4e7d2!important}
        a.ent{padding:0 .2em;border-radius:.2em;color:#123;text-decoration:none}
        .quote{border-bottom:2px solid #c33;background:#fff3f3}
        .quote.indirect{border-bottom-style:dashed}
        blockquote{margin:.5em 0;padding:.3em .8em;border-left:3px solid #c33;background:#fff}
        .snippet b{background:#fff59d}
        p.meet{margin:.15em 0;font-size:.9em} table.neighbours td{vertical-align:top}
        svg a text{fill:#123} svg a:hover text{text-decoration:underline}
        nav.pages a{margin-right:1em}
        """
}
