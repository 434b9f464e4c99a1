/// Finds the spans between quotation marks, tolerating what real articles do to them.
///
/// Marks pair within a paragraph; a paragraph that ends inside a quotation continues it when
/// the next paragraph opens with a mark (the convention for quotes that run over paragraphs);
/// an unmatched mark is dropped where it stands, never the rest of the document. Straight,
/// curly and doubled-apostrophe (`''…''`) marks and guillemets count; single marks count only
/// in a document that has no double ones, where they are the house style rather than a quote
/// inside a quote.
struct QuotationFinder {
    let analysis: TextAnalysis

    /// A quotation: its marks and its content, one piece per paragraph.
    struct Quotation: Sendable {
        /// Tokens of the opening mark.
        var openMark: Range<Int>
        /// Tokens of the closing mark; empty at the end of a paragraph that never closed it.
        var closeMark: Range<Int>
        /// The words inside, one range per paragraph, without the marks.
        var pieces: [Range<Int>]
        /// The first token of the quotation, its opening mark.
        var open: Int { openMark.lowerBound }
        /// The first token after the closing mark.
        var after: Int { closeMark.upperBound }
        var content: Range<Int> { pieces[0].lowerBound..<pieces[pieces.count - 1].upperBound }
    }

    enum Role { case opening, closing, either }

    /// A quotation mark: one token, or two for `''`.
    struct Mark {
        var tokens: Range<Int>
        var role: Role
        var isDouble: Bool
    }

