import NewsGraphCore

/// Where a quotation stands on the page: alone in its paragraph, resuming an
/// earlier one, led by a colon, a scare quote of a word or two, and where sentences end.
extension QuoteExtractor {
    /// Paragraph index of every token.
    static func paragraphs(_ analysis: TextAnalysis) -> [Int] {
        var paragraphOf = [Int](repeating: 0, count: analysis.tokens.count)
        var paragraph = 0
        for index in analysis.tokens.indices {
            if index > 0 && analysis.tokens[index].newlinesBefore > 0 { paragraph += 1 }
            paragraphOf[index] = paragraph
        }
        return paragraphOf
    }

    /// A quotation that is a sentence of its own: it opens a paragraph or follows a full stop
    /// or another quotation, rather than sitting inside someone else's sentence.
    func isStandalone(_ quotation: QuotationFinder.Quotation, _ analysis: TextAnalysis) -> Bool {
        let open = quotation.open
        if open == 0 || analysis.tokens[open].newlinesBefore > 0 { return true }
        // A sentence that opens with the mark, after "S.C." or "Jr." as well as after a full stop.
        if analysis.sentenceOfToken[open - 1] != analysis.sentenceOfToken[open] { return true }
        let previous = analysis.tokens[open - 1]
        if previous.kind == .closingQuote || previous.kind == .straightQuote { return true }
        if Self.endsSentenceBefore(opening: open, firstWord: quotation.content.lowerBound, analysis) { return true }
        return analysis.isCharacter(open - 1, ".") || analysis.isCharacter(open - 1, "?")
            || analysis.isCharacter(open - 1, "!") || analysis.isCharacter(open - 1, ":")
    }

    /// The quotation goes on after its own tag: a comma opens it, and the previous direct
    /// quotation ended in the same sentence a few words before, or further back when the tag that
    /// closed it is all that stands between, a long description of the speaker included
    /// (`"…," said X, director of … in Leeds, "but …"`).
    func resumes(
        _ quotation: QuotationFinder.Quotation, after previous: Attribution, _ analysis: TextAnalysis
    )
        -> Bool
    {
        let open = quotation.open
        let end = previous.content.upperBound
        guard previous.kind == .direct, open > 0, analysis.isCharacter(open - 1, ","), end < open,
            analysis.sentenceOfToken[end - 1] == analysis.sentenceOfToken[open]
        else { return false }
        if open - end <= 16 { return true }
        guard open - end <= 40, let cue = previous.cue, cue.lowerBound > end, cue.upperBound < open else {
            return false
        }
        return !(cue.lowerBound..<open).contains { index in
            let kind = analysis.tokens[index].kind
            return kind == .openingQuote || kind == .closingQuote || kind == .straightQuote
                || analysis.tokens[index].newlinesBefore > 0
        }
    }

    /// Scare quotes and titles are not quotations: without words of attribution a quote needs
    /// several words, or to be a sentence of its own (`"Neither do I."`), and must read like
    /// speech rather than a capitalised name.
    func isQuote(_ quotation: QuotationFinder.Quotation, attributed: Bool, _ analysis: TextAnalysis) -> Bool {
        let words = quotation.content.filter { analysis.tokens[$0].kind == .word }
        if attributed { return !words.isEmpty && !isScareQuote(quotation, words: words.count, analysis) }
        if words.count < 4
            && !(words.count > 0 && isStandalone(quotation, analysis) && endsSentence(quotation, analysis))
        {
            return false
        }
        let capitalised = words.filter { analysis.tokens[$0].isCapitalized }.count
        // `'Legend of the Salt Roads.'` as a paragraph of its own: a heading capitalises every
        // word but the short ones between, where speech capitalises its first word and names.
        let long = words.filter { analysis.tokens[$0].length >= 4 }
        let heading =
            long.count >= 2 && long.allSatisfy { analysis.tokens[$0].isCapitalized } && isParagraph(quotation, analysis)
        return !(words.count <= 8 && (capitalised == words.count || heading))
    }

    /// The quotation is all its paragraph holds, but for punctuation after the closing mark.
    private func isParagraph(_ quotation: QuotationFinder.Quotation, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard quotation.open == 0 || tokens[quotation.open].newlinesBefore > 0 else { return false }
        var after = quotation.after
        while after < tokens.count, tokens[after].newlinesBefore == 0, tokens[after].kind == .punctuation {
            after += 1
        }
        return after >= tokens.count || tokens[after].newlinesBefore > 0
    }

