/// `/documents/{id}`: the metadata, the text with entities highlighted and quotes marked, and
/// the quotes with their speakers.
struct DocumentPage {
    let document: StoredDocument

    func render() -> HTMLPage {
        var page = HTMLPage(title: document.title ?? document.id)
        page.raw("<h1>")
        page.text(document.title ?? document.id)
        page.raw("</h1><table class=\"meta\"><tbody>")
        let fields: [(String, String?)] = [
            ("Id", document.id), ("Source", document.source), ("Published", document.published),
            ("Modified", document.modified),
            ("Authors", document.authors.isEmpty ? nil : document.authors.joined(separator: ", ")),
            ("Site", document.siteName), ("URL", document.url), ("Language", document.language),
            ("Description", document.description),
        ]
        for (name, value) in fields {
            guard let value, !value.isEmpty else { continue }
            page.raw("<tr><th>")
            page.text(name)
            page.raw("</th><td>")
            page.text(value)
            page.raw("</td></tr>")
        }
        page.raw("</tbody></table><p class=\"muted\">")
        page.text("\(document.mentions.count) entity mentions, \(document.quotes.count) quotes. ")
        page.raw("Quotes are underlined (dashed: reported speech); hover for the speaker. ")
        page.raw("<a href=\"/api/documents/\(URLText.encode(document.id))\">JSON</a></p>")
        page.raw("<div class=\"doctext\">")
        page.raw(DocumentMarkup.render(document))
        page.raw("</div>")
        if !document.quotes.isEmpty {
            page.raw("<h2>Quotes</h2><table><thead><tr><th>Speaker</th><th>Words</th><th>Cue</th></tr></thead><tbody>")
            for quote in document.quotes {
                page.raw("<tr><td>")
                if let entity = quote.speakerEntity {
                    page.entityLink(
                        id: entity, name: quote.speaker ?? GraphReader.nameOfKey(entity),
                        label: String(entity.prefix { $0 != ":" }))
                } else {
                    page.text(quote.speaker ?? "—")
                }
                page.raw("</td><td>")
                page.text(quote.text)
                page.raw("</td><td class=\"muted\">")
                page.text([quote.cue, quote.kind].compactMap { $0 }.joined(separator: " · "))
                page.raw("</td></tr>")
            }
            page.raw("</tbody></table>")
        }
        return page
    }
}