    /// Every quotation mark in the text, with the role its spacing gives it.
    func marks() -> [Mark] {
        let tokens = analysis.tokens
        let text = analysis.text
        var marks: [Mark] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let first = text[Int(token.start)]
            var width = 1
            var isDouble: Bool
            var role: Role?
            switch token.kind {
            case .openingQuote:
                isDouble = token.length != 3 || text[Int(token.start) + 2] & 0xFE != 0x98  // not ‘ ‚
                if token.length == 3 && text[Int(token.start) + 2] == 0xB9 { isDouble = false }  // ‹
                role = .opening
            case .closingQuote:
                isDouble = token.length != 3 || text[Int(token.start) + 2] != 0x99  // not ’
                if token.length == 3 && text[Int(token.start) + 2] == 0xBA { isDouble = false }  // ›
                role = .closing
            case .straightQuote, .possessive:
                guard first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"), token.length == 1 else {
                    index += 1
                    continue
                }
                isDouble = first == UInt8(ascii: "\"")
                if !isDouble, index + 1 < tokens.count, tokens[index + 1].length == 1,
                    tokens[index + 1].isAttached, text[Int(tokens[index + 1].start)] == UInt8(ascii: "'")
                {
                    isDouble = true  // '' as a double mark
                    width = 2
                }
                if token.kind == .possessive && width == 1 {
                    index += 1
                    continue
                }
            default:
                index += 1
                continue
            }
            let range = index..<index + width
            marks.append(Mark(tokens: range, role: role ?? straightRole(range), isDouble: isDouble))
            index += width
        }
        return marks
    }

    /// A straight mark opens before a word it touches and closes after one.
    private func straightRole(_ range: Range<Int>) -> Role {
        let tokens = analysis.tokens
        let mark = tokens[range.lowerBound]
        var touchesBefore = false
        if range.lowerBound > 0, mark.isAttached, mark.newlinesBefore == 0 {
            let previous = tokens[range.lowerBound - 1]
            switch previous.kind {
            case .word, .number, .closingQuote, .possessive: touchesBefore = true
            case .punctuation:
                touchesBefore =
                    !(analysis.isCharacter(range.lowerBound - 1, "(") || analysis.isCharacter(range.lowerBound - 1, "[")
                    || analysis.isCharacter(range.lowerBound - 1, ":"))
            default: touchesBefore = false
            }
        }
        var touchesAfter = false
        if range.upperBound < tokens.count {
            let next = tokens[range.upperBound]
            if next.isAttached, next.newlinesBefore == 0 {
                switch next.kind {
                case .word, .number, .openingQuote: touchesAfter = true
                case .punctuation: touchesAfter = SentenceSplitter.isEllipsis(next, analysis.text)
                default: touchesAfter = false
                }
            }
        }
        if touchesAfter && !touchesBefore { return .opening }
        if touchesBefore && !touchesAfter { return .closing }
        return .either
    }

    /// A quotation that may run over paragraphs opens a paragraph, a sentence or follows a
    /// colon or comma (`she said: "…`), never in the middle of a clause (`called it "a …`).
    private func opensSentence(_ mark: Int) -> Bool {
        guard mark > 0, analysis.tokens[mark].newlinesBefore == 0 else { return true }
        let previous = mark - 1
        return analysis.isCharacter(previous, ":") || analysis.isCharacter(previous, ",")
            || analysis.isCharacter(previous, ".")
            || analysis.sentenceOfToken[previous] != analysis.sentenceOfToken[mark]
    }

    /// Paragraphs in title case (four words or more, every word over three letters capitalised)
    /// with single marks and no double ones.
    private func headlineParagraphs(_ marks: [Mark], _ paragraphOf: [Int32]) -> Set<Int32> {
        var candidates = Set<Int32>()
        var doubled = Set<Int32>()
        for mark in marks {
            let paragraph = paragraphOf[mark.tokens.lowerBound]
            if mark.isDouble { doubled.insert(paragraph) } else { candidates.insert(paragraph) }
        }
        candidates.subtract(doubled)
        guard !candidates.isEmpty else { return [] }
        var words = [Int32: Int]()
        var lowered = Set<Int32>()
        for (index, token) in analysis.tokens.enumerated() where token.kind == .word {
            let paragraph = paragraphOf[index]
            guard candidates.contains(paragraph) else { continue }
            words[paragraph, default: 0] += 1
            if token.length > 3 && !token.isCapitalized { lowered.insert(paragraph) }
        }
        return candidates.filter { words[$0, default: 0] >= 4 && !lowered.contains($0) }
    }

    func find() -> [Quotation] {
        let all = marks()
        let hasDouble = all.contains { $0.isDouble }
        let tokens = analysis.tokens
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        var paragraph: Int32 = 0
        for index in tokens.indices {
            if tokens[index].newlinesBefore > 0 && index > 0 { paragraph += 1 }
            paragraphOf[index] = paragraph
        }
        // Headlines quote with single marks whatever the body uses: `Lopez: 'We Will Rebuild'`.
        let headlines = hasDouble ? headlineParagraphs(all, paragraphOf) : []
        let marks = all.filter {
            $0.isDouble == hasDouble || headlines.contains(paragraphOf[$0.tokens.lowerBound])
        }
        /// The first token of the paragraph after the one holding `index`.
        func paragraphEnd(_ index: Int) -> Int {
            var end = index + 1
            while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
            return end
        }

        var quotations: [Quotation] = []
        var open: Mark?
        var pieces: [Range<Int>] = []
        var pieceStart = 0
        var pieceMark = 0
        func closeUnbalanced(lastInParagraph: Bool) {
            // An opening mark that starts its paragraph and is the last mark in it: the quote
            // runs to the paragraph's end (a lost closing mark). Anything else is dropped.
            if let mark = open, lastInParagraph, tokens[pieceMark].newlinesBefore > 0 || pieceMark == 0 {
                let end = paragraphEnd(pieceMark)
                if end > pieceStart {
                    quotations.append(
                        Quotation(openMark: mark.tokens, closeMark: end..<end, pieces: pieces + [pieceStart..<end]))
                }
            }
            open = nil
            pieces = []
        }
        for mark in marks {
            let at = mark.tokens.lowerBound
            if let current = open, paragraphOf[at] != paragraphOf[pieceStart] {
                let startsParagraph = tokens[at].newlinesBefore > 0
                if startsParagraph, paragraphOf[at] == paragraphOf[pieceStart] + 1, mark.role != .closing,
                    opensSentence(pieceMark)
                {
                    // The quotation runs on into this paragraph.
                    let end = at
                    if end > pieceStart { pieces.append(pieceStart..<end) }
                    pieceStart = mark.tokens.upperBound
                    pieceMark = at
                    _ = current
                    continue
                }
                closeUnbalanced(lastInParagraph: true)
            }
            switch mark.role {
            case .opening:
                if open != nil { closeUnbalanced(lastInParagraph: false) }
                open = mark
                pieceStart = mark.tokens.upperBound
                pieceMark = at
            case .closing:
                if let current = open {
                    if at > pieceStart { pieces.append(pieceStart..<at) }
                    if !pieces.isEmpty {
                        quotations.append(Quotation(openMark: current.tokens, closeMark: mark.tokens, pieces: pieces))
                    }
                    open = nil
                    pieces = []
                }
            case .either:
                if let current = open {
                    if at > pieceStart { pieces.append(pieceStart..<at) }
                    if !pieces.isEmpty {
                        quotations.append(Quotation(openMark: current.tokens, closeMark: mark.tokens, pieces: pieces))
                    }
                    open = nil
                    pieces = []
                } else {
                    open = mark
                    pieceStart = mark.tokens.upperBound
                    pieceMark = at
                }
            }
        }
        closeUnbalanced(lastInParagraph: true)
        return quotations
    }
}