    /// Evidential findings (no speaker, a cue of appearance or expectation) that lie inside the
    /// content of another finding with a speaker.
    func withoutNestedEvidentials(_ found: [Attribution], _ analysis: TextAnalysis) -> [Attribution] {
        let spoken = found.filter { $0.speaker != nil }.map(\.content)
        guard !spoken.isEmpty else { return found }
        return found.filter { attribution in
            guard attribution.speaker == nil, let cue = attribution.cue, cue.lowerBound < analysis.tokens.count,
                Self.appearanceVerbs.contains(analysis.tokens[cue.lowerBound].foldedHash)
                    || Self.expectationWords.contains(analysis.tokens[cue.lowerBound].foldedHash)
            else { return true }
            return !spoken.contains {
                $0.lowerBound <= attribution.content.lowerBound && attribution.content.upperBound <= $0.upperBound
            }
        }
    }

    /// The person who is the subject of the sentence a colon ends, right before a quotation.
    func colonLead(
        _ quotation: QuotationFinder.Quotation, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        let colon = quotation.open - 1
        guard colon > 0, colon < analysis.tokens.count, analysis.isCharacter(colon, ":") else { return nil }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[colon])]
        guard sentence.tokens.lowerBound < colon else { return nil }
        if analysis.tokens[sentence.tokens.lowerBound].kind == .word,
            let subject = speakers.subject(of: sentence, before: colon), subject.mention?.label == .person
        {
            return subject
        }
        // `When the panel pressed him, Vance had a reply:`: the person who opens the last clause
        // before the colon, after a comma or dash, and is followed by its verb.
        var start = colon - 1
        while start > sentence.tokens.lowerBound, !analysis.isCharacter(start - 1, ","),
            analysis.tokens[start - 1].kind != .dash
        {
            start -= 1
        }
        guard start > sentence.tokens.lowerBound, let name = speakers.mentionStartingAt[start],
            name.label == .person, name.tokens.upperBound < colon,
            analysis.tokens[name.tokens.upperBound].kind == .word
        else { return nil }
        return SpeakerFinder.Speaker(tokens: name.tokens, mention: name, isPronoun: false)
    }

    /// `Ann Vance agreed. "…"`: a quotation that opens a sentence right after one, in the same
    /// paragraph, whose subject is a person named after the last speaker spoke, is that person's.
    func sentenceLead(
        _ quotation: QuotationFinder.Quotation, after previous: Attribution, _ analysis: TextAnalysis,
        _ speakers: SpeakerFinder
    ) -> SpeakerFinder.Speaker? {
        let open = quotation.open
        guard open > 0, analysis.tokens[open].newlinesBefore == 0,
            analysis.isCharacter(open - 1, ".")
        else { return nil }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[open - 1])]
        guard sentence.tokens.lowerBound >= previous.content.upperBound,
            sentence.tokens.lowerBound < open - 1,
            !(sentence.tokens.lowerBound..<open).contains(where: {
                let kind = analysis.tokens[$0].kind
                return kind == .openingQuote || kind == .closingQuote || kind == .straightQuote
            }),
            var subject = speakers.subject(of: sentence, before: open - 1)
        else { return nil }
        // `Acme University's Ann Vance agreed.`: the person after the body's possessive.
        let after = subject.tokens.upperBound
        if subject.mention?.label == .org, after + 1 < open, analysis.tokens[after].kind == .possessive,
            let person = speakers.mentionStartingAt[after + 1], person.label == .person
        {
            subject = SpeakerFinder.Speaker(tokens: person.tokens, mention: person, isPronoun: false)
        }
        guard subject.mention?.label == .person, subject.mention?.entity != previous.speaker?.mention?.entity else {
            return nil
        }
        return subject
    }

    /// The quoted words end with their own full stop, question or exclamation mark.
    func endsSentence(_ quotation: QuotationFinder.Quotation, _ analysis: TextAnalysis) -> Bool {
        let last = quotation.content.upperBound - 1
        return last >= quotation.content.lowerBound
            && (analysis.isCharacter(last, ".") || analysis.isCharacter(last, "?") || analysis.isCharacter(last, "!")
                || Self.keepsFullStop(last, analysis))
    }

    /// A word or two in marks in the middle of running text, with words of the sentence on both
    /// sides (`the so-called "reform" was …`, `a "historic" deal`), marks a term, not speech.
    func isScareQuote(_ quotation: QuotationFinder.Quotation, words: Int, _ analysis: TextAnalysis) -> Bool {
        guard words <= 2, quotation.open > 0, quotation.after < analysis.tokens.count,
            !quotation.closeMark.isEmpty
        else { return false }
        let before = analysis.tokens[quotation.open - 1]
        let after = analysis.tokens[quotation.after]
        guard before.kind == .word, after.kind == .word, after.newlinesBefore == 0,
            analysis.tokens[quotation.open].newlinesBefore == 0
        else { return false }
        // `said "no"`, `called it "a disaster"`: a verb of speech before the marks quotes someone;
        // `so-called "reform"` is an adjective.
        let compound = quotation.open > 1 && analysis.tokens[quotation.open - 2].kind == .hyphen
        return compound
            || !QuoteLexicon.quoteVerbs.contains(before.foldedHash)
                && !ComplementPatterns.namingVerbs.contains(before.foldedHash)
    }
}
