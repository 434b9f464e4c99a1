/// `/entities/{id}`: who or what it is, when it is mentioned, its neighbours by relation, its
/// quotes, the quotes about it and the documents naming it.
struct EntityPage {
    let reader: GraphReader
    let entity: EntityDetail

    /// How much of each list the page shows.
    struct Limits {
        /// Neighbours per relation, and of those the first `connected` with up to `sentences`
        /// places where they meet each.
        var neighbors = 40
        var connected = 8
        var sentences = 2
        var quotes = 30
        var quotesAbout = 15
        var documents = 30
    }

    /// The lists, read together (``GraphReader/pageLists(for:limits:)``).
    struct Lists {
        var neighbors: [NeighborGroup]
        var said: QuoteList
        var about: QuoteList
        var documents: [(id: String, title: String?, published: String?, mentions: Int)]
    }

    func render() async throws -> HTMLPage {
        let summary = entity.summary
        let limits = Limits()
        let lists = try await reader.pageLists(for: summary, limits: limits)
        let said = lists.said
        let about = lists.about
        let documents = lists.documents
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
        if let place = entity.place { Self.describe(place, into: &page) }
        if !entity.timeline.isEmpty {
            page.raw("<h2>Documents per month</h2>")
            page.raw(SVGDrawings.timeline(entity.timeline))
        }
        Self.neighborhood(of: summary, lists.neighbors, limits: limits, into: &page)
        if !said.quotes.isEmpty {
            page.raw("<h2>")
            page.text("Quotes by \(summary.name) (\(said.total))")
            page.raw("</h2>")
            Self.quoteList(said.quotes, showSpeaker: false, into: &page)
        }
        if !about.quotes.isEmpty {
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

extension EntityPage {
    /// "Place: NO · 59.91, 10.75 · GeoNames 3143244 (chosen by the other places named)".
    static func describe(_ place: EntityPlace, into page: inout HTMLPage) {
        page.raw("<p><b>Place</b> ")
        var facts: [String] = []
        if let country = place.countryCode { facts.append(country) }
        facts.append("\((place.latitude * 100).rounded() / 100), \((place.longitude * 100).rounded() / 100)")
        page.text(facts.joined(separator: " · "))
        if let id = place.geonamesID {
            page.raw(" · <a href=\"https://www.geonames.org/\(id)\">GeoNames \(id)</a>")
        }
        let why: String? =
            switch place.reason {
            case "only": "the only place of this name"
            case "context": "chosen by the other places the documents name"
            case "prominence": "the most prominent place of this name"
            default: nil
            }
        if let why { page.text(" (\(why))") }
        page.raw("</p>")
    }
}
