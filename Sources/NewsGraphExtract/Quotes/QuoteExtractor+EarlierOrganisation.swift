import NewsGraphCore

/// `Norvale Freight opened a depot in May. It hired 40 drivers. … The company said …`: a
/// definite phrase for a kind of organisation names the one the text has been about, even a few
/// sentences after it was named, as long as no other organisation was named in between.
extension QuoteExtractor {
    /// Heads of a definite phrase that stands for one organisation (`the company`, `the research firm`).
    static let organisationHeads = WordSet.folded([
        "company", "firm", "agency", "organisation", "organization", "institute", "department", "group",
    ])

    /// The organisation named outside quotation marks in the speaker's sentence or the three
    /// before it, in its paragraph, before the speaker, when every organisation named there is
    /// that one; `nil` when none is named there or two different ones are (a new paragraph may be
    /// about another, as an item of a list is). `skips` leaves out one that is only the
    /// quotation's topic.
    func earlierOrganisation(
        before speaker: Range<Int>, _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention],
        inQuote: [Bool], paragraphOf: [Int], skips: (EntityRecognizer.Mention) -> Bool
    ) -> EntityRecognizer.Mention? {
        let from = analysis.start(ofSentencesBefore: speaker.lowerBound, count: 3)
        var found: EntityRecognizer.Mention?
        for mention in mentions {
            if mention.tokens.lowerBound >= speaker.lowerBound { break }
            guard mention.label == .org, mention.tokens.lowerBound >= from,
                paragraphOf[mention.tokens.lowerBound] == paragraphOf[speaker.lowerBound],
                mention.tokens.upperBound <= speaker.lowerBound, !inQuote[mention.tokens.lowerBound], !skips(mention)
            else { continue }
            if let earlier = found, earlier.canonical != mention.canonical { return nil }
            found = mention
        }
        return found
    }

    /// Whether the words from `start` are a definite phrase for an organisation with at most one
    /// lower-case word before its head and no name after it: `the company`, `the research firm`
    /// (`by the company` names its maker as such a phrase does as a subject).
    func isDefiniteOrganisation(from start: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard start < tokens.count, tokens[start].foldedHash == FoldedWord.the else { return false }
        for head in start + 1...start + 2 where head < tokens.count {
            let token = tokens[head]
            guard token.kind == .word, !token.isCapitalized else { return false }
            if Self.organisationHeads.contains(token.foldedHash) {
                return !(head + 1 < tokens.count && tokens[head + 1].kind == .word && tokens[head + 1].isCapitalized)
            }
        }
        return false
    }

    /// Heads of a writing whose capitalised modifier may name the firm that made it.
    private static let madeWritings = WordSet.folded([
        "report", "study", "survey", "poll", "analysis", "review", "paper", "index",
    ])

    /// The maker, as written, of the latest writing brought in by `a` or `an` whose capitalised
    /// words stand right before its head (`a Tarvey Brune survey of marinas`: `Tarvey Brune`),
    /// outside quotation marks in the speaker's sentence or the three before it, in its
    /// paragraph, when the speaker is a definite phrase for an organisation that no organisation
    /// the entity stage found stands for (`the consultancy firm`).
    func earlierWritingMaker(
        of speaker: Range<Int>, _ analysis: TextAnalysis, inQuote: [Bool], paragraphOf: [Int]
    ) -> String? {
        let tokens = analysis.tokens
        guard isDefiniteOrganisation(from: speaker.lowerBound, analysis), speaker.count <= 3,
            let head = speaker.last, Self.organisationHeads.contains(tokens[head].foldedHash)
        else { return nil }
        let from = analysis.start(ofSentencesBefore: speaker.lowerBound, count: 3)
        var found: String?
        for position in from..<speaker.lowerBound
        where tokens[position].kind == .word && !inQuote[position]
            && Self.madeWritings.contains(tokens[position].foldedHash) && !tokens[position].isCapitalized
            && paragraphOf[position] == paragraphOf[speaker.lowerBound]
        {
            var start = position
            while start > 0, position - start < 4, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized,
                !Lexicon.sentenceWords.contains(tokens[start - 1].foldedHash)
            {
                start -= 1
            }
            guard start < position else { continue }
            // `a` or `an` opens the phrase, with at most two lower-case words before the name.
            let opened = (max(from, start - 3)..<start).contains {
                tokens[$0].kind == .word && Lexicon.indefiniteArticles.contains(tokens[$0].foldedHash)
                    && ($0 + 1..<start).allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
            }
            if opened { found = analysis.string(tokens: start..<position) }
        }
        return found
    }
}
