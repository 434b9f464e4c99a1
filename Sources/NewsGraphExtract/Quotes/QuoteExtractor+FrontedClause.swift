import NewsGraphCore

/// `While the ferry runs late, she said, "we lose trade."`: a tag set inside its sentence cuts
/// one statement in two, so the plain words before it are the speaker's as much as the quotation
/// after it.
extension QuoteExtractor {
    /// The clause before a direct quotation's tag set inside its sentence, among `tagged` (what
    /// `taggedClause` read around the tag): plain words from the sentence's start with a finite
    /// verb of their own, four words or more, when the quotation opens right after the tag's
    /// comma. A phrase a preposition opens says where or when it was said (`At the glaze fair on Sunday,
    /// he said, "…"`), and so does a clause about the speaking itself (`While she was talking to
    /// reporters, …`); `Asked …` reports the question put to the speaker, not the answer.
    func frontedClause(
        _ tagged: [Attribution], cue: Int, _ sentence: Sentence, _ analysis: TextAnalysis, inQuote: [Bool]
    ) -> [Attribution] {
        let tokens = analysis.tokens
        guard let front = tagged.first, front.kind == .indirect, front.content.lowerBound == sentence.tokens.lowerBound,
            front.content.upperBound < cue
        else { return [] }
        // The quotation opens after the comma that closes the tag.
        var after = cue + 1
        while after < sentence.tokens.upperBound, !analysis.isCharacter(after, ",") {
            guard tokens[after].kind == .word, after - cue <= 4 else { return [] }
            after += 1
        }
        guard after + 1 < sentence.tokens.upperBound, inQuote[after + 1] || opensMark(after + 1, analysis)
        else { return [] }
        let words = front.content.filter { tokens[$0].kind == .word }
        guard words.count >= 4, !front.content.contains(where: { inQuote[$0] }),
            let first = words.first, !Self.prepositions.contains(tokens[first].foldedHash),
            !Self.askedOpeners.contains(tokens[first].foldedHash),
            !words.contains(where: { Self.speakingActs.contains(tokens[$0].foldedHash) }),
            words.contains(where: { QuoteLexicon.finiteAuxiliaries.contains(tokens[$0].foldedHash) })
        else { return [] }
        return [front]
    }

    private func opensMark(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let kind = analysis.tokens[index].kind
        return kind == .openingQuote || kind == .straightQuote
    }

    /// `Asked whether …, she said, "…"`, `When asked …`: the question put to the speaker.
    /// Acts of speaking that set the scene of the quotation rather than say anything.
    private static let speakingActs = WordSet.folded([
        "speaking", "talking", "addressing", "answering", "responding", "appearing", "interview",
    ])
    private static let askedOpeners = WordSet.folded(["asked", "when"])
}
