import Foundation
import Hummingbird
import NewsGraphCore

/// The HTML pages: `/`, `/search`, `/entities/{id}`, `/documents/{id}`.
struct PageRoutes {
    let server: NewsGraphServer

    func add(to router: Router<BasicRequestContext>) {
        let reader = server.reader
        router.get("/") { request, _ in
            let input = try RequestInput(request)
            let label = input.text("label")
            let counts = try await reader.counts()
            let labels = try await reader.labels()
            let top = try await reader.entities(prefix: nil, label: label, limit: 60, offset: 0)
            var page = HTMLPage(title: "NewsGraph")
            page.raw("<h1>NewsGraph</h1><p class=\"muted\">")
            page.text("\(counts.documents) documents, \(counts.entities) entities, \(counts.edges) edges. ")
            page.raw("Search names (by their first letters) or the documents' words above.</p><p>")
            page.raw(label == nil ? "<b>all</b>" : "<a href=\"/\">all</a>")
            for (name, count) in labels {
                page.raw(" · ")
                if name == label {
                    page.raw("<b>")
                    page.text("\(name) (\(count))")
                    page.raw("</b>")
                } else {
                    page.raw("<a href=\"/?label=")
                    page.attribute(URLText.encode(name))
                    page.raw("\">")
                    page.text("\(name) (\(count))")
                    page.raw("</a>")
                }
            }
            page.raw("</p><h2>Most mentioned</h2>")
            Self.entityTable(top.entities, into: &page)
            return page.response()
        }
        router.get("/search") { request, _ in
            let input = try RequestInput(request)
            let query = input.text("q") ?? ""
            let (limit, offset) = try input.paging(defaultLimit: 20, maximum: 100)
            var page = HTMLPage(title: query.isEmpty ? "Search" : "Search: \(query)", query: query)
            guard !query.isEmpty else {
                page.raw("<h1>Search</h1><p>Type a name or some words in the box above.</p>")
                return page.response()
            }
            page.raw("<h1>Search: ")
            page.text(query)
            page.raw("</h1>")
            let named = try await reader.entities(prefix: query, label: nil, limit: 20, offset: 0)
            let results = try await server.searchIndex().search(query, reader: reader, limit: limit, offset: offset)
            // Names that start with the words, then names that contain them (full text).
            var shown = Set(named.entities.map(\.id))
            let more = results.entities.filter { shown.insert($0.id).inserted }
            page.raw("<h2>Entities</h2>")
            if named.entities.isEmpty && more.isEmpty {
                page.raw("<p class=\"muted\">No entity by that name.</p>")
            } else {
                Self.entityTable(named.entities + more, into: &page)
                if named.total > named.entities.count {
                    page.raw("<p class=\"muted\">")
                    page.text("\(named.total) names start with these letters; the 20 most mentioned are shown.")
                    page.raw("</p>")
                }
            }
            page.raw("<h2>Documents</h2>")
            if results.documents.isEmpty {
                page.raw("<p class=\"muted\">No document has these words.</p>")
            } else {
                page.raw("<p class=\"muted\">")
                page.text("\(results.total) documents; \(offset + 1)–\(offset + results.documents.count) shown.")
                page.raw("</p><ol start=\"\(offset + 1)\">")
                for hit in results.documents {
                    page.raw("<li>")
                    page.documentLink(id: hit.documentID, title: hit.title)
                    if let published = hit.published {
                        page.raw(" <span class=\"muted\">")
                        page.text(published)
                        page.raw("</span>")
                    }
                    page.raw("<br><span class=\"snippet\">")
                    page.raw(Self.markedSnippet(hit.snippet))
                    page.raw("</span></li>")
                }
                page.raw("</ol><nav class=\"pages\">")
                if offset > 0 {
                    page.raw(
                        "<a href=\"/search?q=\(URLText.encode(query))&amp;offset=\(max(0, offset - limit))\">← earlier</a>"
                    )
                }
                if offset + results.documents.count < results.total {
                    page.raw("<a href=\"/search?q=\(URLText.encode(query))&amp;offset=\(offset + limit)\">more →</a>")
                }
                page.raw("</nav>")
            }
            return page.response()
        }
        let cache = server.pages
        router.get("/entities/{id}") { _, context in
            let id = try RequestInput.pathID(context)
            let key = "entity " + id
            if let page = cache[key] { return HTMLPage.response(page) }
            guard let entity = try await reader.entity(id: id) else { throw ServeError.notFound("entity \(id)") }
            let page = try await EntityPage(reader: reader, entity: entity).render().bytes
            cache.store(page, for: key)
            return HTMLPage.response(page)
        }
        router.get("/documents/{id}") { _, context in
            let id = try RequestInput.pathID(context)
            let key = "document " + id
            if let page = cache[key] { return HTMLPage.response(page) }
            guard let document = try await reader.document(id: id) else { throw ServeError.notFound("document \(id)") }
            let page = DocumentPage(document: document).render().bytes
            cache.store(page, for: key)
            return HTMLPage.response(page)
        }
    }

    /// Entities as a table: name (linked), label, mentions, documents.
    static func entityTable(_ entities: [EntitySummary], into page: inout HTMLPage) {
        page.raw("<table><thead><tr><th>Name</th><th>Label</th><th>Mentions</th><th>Documents</th></tr></thead><tbody>")
        for entity in entities {
            page.raw("<tr><td>")
            page.entityLink(id: entity.id, name: entity.name, label: entity.label)
            page.raw("</td><td>")
            page.text(entity.label)
            page.raw("</td><td class=\"n\">\(entity.mentions)</td><td class=\"n\">\(entity.documents)</td></tr>")
        }
        page.raw("</tbody></table>")
    }

    /// A snippet escaped, then its matched words in bold.
    static func markedSnippet(_ snippet: String) -> String {
        HTML.escape(snippet)
            .replacingOccurrences(of: String(SearchIndex.markStart), with: "<b>")
            .replacingOccurrences(of: String(SearchIndex.markEnd), with: "</b>")
    }
}
