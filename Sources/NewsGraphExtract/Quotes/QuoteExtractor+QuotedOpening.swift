import NewsGraphCore

/// `Vance says "the fee is far too high" because the board …`: quoted words in lower case right
/// after a verb of saying, with no comma or colon to hand over to them, open the reported clause,
/// and when the sentence goes on past the closing mark with words of its own the clause is
/// reported whole, the quoted part mixed into it.
extension QuoteExtractor {
    /// One mixed report per such quotation: from its opening mark to the end of its clause.
    func openedClauses(
        _ direct: [(QuotationFinder.Quotation, DirectAttributor.Attribution?)], _ analysis: TextAnalysis
    ) -> [Attribution] {
        let tokens = analysis.tokens
        var found: [Attribution] = []
        for (quotation, attribution) in direct {
            guard let attribution, let cue = attribution.cue, cue.upperBound == quotation.open,
                QuoteLexicon.quoteVerbs.contains(tokens[cue.lowerBound].foldedHash),
                // A verb in lower case: `the United States "…"` names a country.
                !tokens[cue.lowerBound].isCapitalized,
                !quotation.closeMark.isEmpty, quotation.pieces.count == 1, quotation.after < tokens.count,
                tokens[quotation.after].kind == .word, tokens[quotation.after].newlinesBefore == 0
            else { continue }
            let words = quotation.content.filter { tokens[$0].kind == .word }
            guard words.count >= 2, let first = words.first, !tokens[first].isCapitalized,
                !endsSentence(quotation, analysis)
            else { continue }
            let sentence = analysis.sentences[Int(analysis.sentenceOfToken[quotation.open])]
            let end = ClauseBoundary(analysis: analysis).end(of: sentence, from: quotation.open)
            // Two words or more of the clause's own after the closing mark.
            guard (quotation.after..<max(end, quotation.after)).count(where: { tokens[$0].kind == .word }) >= 2
            else { continue }
            found.append(
                Attribution(content: quotation.open..<end, kind: .mixed, cue: cue, speaker: attribution.speaker))
        }
        return found
    }
}
