import NewsGraphCore

/// `report.html`: one self-contained page (inline CSS and SVG, no scripts, no external files)
/// that shows what a run found: figures, the graph drawn, top entities by label, the strongest
/// relations, who is quoted saying what, and documents with their entities and quotes marked.
///
/// The page stays a bounded size whatever the corpus: every list has a limit, and documents are
/// shown up to ``documentLimit``.
package struct ReportPage {
    /// A speaker and a few of their quotes (the store picks them).
    package struct Speaker: Sendable {
        package var entity: String
        package var quoteCount: Int
        package var quotes: [(text: String, documentID: String)]

        package init(entity: String, quoteCount: Int, quotes: [(text: String, documentID: String)]) {
            self.entity = entity
            self.quoteCount = quoteCount
            self.quotes = quotes
        }
    }

    /// The graph as SVG, or why there is none.
    package enum Drawing: Sendable {
        case svg(String)
        case unavailable(String)
    }

    package static let documentLimit = 50
    package static let entitiesPerLabel = 15
    package static let edgesShown = 30

    package var title: String
    /// Name and value pairs for the figures table, in order.
    package var figures: [(name: String, value: String)]
    package var graph: EntityGraph
    package var speakers: [Speaker]
    package var documents: [DocumentRecord]
    package var drawing: Drawing
    /// "Rising this week" (from the database's `timeline` table); nil leaves the section out.
    package var rising: RisingSection?

    package init(
        title: String, figures: [(name: String, value: String)], graph: EntityGraph, speakers: [Speaker],
        documents: [DocumentRecord], drawing: Drawing
    ) {
        self.title = title
        self.figures = figures
        self.graph = graph
        self.speakers = speakers
        self.documents = Array(documents.prefix(Self.documentLimit))
        self.drawing = drawing
    }

    package func html() -> String {
        let map = PlaceMap.html(graph)
        let names = Dictionary(graph.nodes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <style>\(Self.style)</style></head><body>
            <h1>\(HTML.escape(title))</h1>
            <nav><a href="#figures">Figures</a> \(rising == nil ? "" : "<a href=\"#rising\">Rising</a> ")\
            <a href="#graph">Graph</a> \(map == nil ? "" : "<a href=\"#places\">Places</a> ")<a href="#entities">Entities</a> \
            <a href="#edges">Strongest relations</a> <a href="#speakers">Quotes by speaker</a> \
            <a href="#documents">Documents</a></nav>

            """
        page += section("figures", "Figures", figuresTable())
        if let rising { page += section("rising", "Rising this week", rising.html(names: names)) }
        page += section("graph", "The graph", drawingHTML())
        if let map { page += section("places", "Places", map) }
        page += section("entities", "Top entities by label", entitiesHTML())
        page += section("edges", "Strongest relations", edgesHTML(names: names))
        page += section("speakers", "Quotes by speaker", speakersHTML(names: names))
        page += section("documents", "Documents", documentsHTML())
        page += "</body></html>\n"
        return page
    }

    private func section(_ id: String, _ heading: String, _ body: String) -> String {
        "<section id=\"\(id)\"><h2>\(heading)</h2>\n\(body)</section>\n"
    }

    private func figuresTable() -> String {
        var rows = figures
        let documentNodes = graph.nodes.filter(\.isDocument).count
        if documentNodes > 0 { rows.append(("document nodes", String(documentNodes))) }
        for relation in EntityGraph.Relation.allCases {
            let count = graph.edges.filter { $0.relation == relation }.count
            if count > 0 { rows.append(("\(relation.rawValue) edges", String(count))) }
        }
        var html = "<table class=\"figures\">"
        for (name, value) in rows { html += "<tr><th>\(HTML.escape(name))</th><td>\(HTML.escape(value))</td></tr>" }
        return html + "</table>\n"
    }

    private func drawingHTML() -> String {
        var legend = "<p class=\"legend\">"
        for label in Set(graph.nodes.map(\.label)).sorted() {
            legend += "<span class=\"swatch\" style=\"background:\(LabelPalette.color(for: label))\">\(label)</span> "
        }
        legend += " — lines: co-mention (grey), quotes (dashed red, speaker → subject)</p>"
        switch drawing {
        case .svg(let svg): return legend + "<div class=\"drawing\">\(svg)</div>\n"
        case .unavailable(let reason): return "<p class=\"note\">\(HTML.escape(reason))</p>\n"
        }
    }

    private func entitiesHTML() -> String {
        let byLabel = Dictionary(grouping: graph.nodes.filter { !$0.isDocument }, by: \.label)
        let hasDates = graph.nodes.contains { $0.firstPublished != nil }
        let labels = byLabel.keys.sorted { (byLabel[$0]!.count, $1) > (byLabel[$1]!.count, $0) }
        // Each shown person's titles look up its own ROLE edges, not every edge of the graph.
        let roleEdges = Dictionary(grouping: graph.edges.lazy.filter { $0.relation == .role }, by: \.source)
        var html = "<div class=\"columns\">"
        for label in labels {
            let top = byLabel[label]!.firstSorted(Self.entitiesPerLabel) {
                ($0.mentions, $1.id) > ($1.mentions, $0.id)
            }
            html += "<div class=\"column\"><h3><span class=\"swatch\" style=\"background:"
            html += "\(LabelPalette.color(for: label))\">\(label)</span> \(byLabel[label]!.count)</h3>"
            html += "<table><tr><th>name</th><th>mentions</th><th>docs</th>"
            html += hasDates ? "<th>published</th></tr>" : "</tr>"
            for node in top {
                let aliases = node.aliases.filter { $0 != node.name }.prefix(4).joined(separator: ", ")
                var dates = ""
                if let first = node.firstPublished, let last = node.lastPublished {
                    dates = first == last ? first : "\(first) – \(last)"
                }
                html += "<tr><td title=\"\(HTML.escape(aliases))\">\(HTML.escape(node.name))"
                if !node.roles.isEmpty {
                    html +=
                        "<div class=\"role\">\(HTML.escape(roleLine(of: node, roleEdges: roleEdges[node.id] ?? [])))</div>"
                }
                if !aliases.isEmpty { html += "<div class=\"aka\">\(HTML.escape(aliases))</div>" }
                html += "</td><td class=\"n\">\(node.mentions)</td><td class=\"n\">\(node.documents)</td>"
                html += hasDates ? "<td class=\"d\">\(HTML.escape(dates))</td></tr>" : "</tr>"
            }
            html += "</table></div>"
        }
        return html + "</div>\n"
    }

    /// A person's first titles, each with what it is held in when a `ROLE` edge says so:
    /// "Deputy Secretary of State (United States), envoy".
    private func roleLine(of node: EntityGraph.Node, roleEdges: [EntityGraph.Edge]) -> String {
        node.roles.prefix(3).map { title in
            let held = roleEdges.filter { $0.title == title }
                .sorted { ($0.weight, $1.target) > ($1.weight, $0.target) }
                .prefix(2).map { EntityResolver.name($0.target) }
            return held.isEmpty ? title : "\(title) (\(held.joined(separator: ", ")))"
        }.joined(separator: ", ")
    }

    private func edgesHTML(names: [String: String]) -> String {
        var html = "<div class=\"columns\">"
        for relation in [EntityGraph.Relation.coMention, .quotes, .role] {
            let top = graph.edges.lazy.filter { $0.relation == relation }
                .firstSorted(Self.edgesShown) {
                    ($0.weight, $0.documents, $1.source, $1.target) > ($1.weight, $1.documents, $0.source, $0.target)
                }
            guard !top.isEmpty else { continue }
            let arrow = relation == .coMention ? "–" : "→"
            let unit = ["QUOTES": "quotes", "ROLE": "times"][relation.rawValue] ?? "sentences"
            html += "<div class=\"column wide\"><h3>\(relation.rawValue)</h3><table>"
            html += "<tr><th>relation</th><th>\(unit)</th><th>docs</th></tr>"
            for edge in top {
                let source = HTML.escape(names[edge.source] ?? edge.source)
                let target = HTML.escape(names[edge.target] ?? edge.target)
                let title = edge.title.map { " <i>" + HTML.escape($0) + "</i>" } ?? ""
                html += "<tr><td>\(source)\(title) \(arrow) \(target)</td><td class=\"n\">\(edge.weight)</td>"
                html += "<td class=\"n\">\(edge.documents)</td></tr>"
            }
            html += "</table></div>"
        }
        return html + "</div>\n"
    }

    private func speakersHTML(names: [String: String]) -> String {
        guard !speakers.isEmpty else { return "<p class=\"note\">No quote was attributed to a named speaker.</p>\n" }
        var html = ""
        for speaker in speakers {
            html += "<div class=\"speaker\"><h3>\(HTML.escape(names[speaker.entity] ?? speaker.entity)) "
            html += "<span class=\"count\">\(speaker.quoteCount) quotes</span></h3><ul>"
            for quote in speaker.quotes {
                html += "<li><q>\(HTML.escape(Self.shortened(quote.text, to: 400)))</q> "
                html += "<span class=\"meta\">\(HTML.escape(quote.documentID))</span></li>"
            }
            html += "</ul></div>\n"
        }
        return html
    }

    private func documentsHTML() -> String {
        guard !documents.isEmpty else { return "<p class=\"note\">No documents.</p>\n" }
        var html = "<p class=\"note\">The \(documents.count) documents with the most quotes and entities. "
        html += "Entities are highlighted by label (hover for the entity key); quotes are underlined and "
        html += "followed by their speaker.</p><ol class=\"index\">"
        for (index, record) in documents.enumerated() {
            html += "<li><a href=\"#doc\(index)\">\(HTML.escape(record.title ?? record.id))</a></li>"
        }
        html += "</ol>\n"
        for (index, record) in documents.enumerated() {
            html += DocumentView(record: record, anchor: "doc\(index)").html()
        }
        return html
    }

    static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return String(text.prefix(length)) + "…"
    }

    static let style = """
        body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1300px;\
        padding:1em 2em;color:#222}
        h1{margin:.2em 0}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
        h3{margin:.8em 0 .3em}nav a{margin-right:1em}
        table{border-collapse:collapse;font-size:14px}th,td{padding:.15em .6em;text-align:left;\
        border-bottom:1px solid #eee;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}td.d{font-size:12px;color:#666;white-space:nowrap}
        .figures th{font-weight:normal;color:#555}.figures td{font-weight:600}
        .columns{display:flex;flex-wrap:wrap;gap:1.5em}.column{flex:1 1 380px;min-width:0}.column.wide{flex:1 1 520px}
        .aka{font-size:12px;color:#777}
        .role{font-size:12px;color:#2471a3}
        .swatch{display:inline-block;padding:0 .4em;border-radius:.3em;font-size:12px;font-weight:600}
        .legend{font-size:13px}.note{color:#666;font-style:italic}
        .drawing{border:1px solid #ddd;border-radius:6px;overflow:auto;max-height:1100px}
        .drawing svg{width:100%;height:auto}
        .map text{font-size:2.4px;fill:#333;paint-order:stroke;stroke:#fff;stroke-width:.4px}
        .speaker ul{margin:.2em 0 .8em}.speaker li{margin:.2em 0}.count{font-size:13px;color:#777;font-weight:normal}
        .meta{font-size:12px;color:#777}
        .index{columns:3;font-size:13px}
        .doc{border:1px solid #e4e4e4;border-radius:6px;padding:.2em 1em 1em;margin:1em 0}
        .text{white-space:pre-wrap;line-height:2.1}
        mark.ent{padding:.15em .35em;border-radius:.35em;color:#222}
        mark.ent .lbl{font-size:.62em;font-weight:700;margin-left:.4em;vertical-align:middle;text-transform:uppercase}
        .q{border-bottom:2px solid #d35400;background:#fdf2e9}.q-indirect{border-bottom-style:dotted}
        .who{font-size:12px;color:#d35400;font-weight:600;margin-left:.3em}
        .cut{color:#999}
        .rise{flex:0 0 auto}.rise h3{font-size:14px}
        """
}
