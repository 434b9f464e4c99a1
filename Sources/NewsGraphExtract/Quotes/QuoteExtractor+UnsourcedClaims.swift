import NewsGraphCore

/// Claims credited to a kind of evidence rather than to anyone: `Studies show that …`,
/// `Research suggests …`. With no article, possessive or owner, the plural or mass noun names
/// no source a reader could check: the claim is the writer's.
extension QuoteExtractor {
    /// Nouns of evidence that, bare, stand for evidence in general.
    private static let evidenceNouns = WordSet.folded([
        "studies", "research", "data", "evidence", "statistics", "surveys", "reviews", "science",
    ])

    /// Whether the attribution's source is a bare noun of evidence, alone or after ordinary
    /// lower-case words (`customer reviews`), with no name found in it.
    func citesNoOne(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        guard let speaker = attribution.speaker, speaker.mention == nil, !speaker.isPronoun,
            !speaker.tokens.isEmpty, speaker.tokens.count <= 3
        else { return false }
        let tokens = analysis.tokens
        let head = speaker.tokens.upperBound - 1
        guard tokens[head].kind == .word, Self.evidenceNouns.contains(tokens[head].foldedHash) else { return false }
        for index in speaker.tokens.lowerBound..<head {
            let token = tokens[index]
            // `the studies`, `a survey`, `Harrow's data`, `Acme surveys`: a source that can be found.
            guard token.kind == .word, !Lexicon.determiners.contains(token.foldedHash),
                !Self.possessives.contains(token.foldedHash),
                !token.isCapitalized
                    || index == analysis.sentences[Int(analysis.sentenceOfToken[index])].tokens.lowerBound
            else { return false }
        }
        // The word after the source must not lead to its owner (`studies by Acme`, `data from the agency`).
        let next = speaker.tokens.upperBound
        if next < tokens.count, tokens[next].kind == .word,
            Self.ownerLinks.contains(tokens[next].foldedHash)
        {
            return false
        }
        return true
    }

    private static let ownerLinks = WordSet.folded(["by", "from", "of", "at"])
}
