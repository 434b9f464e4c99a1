import NewsGraphCore

/// The tokenizer keeps a full stop on initials and abbreviations (`I.`, `S.C.`, `Jr.`), so the
/// stop that ends a sentence can hide inside such a word: before a closing quotation mark
/// (`"Neither do I."`) or before an opening mark and a capital (`…in Aiken, S.C. "We …"`).
extension QuoteExtractor {
    /// Abbreviations that end a name or a list rather than stand before one, as titles do.
    private static let closingAbbreviations = WordSet.folded([
        "jr.", "sr.", "etc.", "inc.", "co.", "corp.", "ltd.", "bros.",
    ])

    /// Token `index` is a word of two bytes or more that kept its full stop.
    static func keepsFullStop(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        guard index >= 0, index < analysis.tokens.count else { return false }
        let token = analysis.tokens[index]
        return token.kind == .word && token.length >= 2
            && analysis.text[Int(token.end) - 1] == UInt8(ascii: ".")
    }

    /// The word before the opening mark at `open` kept a stop that ends its sentence: initials of
    /// two letters or more (`S.C.`, `D.C.`) or an abbreviation that closes a name (`Jr.`), not a
    /// title (`Gov.`), before quoted words that open with a capital.
    static func endsSentenceBefore(opening open: Int, firstWord: Int, _ analysis: TextAnalysis) -> Bool {
        let previous = open - 1
        guard keepsFullStop(previous, analysis), firstWord < analysis.tokens.count,
            analysis.tokens[firstWord].isCapitalized
        else { return false }
        let token = analysis.tokens[previous]
        let bytes = analysis.text[Int(token.start)..<Int(token.end) - 1]
        return bytes.contains(UInt8(ascii: ".")) || closingAbbreviations.contains(token.foldedHash)
    }
}
