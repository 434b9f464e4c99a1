/// The entity page's neighbourhood: the drawing, then a table per relation with each
/// neighbour's weight and, for the heaviest, the sentences where the two meet.
extension EntityPage {
    static func neighborhood(
        of center: EntitySummary, _ groups: [NeighborGroup], limits: Limits, into page: inout HTMLPage
    ) {
        guard !groups.isEmpty else { return }
        // The drawing's nodes are the heaviest of all relations: each group holds its heaviest.
        let heaviest = groups.flatMap(\.neighbors).sorted { ($0.weight, $1.entity.id) > ($1.weight, $0.entity.id) }
        page.raw("<h2>Neighbourhood</h2>")
        page.raw(SVGDrawings.neighborhood(center: center, neighbors: heaviest))
        for group in groups {
            page.raw("<h2>")
            page.text(group.relation)
            page.raw(" <span class=\"muted\">")
            var caption = "\(group.total) \(group.total == 1 ? "neighbour" : "neighbours")"
            if group.total > group.neighbors.count { caption += ", the \(group.neighbors.count) heaviest shown" }
            page.text(caption)
            page.raw("</span></h2><p class=\"muted\">")
            page.text(explanation(of: group.relation, connected: limits.connected))
            page.raw("</p><table class=\"neighbours\"><thead><tr><th>Neighbour</th><th></th><th>Weight</th>")
            page.raw("<th>Documents</th><th>Where they meet</th></tr></thead><tbody>")
            for neighbor in group.neighbors {
                page.raw("<tr><td>")
                page.entityLink(id: neighbor.entity.id, name: neighbor.entity.name, label: neighbor.entity.label)
                page.raw("</td><td class=\"muted\">")
                // Co-mentions have no direction (stored once, smaller id first).
                page.text(group.relation == "CO_MENTION" ? "—" : neighbor.direction == "out" ? "→" : "←")
                if let title = neighbor.title { page.text(" " + title) }
                page.raw("</td><td class=\"n\">\(neighbor.weight)</td><td class=\"n\">\(neighbor.documents)</td><td>")
                for sentence in neighbor.sentences ?? [] { connecting(sentence, into: &page) }
                page.raw("</td></tr>")
            }
            page.raw("</tbody></table>")
        }
    }

    /// What the relation's weight counts, and which rows show sentences.
    static func explanation(of relation: String, connected: Int) -> String {
        let shown = "the first \(connected) with the first places they meet"
        switch relation {
        case "CO_MENTION": return "Named in the same sentence; weight: sentences. Sentences for \(shown)."
        case "QUOTES": return "→ quoted speaking of the neighbour, ← quoted by it; weight: quotes. Quotes for \(shown)."
        case "ROLE": return "A title held (→) or given (←); weight: times given. Sentences for \(shown)."
        default: return "Weight: how often they are related."
        }
    }

    /// One sentence or quotation, the two names in bold, with a link to its document.
    static func connecting(_ sentence: ConnectingSentence, into page: inout HTMLPage) {
        page.raw("<p class=\"meet\">")
        let direct = sentence.quote == "direct"
        if direct { page.raw("“") }
        var scalars = sentence.text.unicodeScalars[...]
        var position = 0
        for mark in sentence.marks
        where mark.lowerBound >= position && mark.upperBound <= sentence.text.unicodeScalars.count {
            page.text(String(String.UnicodeScalarView(scalars.prefix(mark.lowerBound - position))))
            scalars = scalars.dropFirst(mark.lowerBound - position)
            page.raw("<b>")
            page.text(String(String.UnicodeScalarView(scalars.prefix(mark.count))))
            page.raw("</b>")
            scalars = scalars.dropFirst(mark.count)
            position = mark.upperBound
        }
        page.text(String(String.UnicodeScalarView(scalars)))
        if direct { page.raw("”") }
        page.raw(" <span class=\"muted\">")
        page.documentLink(id: sentence.documentID, title: sentence.documentTitle)
        page.raw("</span></p>")
    }
}
