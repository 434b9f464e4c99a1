/// A sentence as a range of token indices.
package struct Sentence: Sendable, Equatable {
    package var tokens: Range<Int>
}

/// Splits a token list into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets after it)
/// when the next token could start a sentence, and always at a line break: in news text a line
/// break ends a headline, a dateline or a paragraph. Abbreviation tokens keep their period
/// (`Dr.`), so a period that is its own token is a real full stop; `U.S.` and `Inc.` end a
/// sentence only before a word that usually starts one.
package enum SentenceSplitter {
    static let sentenceStarters = TokenHashSet(
        [
            "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "A", "An", "This", "That", "There",
            "His", "Her", "Their", "Its", "Mr", "Mr.", "Ms.", "Mrs.", "However", "Meanwhile", "Some", "Many",
            "Officials",
        ]
        .map { TokenHash.hash($0) }
    )
    /// Abbreviations that can end a sentence (not titles like `Dr.`, which never do).
    static let finalAbbreviations = TokenHashSet(
        ["U.S.", "U.K.", "U.N.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "etc.", "a.m.", "p.m.", "E.U."]
            .map { TokenHash.hash($0) }
    )

    private static let etcetera = TokenHash.hash("etc.")

    package static func split(_ tokens: [Token], text: [UInt8]) -> [Sentence] {
        let finalAbbreviations = Self.finalAbbreviations
        let sentenceStarters = Self.sentenceStarters
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16)
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if index > start && token.newlinesBefore > 0 {
                sentences.append(Sentence(tokens: start..<index))
                start = index
            }
            var ends = false
            if token.kind == .punctuation, token.length == 1 || isEllipsis(token, text) {
                let byte = text[Int(token.start)]
                ends =
                    byte == UInt8(ascii: ".") && !abbreviatesNumber(at: index, tokens)
                    || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || isEllipsis(token, text)
            } else if token.kind == .word, text[Int(token.end) - 1] == UInt8(ascii: "."),
                finalAbbreviations.contains(token.hash), index + 1 < tokens.count
            {
                // `etc.` closes a list, never a name's first word: any capital after it opens a sentence.
                ends =
                    (sentenceStarters.contains(tokens[index + 1].hash)
                        || token.hash == Self.etcetera && tokens[index + 1].isCapitalized)
                    && tokens[index + 1].newlinesBefore == 0
            }
            if ends {
                // Closing quotes and brackets belong to the sentence they close.
                var last = index + 1
                while last < tokens.count, tokens[last].newlinesBefore == 0, closes(tokens[last], text) { last += 1 }
                if last >= tokens.count || startsSentence(tokens[last], text) {
                    sentences.append(Sentence(tokens: start..<last))
                    start = last
                    index = last
                    continue
                }
            }
            index += 1
        }
        if start < tokens.count { sentences.append(Sentence(tokens: start..<tokens.count)) }
        return sentences
    }

    private static let numberWords = TokenHashSet(["No", "Nos"].map { TokenHash.hash($0) })

    /// `the No. 1 trend`: a full stop joined to a capitalised `No` or `Nos` before a number abbreviates
    /// "number" and ends no sentence.
    static func abbreviatesNumber(at index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, index + 1 < tokens.count else { return false }
        let word = tokens[index - 1]
        let next = tokens[index + 1]
        return word.kind == .word && word.end == tokens[index].start && numberWords.contains(word.hash)
            && next.kind == .number && next.newlinesBefore == 0
    }

    static func isEllipsis(_ token: Token, _ text: [UInt8]) -> Bool {
        token.length == 3 && text[Int(token.start)] == 0xE2 && text[Int(token.start) + 1] == 0x80
            && text[Int(token.start) + 2] == 0xA6
    }

    static func closes(_ token: Token, _ text: [UInt8]) -> Bool {
        switch token.kind {
        case .closingQuote, .straightQuote: return true
        case .punctuation:
            return token.length == 1
                && (text[Int(token.start)] == UInt8(ascii: ")") || text[Int(token.start)] == UInt8(ascii: "]"))
        default: return false
        }
    }

    static func startsSentence(_ token: Token, _ text: [UInt8]) -> Bool {
        if token.newlinesBefore > 0 { return true }
        switch token.kind {
        case .word: return token.isCapitalized
        case .number, .openingQuote, .straightQuote, .dash: return true
        case .punctuation:
            return text[Int(token.start)] == UInt8(ascii: "(") || text[Int(token.start)] == UInt8(ascii: "[")
        default: return false
        }
    }
}
