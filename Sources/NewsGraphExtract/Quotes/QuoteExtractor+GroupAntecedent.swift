import NewsGraphCore

extension QuoteExtractor {
    private static let they = TokenHash.foldedHash("they")

    /// `Scientists at the lab tracked 90 mice. They found …`: a "they" that no name stands for is
    /// the group of people the sentence before names by a plural role (`the researchers`), outside
    /// quotation marks and in the same paragraph; the phrase as written, with its article.
    func groupAntecedent(
        ofPronoun index: Int, _ analysis: TextAnalysis, inQuote: [Bool], paragraphOf: [Int]
    ) -> String? {
        let tokens = analysis.tokens
        let sentence = Int(analysis.sentenceOfToken[index])
        guard tokens[index].foldedHash == Self.they, sentence > 0 else { return nil }
        let before = analysis.sentences[sentence - 1].tokens
        for position in before where !inQuote[position] && paragraphOf[position] == paragraphOf[index] {
            let token = tokens[position]
            guard token.kind == .word, QuoteLexicon.roleNouns.contains(token.foldedHash),
                analysis.text[Int(token.end) - 1] == UInt8(ascii: "s")
            else { continue }
            let article = position > before.lowerBound && tokens[position - 1].foldedHash == FoldedWord.the
            let start = article ? position - 1 : position
            return analysis.string(tokens: start..<position + 1)
        }
        return nil
    }
}
