import NewsGraphCore

/// `A 2016 review of 12 trials looked at … The review found …`: a definite phrase for a writing
/// that no maker was found for points back at the phrase that brought that writing in, and that
/// phrase, with its year or name, tells the reader which writing speaks.
extension QuoteExtractor {
    /// Heads of a phrase for one piece of research or writing.
    private static let writingHeads = WordSet.folded([
        "study", "analysis", "review", "trial", "survey", "report", "paper", "research", "evaluation", "audit",
        "poll", "experiment",
    ])
    /// Heads of a phrase for the people who wrote one: they point back at the writing of any head.
    private static let writerHeads = WordSet.folded(["researchers", "authors", "investigators"])
    private static let writingOpeners = WordSet.folded(["the", "this"])
    private static let ofWord = TokenHash.foldedHash("of")
    /// Words for a writing of any kind.
    private static let genericHeads = WordSet.folded(["study", "analysis", "research", "paper"])
    /// Words after a writing's head that lead to who made it or where it appeared.
    private static let ownerLinks = WordSet.folded(["by", "from", "at", "in", "of"])

    /// The earlier phrase, as written without its article, that brought in the writing a definite
    /// speaker of lower-case words (`the review`, `the same analysis`) refers to: an indefinite
    /// phrase with the same head (else with any writing's head), outside quotation marks, in the
    /// speaker's sentence or the three before it, whose words before the head hold a number or a capitalised word (`a 2016 review`,
    /// `a recent Harbour Trust survey`), with a count after `of` when one follows (`of 12 trials`);
    /// the latest such phrase wins.
    func earlierWriting(of speaker: Range<Int>, _ analysis: TextAnalysis, inQuote: [Bool]) -> String? {
        let tokens = analysis.tokens
        guard (2...4).contains(speaker.count), Self.writingOpeners.contains(tokens[speaker.lowerBound].foldedHash),
            speaker.dropFirst().allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
            let head = speaker.last,
            Self.writingHeads.contains(tokens[head].foldedHash) || Self.writerHeads.contains(tokens[head].foldedHash)
        else { return nil }
        let headHash = tokens[head].foldedHash
        let from = analysis.start(ofSentencesBefore: speaker.lowerBound, count: 3)
        // A writing's own head first; else, as its writers do, a writing of another kind named
        // more exactly before (`a 2018 clinical trial … the study showed`).
        if !Self.writerHeads.contains(headHash),
            let same = introducedWriting(
                from: from, before: speaker.lowerBound, analysis, inQuote: inQuote, { $0 == headHash })
        {
            return same
        }
        // Only a word for any writing (`the study`) may mean one of another kind; `the review` may not.
        // `The research by X …` named the writing its own way: no other writing is meant.
        guard Self.writerHeads.contains(headHash) || Self.genericHeads.contains(headHash) else { return nil }
        let namedOwnWay = (from..<max(from, speaker.lowerBound - 1)).contains {
            tokens[$0].foldedHash == headHash && Self.ownerLinks.contains(tokens[$0 + 1].foldedHash)
        }
        if namedOwnWay, !Self.writerHeads.contains(headHash) { return nil }
        return introducedWriting(from: from, before: speaker.lowerBound, analysis, inQuote: inQuote) {
            Self.writingHeads.contains($0)
        }
    }

    /// The latest phrase from `from` to `end`, outside quotation marks, that `a` or `an` brought
    /// in with a number or a capitalised word before a head `fits` accepts, as written without
    /// its article, with a count after `of` when one follows.
    private func introducedWriting(
        from: Int, before end: Int, _ analysis: TextAnalysis, inQuote: [Bool], _ fits: (UInt64) -> Bool
    ) -> String? {
        let tokens = analysis.tokens
        var found: String?
        for position in from..<end
        where tokens[position].kind == .word && !inQuote[position] && fits(tokens[position].foldedHash) {
            guard let start = introducingArticle(ofHead: position, analysis) else { continue }
            var last = position + 1
            if last + 2 < end, tokens[last].foldedHash == Self.ofWord, tokens[last + 1].kind == .number,
                tokens[last + 2].kind == .word
            {
                last += 3
            }
            found = analysis.string(tokens: start + 1..<last)
        }
        return found
    }

    /// Nouns for a survey whose phrase can stand for the people it asked.
    private static let surveyHeads = WordSet.folded(["survey", "poll", "census", "questionnaire", "report", "study"])
    /// Small words inside a survey's title (`Survey of Harbour and Coast Trades`).
    private static let titleJoiners = WordSet.folded(["of", "and", "on"])

    /// The survey a share speaker (`73 percent`, `half of the growers`) that no organisation was
    /// found for speaks through: the latest survey, outside quotation marks, in the share's
    /// sentence or the one before, brought in by `a` or `an` with a number or a capitalised word
    /// before its noun (`in a 2014 county survey`: `2014 county survey`), or named by a title of
    /// capitalised words and numbers that ends in its noun (`the Harbour Trades Survey`).
    func earlierSurvey(ofShare speaker: Range<Int>, _ analysis: TextAnalysis, inQuote: [Bool]) -> String? {
        let tokens = analysis.tokens
        guard let earliest = surveyorSearchStart(ofShare: speaker, analysis) else { return nil }
        var found: String?
        for position in earliest..<speaker.lowerBound
        where tokens[position].kind == .word && !inQuote[position]
            && Self.surveyHeads.contains(tokens[position].foldedHash)
        {
            if let start = introducingArticle(ofHead: position, analysis) {
                found = analysis.string(tokens: start + 1..<position + 1)
            } else if tokens[position].isCapitalized, let start = titleStart(ofHead: position, analysis) {
                found = analysis.string(tokens: start..<position + 1)
            }
        }
        return found
    }

    /// The first word of a title of capitalised words and numbers, with small joining words
    /// between them, that ends in a capitalised head; `nil` when the head stands alone.
    private func titleStart(ofHead head: Int, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        var start = head
        while start > 0, head - start < 8 {
            let token = tokens[start - 1]
            let titled =
                token.kind == .number
                || token.kind == .word && token.isCapitalized
                    && !Lexicon.sentenceWords.contains(token.foldedHash)
            let joins =
                token.kind == .word && Self.titleJoiners.contains(token.foldedHash) && start - 2 >= 0
                && tokens[start - 2].kind == .word && tokens[start - 2].isCapitalized
            guard titled || joins else { break }
            start -= 1
        }
        return start < head && !Self.titleJoiners.contains(tokens[start].foldedHash) ? start : nil
    }

    /// The indefinite article at most four words, numbers or hyphens before a writing's head,
    /// when a number or a capitalised word stands between them to set this writing apart.
    private func introducingArticle(ofHead head: Int, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        var position = head - 1
        var distinct = false
        while position >= 0, head - position <= 5 {
            let token = tokens[position]
            if token.kind == .word, Lexicon.indefiniteArticles.contains(token.foldedHash) {
                return distinct && position + 1 < head ? position : nil
            }
            guard token.kind == .word || token.kind == .number || token.kind == .hyphen else { return nil }
            if token.kind == .number || token.kind == .word && token.isCapitalized { distinct = true }
            position -= 1
        }
        return nil
    }
}
