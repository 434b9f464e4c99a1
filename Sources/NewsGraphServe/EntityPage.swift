/// `/entities/{id}`: who or what it is, when it is mentioned, its neighbours by relation, its
/// quotes, the quotes about it and the documents naming it.
struct EntityPage {
    let reader: GraphReader
    let entity: EntityDetail

    func render() async throws -> HTMLPage {
        let summary = entity.summary
        let neighbors = try await reader.neighbors(of: summary.id, relation: nil, limit: 200, offset: 0)
        let said = try await reader.quotes(of: summary.id, about: false, limit: 30, offset: 0)
        let about = try await reader.quotes(of: summary.id, about: true, limit: 15, offset: 0)
        let documents = try await reader.documents(mentioning: summary.id, limit: 30)
        var page = HTMLPage(title: summary.name)
        page.raw("<h1>")
        page.text(summary.name)
        page.raw("<span class=\"label e-\(HTMLPage.labelClass(summary.label))\">")
        page.text(summary.label)
        page.raw("</span></h1><p class=\"muted\">")
        page.text("\(summary.mentions) mentions in \(summary.documents) documents")
        if let first = entity.firstPublished, let last = entity.lastPublished {
            page.text(", \(first) to \(last)")
        }
        page.raw(". <a href=\"/api/entities/\(URLText.encode(summary.id))\">JSON</a></p>")
        let aliases = entity.aliases.filter { $0 != summary.name }
        if !aliases.isEmpty {
            page.raw("<p><b>Also written</b> ")
            page.text(aliases.joined(separator: " · "))
            page.raw("</p>")
        }
        if let roles = entity.roles, !roles.isEmpty {
            page.raw("<p><b>Roles</b> ")
            page.text(roles.joined(separator: " · "))
            page.raw("</p>")
        }
        if !entity.timeline.isEmpty {
            page.raw("<h2>Documents per month</h2>")
            page.raw(SVGDrawings.timeline(entity.timeline))
        }
        if let neighbors, !neighbors.neighbors.isEmpty {
            page.raw("<h2>Neighbourhood</h2>")
            page.raw(SVGDrawings.neighborhood(center: summary, neighbors: neighbors.neighbors))
            // One table per relation, in the order of their heaviest edge.
            var relations: [String] = []
            for neighbor in neighbors.neighbors where !relations.contains(neighbor.relation) {
                relations.append(neighbor.relation)
            }
            for relation in relations {
                let rows = neighbors.neighbors.filter { $0.relation == relation }
                page.raw("<h2>")
                page.text("\(relation) (\(rows.count)\(neighbors.total > neighbors.neighbors.count ? "+" : ""))")
                page.raw("</h2><table><thead><tr><th>Neighbour</th><th></th><th>Weight</th><th>Documents</th>")
                page.raw("</tr></thead><tbody>")
                for neighbor in rows.prefix(40) {
                    page.raw("<tr><td>")
                    page.entityLink(id: neighbor.entity.id, name: neighbor.entity.name, label: neighbor.entity.label)
                    page.raw("</td><td class=\"muted\">")
                    // Co-mentions have no direction (stored once, smaller id first).
                    page.text(relation == "CO_MENTION" ? "—" : neighbor.direction == "out" ? "→" : "←")
                    if let title = neighbor.title { page.text(" " + title) }
                    page.raw(
                        "</td><td class=\"n\">\(neighbor.weight)</td><td class=\"n\">\(neighbor.documents)</td></tr>")
                }
                page.raw("</tbody></table>")
            }
        }
        if let said, !said.quotes.isEmpty {
            page.raw("<h2>")
            page.text("Quotes by \(summary.name) (\(said.total))")
            page.raw("</h2>")
            Self.quoteList(said.quotes, showSpeaker: false, into: &page)
        }
        if let about, !about.quotes.isEmpty {
            page.raw("<h2>")
            page.text("Quotes about \(summary.name) (\(about.total))")
            page.raw("</h2>")
            Self.quoteList(about.quotes, showSpeaker: true, into: &page)
        }
        if !documents.isEmpty {
            page.raw("<h2>Documents</h2><ul>")
            for document in documents {
                page.raw("<li>")
                page.documentLink(id: document.id, title: document.title)
                page.raw(" <span class=\"muted\">")
                page.text(
                    [document.published, "\(document.mentions) mentions"].compactMap { $0 }.joined(separator: " · "))
                page.raw("</span></li>")
            }
            page.raw("</ul>")
        }
        return page
    }

    /// Quotes as block quotes with their document (and speaker) under each.
    static func quoteList(_ quotes: [QuoteItem], showSpeaker: Bool, into page: inout HTMLPage) {
        for quote in quotes {
            page.raw("<blockquote class=\"\(quote.kind == "direct" ? "direct" : "indirect")\">")
            page.text(quote.kind == "direct" ? "“" + quote.text + "”" : quote.text)
            page.raw("<br><span class=\"muted\">")
            if showSpeaker {
                if let speaker = quote.speakerEntity {
                    page.entityLink(
                        id: speaker, name: quote.speaker ?? GraphReader.nameOfKey(speaker),
                        label: String(speaker.prefix { $0 != ":" }))
                } else if let speaker = quote.speaker {
                    page.text(speaker)
                }
                page.text(" · ")
            }
            page.documentLink(id: quote.documentID, title: quote.documentTitle)
            if let published = quote.published { page.text(" · " + published) }
            page.raw("</span></blockquote>")
        }
    }
}
