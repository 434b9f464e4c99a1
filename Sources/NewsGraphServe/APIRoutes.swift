import Hummingbird
import NewsGraphCore

/// The JSON API under `/api/`, as `/openapi.json` describes it (``OpenAPIDocument``).
struct APIRoutes {
    let server: NewsGraphServer

    func add(to router: Router<BasicRequestContext>) {
        let reader = server.reader
        router.get("/api/entities") { request, _ in
            let input = try RequestInput(request)
            let (limit, offset) = try input.paging(defaultLimit: 50)
            let page = try await reader.entities(
                prefix: input.text("q"), label: input.text("label"), limit: limit, offset: offset)
            return Self.list("entities", of: nil, total: page.total, limit: limit, offset: offset) { writer in
                for entity in page.entities { entity.write(to: &writer) }
            }
        }
        router.get("/api/entities/{id}") { _, context in
            let id = try RequestInput.pathID(context)
            guard let entity = try await reader.entity(id: id) else { throw ServeError.notFound("entity \(id)") }
            return JSONResponse.make { entity.write(to: &$0) }
        }
        router.get("/api/entities/{id}/neighbors") { request, context in
            let id = try RequestInput.pathID(context)
            let input = try RequestInput(request)
            let (limit, offset) = try input.paging(defaultLimit: 100)
            let relation = input.text("relation")?.uppercased()
            let sentences = try input.number("sentences", default: 3, maximum: 10)
            guard let page = try await reader.neighbors(of: id, relation: relation, limit: limit, offset: offset) else {
                throw ServeError.notFound("entity \(id)")
            }
            let neighbors = try await reader.connect(page.neighbors, to: id, perNeighbor: sentences)
            return Self.list("neighbors", of: id, total: page.total, limit: limit, offset: offset) { writer in
                for neighbor in neighbors { neighbor.write(to: &writer) }
            }
        }
        router.get("/api/entities/{id}/quotes") { request, context in
            let id = try RequestInput.pathID(context)
            let input = try RequestInput(request)
            let (limit, offset) = try input.paging(defaultLimit: 50)
            let about: Bool
            switch input.text("about")?.lowercased() {
            case nil, "false", "0": about = false
            case "true", "1": about = true
            default: throw ServeError(.badRequest, "about must be true or false")
            }
            guard let page = try await reader.quotes(of: id, about: about, limit: limit, offset: offset) else {
                throw ServeError.notFound("entity \(id)")
            }
            return Self.list("quotes", of: id, total: page.total, limit: limit, offset: offset) { writer in
                for quote in page.quotes { quote.write(to: &writer) }
            }
        }
        router.get("/api/documents/{id}") { _, context in
            let id = try RequestInput.pathID(context)
            guard let document = try await reader.document(id: id) else { throw ServeError.notFound("document \(id)") }
            return JSONResponse.make { document.write(to: &$0) }
        }
        router.get("/api/search") { request, _ in
            let input = try RequestInput(request)
            guard let query = input.text("q") else { throw ServeError(.badRequest, "q is required") }
            let (limit, offset) = try input.paging(defaultLimit: 20, maximum: 100)
            let results = try await server.searchIndex().search(query, reader: reader, limit: limit, offset: offset)
            return JSONResponse.make { writer in
                writer.beginObject()
                writer.field("query", query)
                writer.key("documents")
                writer.beginArray()
                for hit in results.documents {
                    writer.beginObject()
                    writer.field("id", hit.documentID)
                    writer.field("title", hit.title)
                    writer.field("published", hit.published)
                    // Plain text for API users; the marks are for the pages.
                    writer.field(
                        "snippet",
                        String(hit.snippet.filter { $0 != SearchIndex.markStart && $0 != SearchIndex.markEnd }))
                    writer.endObject()
                }
                writer.endArray()
                writer.field("total", results.total)
                writer.key("entities")
                writer.beginArray()
                for entity in results.entities { entity.write(to: &writer) }
                writer.endArray()
                writer.field("limit", limit)
                writer.field("offset", offset)
                writer.endObject()
            }
        }
        router.post("/api/extract") { request, context in
            try await ExtractRoute(server: server).respond(to: request, context: context)
        }
        router.get("/openapi.json") { _, _ in
            JSONResponse.bytes(Array(OpenAPIDocument.json.utf8))
        }
    }

    /// A page of a list: `{"entity"?, NAME: [...], "total", "limit", "offset"}`.
    static func list(
        _ name: StaticString, of entity: String?, total: Int, limit: Int, offset: Int,
        items: (inout JSONWriter) -> Void
    ) -> Response {
        JSONResponse.make { writer in
            writer.beginObject()
            if let entity { writer.field("entity", entity) }
            writer.key(name)
            writer.beginArray()
            items(&writer)
            writer.endArray()
            writer.field("total", total)
            writer.field("limit", limit)
            writer.field("offset", offset)
            writer.endObject()
        }
    }
}
