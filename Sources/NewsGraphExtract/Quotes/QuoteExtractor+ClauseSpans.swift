import NewsGraphCore

/// Token-span geometry shared by the reported-speech family (`…, X said`, tagged clauses,
/// evidential and nominal cues): where a verb group and its subject start, where the reported
/// clause ends, what lies before a cue. Separate from `QuoteExtractor+ReportedSpeech` because
/// these answer positional questions about a sentence, not which pattern a cue belongs to.
extension QuoteExtractor {
    private static let modalAdverbs = WordSet.folded(["also", "not", "never", "still", "just", "probably", "even"])

    /// The word before `index`, past a few adverbs, is one of `words`; capitalised only when
    /// `capitalised` allows it (a capitalised "Will" is a name, a capitalised "The" opens a sentence).
    func follows(
        _ index: Int, _ words: TokenHashSet, _ sentence: Sentence, _ analysis: TextAnalysis, capitalised: Bool
    ) -> Bool {
        var position = index - 1
        while position > sentence.tokens.lowerBound, index - position < 3,
            Self.modalAdverbs.contains(analysis.tokens[position].foldedHash)
        {
            position -= 1
        }
        guard position >= sentence.tokens.lowerBound else { return false }
        let token = analysis.tokens[position]
        return token.kind == .word && (capitalised || !token.isCapitalized) && words.contains(token.foldedHash)
    }

