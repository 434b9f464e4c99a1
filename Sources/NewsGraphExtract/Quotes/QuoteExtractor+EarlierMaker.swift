import NewsGraphCore

/// `A team from the Orla Institute built a sensor. … The research found …`: a definite phrase for
/// a study or its makers stands for the body or person an earlier phrase of that kind named.
extension QuoteExtractor {
    /// Heads of a phrase for a study or for the people who made one.
    private static let makerHeads = ownedSourceNouns.union(
        WordSet.folded([
            "researchers", "scientists", "authors", "investigators", "team", "studies", "findings", "results",
            "experiment", "trial", "project", "evaluation", "reports", "surveys", "polls", "analyses",
        ]))
    /// Words after such a phrase that lead to who made it: `a study by X`, `a team from X`, `researchers at X`.
    private static let makerLinks = WordSet.folded(["by", "from", "at"])
    private static let definiteOpeners = WordSet.folded(["the", "this", "these"])

    /// The organisation or person an earlier phrase for a study or its makers named after `by`,
    /// `from` or `at`, or as its owner or modifier (`X's report`, `the X survey`), outside quotation marks, in the speaker's sentence or the three before it,
    /// when the speaker is a definite phrase of lower-case words headed by such a word and so
    /// names no one itself (`the researchers`, `the study`); the latest such phrase wins.
    func earlierMaker(
        of speaker: Range<Int>, _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention], inQuote: [Bool]
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        guard (2...4).contains(speaker.count), Self.definiteOpeners.contains(tokens[speaker.lowerBound].foldedHash),
            speaker.dropFirst().allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
            let head = speaker.last, Self.makerHeads.contains(tokens[head].foldedHash)
        else { return nil }
        let from = analysis.start(ofSentencesBefore: speaker.lowerBound, count: 3)
        var found: EntityRecognizer.Mention?
        var position = from
        while position + 2 < speaker.lowerBound {
            defer { position += 1 }
            let token = tokens[position]
            guard token.kind == .word, !inQuote[position], Self.makerHeads.contains(token.foldedHash) else {
                continue
            }
            if let owner = owner(ofHead: position, analysis, mentions: mentions) {
                found = owner
                continue
            }
            guard Self.makerLinks.contains(tokens[position + 1].foldedHash) else { continue }
            // `at X's institute`, `from the X`: the name opens within a few words of the link.
            let start = position + 2
            if let named = mentions.first(where: {
                ($0.label == .org || $0.label == .person) && $0.tokens.lowerBound >= start
                    && $0.tokens.lowerBound <= start + 3 && $0.tokens.upperBound <= speaker.lowerBound
            }) {
                found = named
            }
        }
        return found
    }

    /// The name that owns or modifies a study word right before it, with at most one lower-case
    /// word between after a possessive (`X's freight survey`, `the X survey`), so that phrase named
    /// its maker.
    private func owner(
        ofHead head: Int, _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]
    ) -> EntityRecognizer.Mention? {
        let tokens = analysis.tokens
        var end = head
        if end > 1, tokens[end - 1].kind == .word, !tokens[end - 1].isCapitalized,
            tokens[end - 2].kind == .possessive
        {
            end -= 1
        }
        if end > 0, tokens[end - 1].kind == .possessive { end -= 1 }
        return mentions.first {
            ($0.label == .org || $0.label == .person) && $0.tokens.upperBound == end
        }
    }
}
