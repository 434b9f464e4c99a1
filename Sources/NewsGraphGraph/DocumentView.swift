import NewsGraphCore

/// One document as HTML: entities highlighted by label (like displaCy's entity view), quotes
/// marked and followed by their speaker.
struct DocumentView {
    /// Longer texts are cut here so the report stays a bounded size.
    static let characterLimit = 6_000

    let record: DocumentRecord
    let anchor: String

    func html() -> String {
        let text = Array(record.text.unicodeScalars)
        let limit = min(text.count, Self.characterLimit)
        let quotes = nonOverlapping(record.quotes.map { ($0.start, $0.end) }, limit: limit)
        let quoteByStart = Dictionary(
            record.quotes.filter { quotes.contains(Span(start: $0.start, end: $0.end)) }.map { ($0.start, $0) },
            uniquingKeysWith: { first, _ in first })
        // An entity that straddles a quote boundary would break the nesting; it is left plain.
        let entities = record.entities.filter { mention in
            !quotes.contains { $0.start < mention.end && mention.start < $0.end && !$0.holds(mention) }
        }
        let entitySpans = nonOverlapping(entities.map { ($0.start, $0.end) }, limit: limit)
        let entityByStart = Dictionary(
            entities.filter { entitySpans.contains(Span(start: $0.start, end: $0.end)) }.map { ($0.start, $0) },
            uniquingKeysWith: { first, _ in first })

        var body = ""
        var plain = String.UnicodeScalarView()
        func flushPlain() {
            body += HTML.escape(String(plain))
            plain.removeAll()
        }
        var openQuote: Quote?
        // Where a quote or an entity may begin, in order: the text up to the next of them (or
        // the open quote's end) is plain, and goes to `plain` in one piece.
        let quoteStarts = quoteByStart.keys.sorted()
        let entityStarts = entityByStart.keys.sorted()
        var nextQuote = 0
        var nextEntity = 0
        var position = 0
        while position < limit {
            if let quote = openQuote, position == quote.end {
                flushPlain()
                body += "</span>" + attribution(quote)
                openQuote = nil
                continue
            }
            if openQuote == nil, let quote = quoteByStart[position], quote.end > position {
                flushPlain()
                body += "<span class=\"q q-\(quote.kind.rawValue)\" title=\"\(quote.kind.rawValue) quote\">"
                openQuote = quote
            }
            if let mention = entityByStart[position], mention.end > position {
                flushPlain()
                let words = String(String.UnicodeScalarView(text[position..<min(mention.end, limit)]))
                body += "<mark class=\"ent\" style=\"background:\(LabelPalette.color(for: mention.label.rawValue))\" "
                body += "title=\"\(HTML.escape(mention.entity))\">\(HTML.escape(words))"
                body += "<span class=\"lbl\">\(mention.label.rawValue)</span></mark>"
                position = min(mention.end, limit)
                continue
            }
            while nextQuote < quoteStarts.count && quoteStarts[nextQuote] <= position { nextQuote += 1 }
            while nextEntity < entityStarts.count && entityStarts[nextEntity] <= position { nextEntity += 1 }
            var next = limit
            if let quote = openQuote {
                if quote.end > position { next = min(next, quote.end) }
            } else if nextQuote < quoteStarts.count {
                next = min(next, quoteStarts[nextQuote])
            }
            if nextEntity < entityStarts.count { next = min(next, entityStarts[nextEntity]) }
            plain.append(contentsOf: text[position..<next])
            position = next
        }
        flushPlain()
        if let quote = openQuote { body += "</span>" + attribution(quote) }
        if limit < text.count { body += " <span class=\"cut\">… (\(text.count - limit) more characters)</span>" }

        var header = "<h3 id=\"\(anchor)\">\(HTML.escape(record.title ?? record.id))</h3>"
        header += "<p class=\"meta\">\(HTML.escape(record.id))"
        if let published = record.metadata.published { header += " · \(HTML.escape(published))" }
        header += " · \(record.entities.count) entities · \(record.quotes.count) quotes</p>"
        return "<article class=\"doc\">" + header + "<div class=\"text\">" + body + "</div></article>\n"
    }

    private func attribution(_ quote: Quote) -> String {
        guard let speaker = quote.speaker else { return "<span class=\"who\">— ?</span>" }
        return "<span class=\"who\">— \(HTML.escape(speaker))</span>"
    }

    struct Span: Hashable {
        var start: Int
        var end: Int

        func holds(_ mention: EntityMention) -> Bool { start <= mention.start && mention.end <= end }
    }

    /// The spans in text order, dropping any that overlaps one already kept or starts past the limit.
    private func nonOverlapping(_ spans: [(Int, Int)], limit: Int) -> [Span] {
        var kept: [Span] = []
        for (start, end) in spans.sorted(by: { $0 < $1 }) where start < end && start < limit {
            if let last = kept.last, start < last.end { continue }
            kept.append(Span(start: start, end: end))
        }
        return kept
    }
}