    /// The words before the verb group when they are short enough to be its subject alone;
    /// a long run holds an introductory phrase whose names are not the speaker.
    func subjectRegion(_ verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Range<Int> {
        let end = verbPhraseStart(verb, sentence, analysis)
        return end - sentence.tokens.lowerBound <= 12 ? sentence.tokens.lowerBound..<end : end..<end
    }

    /// Where the verb group ending at `verb` starts: "has also said" starts at "has".
    func verbPhraseStart(_ verb: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Int {
        var start = verb
        while start > sentence.tokens.lowerBound, analysis.tokens[start - 1].kind == .word,
            Lexicon.auxiliaries.contains(analysis.tokens[start - 1].foldedHash)
        {
            start -= 1
        }
        // `the two firms both said`: a quantifier floated off the subject goes with the verb.
        if start > sentence.tokens.lowerBound + 1, analysis.tokens[start - 1].kind == .word,
            !analysis.tokens[start - 1].isCapitalized,
            QuoteLexicon.floatingQuantifiers.contains(analysis.tokens[start - 1].foldedHash),
            analysis.tokens[start - 2].kind == .word
                && (!ComplementPatterns.nonObjects.contains(analysis.tokens[start - 2].foldedHash)
                    || Lexicon.auxiliaries.contains(analysis.tokens[start - 2].foldedHash))
                || analysis.tokens[start - 2].kind == .possessive
        {
            start -= 1
            while start > sentence.tokens.lowerBound, analysis.tokens[start - 1].kind == .word,
                Lexicon.auxiliaries.contains(analysis.tokens[start - 1].foldedHash)
            {
                start -= 1
            }
        }
        while start > sentence.tokens.lowerBound, analysis.isCharacter(start - 1, ",") { start -= 1 }
        return start
    }

    /// Words of `content` outside quotation marks.
    func unquotedWords(_ content: Range<Int>, _ inQuote: [Bool], _ analysis: TextAnalysis) -> Int {
        content.reduce(0) { $0 + (analysis.tokens[$1].kind == .word && !inQuote[$1] ? 1 : 0) }
    }

    /// A clause can start here: a word, a number or an opening mark, not punctuation.
    func inClause(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        switch analysis.tokens[index].kind {
        case .word, .number, .openingQuote, .straightQuote: true
        default: false
        }
    }

    /// Reported speech with quoted words in it is mixed, short quoted words included
    /// (`called the bill a "giveaway"`).
    func kind(_ content: Range<Int>, _ inQuote: [Bool]) -> Quote.Kind {
        content.contains { inQuote[$0] } ? .mixed : .indirect
    }

    /// The reported clause: to its sentence's end or the start of another clause (`ClauseBoundary`).
    func contentEnd(of sentence: Sentence, from start: Int, _ analysis: TextAnalysis) -> Int {
        ClauseBoundary(analysis: analysis).end(of: sentence, from: start)
    }

    /// Prepositions a noun phrase follows (not `as`, which opens `as noted by …`).
    private static let nounPrepositions = WordSet.folded(["for", "with", "of", "from", "without", "into", "in"])

    /// `for added comfort`, `with noted care`: a cue in -ed between a preposition and a bare
    /// lower-case noun is an adjective of that noun, not a verb of saying.
    func modifiesNoun(_ index: Int, _ sentence: Sentence, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard index > sentence.tokens.lowerBound, index + 1 < sentence.tokens.upperBound else { return false }
        let before = tokens[index - 1]
        let after = tokens[index + 1]
        let cue = tokens[index]
        guard before.kind == .word, !before.isCapitalized, Self.nounPrepositions.contains(before.foldedHash),
            after.kind == .word, !after.isCapitalized, cue.length > 3,
            analysis.text[Int(cue.end) - 2] == UInt8(ascii: "e"), analysis.text[Int(cue.end) - 1] == UInt8(ascii: "d")
        else { return false }
        return !Lexicon.pronouns.contains(after.foldedHash) && !Lexicon.articles.contains(after.foldedHash)
            && after.foldedHash != FoldedWord.that
    }

    /// The `that` after a short aside set off right after a verb of saying (`said — on its
    /// website — that …`, `wrote, in one reply, that …`): the aside is the verb's, and the
    /// clause it reports still opens at `that`. The aside closes with the mark that opened it.
    func thatAfterAside(from open: Int, _ sentence: Sentence, _ analysis: TextAnalysis, _ inQuote: [Bool]) -> Int? {
        let tokens = analysis.tokens
        guard open < sentence.tokens.upperBound, !inQuote[open] else { return nil }
        let isComma = analysis.isCharacter(open, ",")
        guard isComma || tokens[open].kind == .dash else { return nil }
        var position = open + 1
        while position < min(open + 10, sentence.tokens.upperBound - 1) {
            let token = tokens[position]
            if isComma ? analysis.isCharacter(position, ",") : token.kind == .dash {
                let next = position + 1
                return position > open + 1 && tokens[next].foldedHash == FoldedWord.that ? next : nil
            }
            guard
                token.kind == .word || token.kind == .number || token.kind == .possessive
                    || !isComma && analysis.isCharacter(position, ",")
            else { return nil }
            position += 1
        }
        return nil
    }

    /// `index` is a mark or a word of a short quotation that opens with a capital, a title
    /// (`told the "Morning Desk" show that …`): a name of a programme or a paper, not reported words.
    func isInQuotedTitle(_ index: Int, _ analysis: TextAnalysis, _ inQuote: [Bool]) -> Bool {
        let tokens = analysis.tokens
        func isMark(_ position: Int) -> Bool {
            let kind = tokens[position].kind
            return kind == .openingQuote || kind == .closingQuote || kind == .straightQuote
        }
        guard isMark(index) || inQuote[index] else { return false }
        // The opening mark: this one if the next word is quoted, else the one before the words.
        var open = index
        if !(isMark(index) && index + 1 < tokens.count && inQuote[index + 1]) {
            while open > 0, !isMark(open), index - open < 6 { open -= 1 }
            if isMark(open), index > open, !inQuote[open + 1] { return false }
            if open > 0, isMark(index), inQuote[index - 1] {
                open = index - 1
                while open > 0, inQuote[open], index - open < 6 { open -= 1 }
            }
        }
        guard isMark(open), open + 1 < tokens.count, inQuote[open + 1] else { return false }
        var close = open + 1
        while close < tokens.count, inQuote[close], close - open <= 5 { close += 1 }
        guard close < tokens.count, isMark(close), close - open <= 5 else { return false }
        let first = tokens[open + 1]
        return first.kind == .word && first.isCapitalized
            && (open + 1..<close).allSatisfy { tokens[$0].kind == .word || tokens[$0].kind == .possessive }
    }
}
