import NewsGraphCore

/// A document's text as HTML, entities highlighted by label and quotes marked, as displaCy
/// shows them.
///
/// Offsets are code points. Spans must nest to become elements: a quote that overlaps the one
/// before it is left unmarked, and so is a mention that overlaps another or crosses a quote's
/// edge (a speaker's name ends where the quote begins; they do not cross). Every piece of
/// text is escaped; the spans add only this module's own markup.
enum DocumentMarkup {
    struct Span {
        var start: Int
        var end: Int
    }

    static func render(_ document: StoredDocument) -> String {
        let codePoints = CodePointText(document.text)
        let count = codePoints.count
        var quotes: [(span: Span, quote: QuoteItem)] = []
        for quote in document.quotes.sorted(by: { ($0.start, $1.end) < ($1.start, $0.end) })
        where 0 <= quote.start && quote.start < quote.end && quote.end <= count {
            if let last = quotes.last, quote.start < last.span.end { continue }
            quotes.append((Span(start: quote.start, end: quote.end), quote))
        }
        var mentions: [StoredDocument.Mention] = []
        for mention in document.mentions.sorted(by: { ($0.start, $1.end) < ($1.start, $0.end) })
        where 0 <= mention.start && mention.start < mention.end && mention.end <= count {
            if let last = mentions.last, mention.start < last.end { continue }
            let crosses = quotes.contains { quote in
                (mention.start < quote.span.start && mention.end > quote.span.start)
                    || (mention.start < quote.span.end && mention.end > quote.span.end)
            }
            if !crosses { mentions.append(mention) }
        }
        var html = ""
        html.reserveCapacity(document.text.utf8.count * 2)
        func appendText(_ start: Int, _ end: Int) {
            guard start < end else { return }
            html += HTML.escape(codePoints.slice(start, end))
        }
        var position = 0
        var quoteIndex = 0
        var mentionIndex = 0
        var openQuoteEnd: Int?
        // Walk the boundaries in order: quote ends, mention spans, quote starts.
        while position < count {
            if let end = openQuoteEnd, end == position {
                html += "</span>"
                openQuoteEnd = nil
                continue
            }
            if openQuoteEnd == nil, quoteIndex < quotes.count, quotes[quoteIndex].span.start == position {
                let quote = quotes[quoteIndex].quote
                html += "<span class=\"quote \(quote.kind == "direct" ? "direct" : "indirect")\" title=\""
                var title = quote.kind
                if let speaker = quote.speaker { title += " · " + speaker }
                if let cue = quote.cue { title += " (" + cue + ")" }
                html += HTML.escape(title) + "\">"
                openQuoteEnd = quotes[quoteIndex].span.end
                quoteIndex += 1
                continue
            }
            if mentionIndex < mentions.count, mentions[mentionIndex].start == position {
                let mention = mentions[mentionIndex]
                let labelClass = HTMLPage.labelClass(mention.label)
                html += "<mark class=\"ent e-\(labelClass)\"><a href=\"/entities/\(URLText.encode(mention.entity))\">"
                appendText(mention.start, mention.end)
                html += "</a><span class=\"label\">" + HTML.escape(mention.label) + "</span></mark>"
                position = mention.end
                mentionIndex += 1
                continue
            }
            // Plain text up to the next boundary.
            var next = count
            if let end = openQuoteEnd { next = min(next, end) }
            if openQuoteEnd == nil, quoteIndex < quotes.count { next = min(next, quotes[quoteIndex].span.start) }
            if mentionIndex < mentions.count { next = min(next, mentions[mentionIndex].start) }
            appendText(position, next)
            position = next
        }
        if openQuoteEnd != nil { html += "</span>" }
        return html
    }
}
