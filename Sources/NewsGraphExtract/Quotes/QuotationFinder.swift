/// Finds the spans between quotation marks, tolerating what real articles do to them.
///
/// Marks pair within a paragraph; a paragraph that ends inside a quotation continues it when
/// the next paragraph opens with a mark (the convention for quotes that run over paragraphs);
/// an unmatched mark is dropped where it stands, never the rest of the document.
struct QuotationFinder {
    let analysis: TextAnalysis

    /// Token indices of the opening and closing marks; the content lies strictly between.
    struct Quotation: Sendable {
        var open: Int
        var close: Int
        /// Paragraph breaks inside: a quotation over several paragraphs.
        var paragraphs: Int
        var content: Range<Int> { open + 1..<close }
    }

    enum Role { case opening, closing, either, none }

    func role(_ index: Int, singleQuotes: Bool) -> Role {
        let token = analysis.tokens[index]
        let isSingle = token.length == 3 && analysis.text[Int(token.start) + 2] & 0xFE == 0x98  // ‘ ’
        if isSingle && !singleQuotes { return .none }
        switch token.kind {
        case .openingQuote: return .opening
        case .closingQuote: return .closing
        case .straightQuote:
            if analysis.text[Int(token.start)] == UInt8(ascii: "'") && !singleQuotes { return .none }
            let nextAttached =
                index + 1 < analysis.tokens.count && analysis.tokens[index + 1].isAttached
                && analysis.tokens[index + 1].newlinesBefore == 0
            if !token.isAttached || token.newlinesBefore > 0 || index == 0 { return nextAttached ? .opening : .either }
            return .closing
        default: return .none
        }
    }

    func find() -> [Quotation] {
        let tokens = analysis.tokens
        let hasDoubleQuotes = tokens.contains { token in
            token.kind == .straightQuote && analysis.text[Int(token.start)] == UInt8(ascii: "\"")
                || (token.kind == .openingQuote || token.kind == .closingQuote) && token.length == 3
                    && analysis.text[Int(token.start) + 2] & 0xFE == 0x9C
        }
        let singleQuotes = !hasDoubleQuotes
        var quotations: [Quotation] = []
        var open: Int?
        var paragraphs = 0
        for index in tokens.indices {
            let token = tokens[index]
            let role = role(index, singleQuotes: singleQuotes)
            if let start = open, token.newlinesBefore > 0 {
                // A paragraph ends inside the quotation: it goes on only if this paragraph
                // opens with a mark.
                if role == .opening || role == .either {
                    paragraphs += 1
                    _ = start
                    continue
                }
                open = nil
                paragraphs = 0
            }
            switch role {
            case .opening:
                open = index  // a second opening mark drops an unmatched first one
                paragraphs = 0
            case .closing:
                if let start = open, index > start + 1 {
                    quotations.append(Quotation(open: start, close: index, paragraphs: paragraphs))
                }
                open = nil
            case .either:
                if let start = open {
                    if index > start + 1 {
                        quotations.append(Quotation(open: start, close: index, paragraphs: paragraphs))
                    }
                    open = nil
                } else {
                    open = index
                    paragraphs = 0
                }
            case .none:
                break
            }
        }
        return quotations
    }
}
