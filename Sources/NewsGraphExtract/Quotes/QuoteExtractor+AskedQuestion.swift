import NewsGraphCore

/// `Asked whether the ferry would return, X said …`: a question put to someone, reported
/// without its asker.
extension QuoteExtractor {
    private static let asked = TokenHash.foldedHash("asked")
    private static let when = TokenHash.foldedHash("when")

    /// A sentence opened by `Asked` or `When asked` and then a question word, `if` or `to` reports
    /// the question up to the comma before its main clause, with no speaker: the text does not say
    /// who asked. `Asked about the vote` names a topic, no question.
    func askedQuestions(_ analysis: TextAnalysis, inQuote: [Bool]) -> [Attribution] {
        let tokens = analysis.tokens
        var found: [Attribution] = []
        for sentence in analysis.sentences {
            let end = sentence.tokens.upperBound
            var cue = sentence.tokens.lowerBound
            if cue < end, tokens[cue].foldedHash == Self.when { cue += 1 }
            guard cue + 3 < end, tokens[cue].foldedHash == Self.asked, !inQuote[cue] else { continue }
            let start = cue + 1
            let opener = tokens[start].foldedHash
            guard QuoteLexicon.questionWords.contains(opener) || opener == FoldedWord.to else { continue }
            var comma = start
            while comma < end, !analysis.isCharacter(comma, ",") { comma += 1 }
            // The question needs two words, and a main clause after its comma.
            guard comma - start >= 2, comma + 1 < end else { continue }
            let content = start..<comma
            found.append(Attribution(content: content, kind: kind(content, inQuote), cue: cue..<cue + 1, speaker: nil))
        }
        return found
    }
}
