/// Where a reported clause ends inside its sentence.
///
/// A reported clause runs to its sentence's end unless the sentence goes on with something
/// that is not part of what was reported: a second clause with its own subject (`…, he said`,
/// `…, but she added`), a contrast (`…, while critics …`), a source (`…, according to X`), or
/// the same subject's next verb phrase (`… and later said …`). Words inside quotation marks are
/// the speaker's own and never end the clause.
struct ClauseBoundary {
    let analysis: TextAnalysis

    /// Words that, after a comma, start a clause the reported words do not include.
    static let clauseOpeners = WordSet.folded([
        "but", "while", "whereas", "though", "although", "according",
    ])
    /// Subject pronouns after a comma start a new clause once the reported clause has words of
    /// its own (`… the deal was dead, he said`), not in `that, if elected, he would …`.
    static let subjectPronouns = WordSet.folded(["he", "she", "they", "we"])
    /// Participles that add a second attribution: `…, insisting that …`, `…, adding …`.
    static let participleCues = WordSet.folded([
        "saying", "adding", "noting", "insisting", "arguing", "warning", "claiming", "explaining", "stressing",
        "calling", "suggesting", "acknowledging", "asserting", "declaring", "vowing", "promising", "urging",
    ])
    /// Words that open a second verb phrase of the same subject after "and" / "but".
    static let verbPhraseOpeners = WordSet.folded([
        "has", "have", "had", "also", "later", "then", "when", "while", "added", "noted", "went", "called",
        "urged", "declined", "refused", "did", "does", "expressed",
    ])
    /// Words in -ing that are not participles opening a phrase of their own.
    static let nonParticiples = WordSet.folded([
        "including", "during", "nothing", "something", "anything", "everything", "according", "notwithstanding",
        "regarding", "concerning", "considering",
    ])

    /// A lower-case word in -ing after a comma opens a participial phrase about the subject
    /// (`…, seeking to quell the controversy`), not more of the reported words.
    func isParticiple(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.length > 5,
            !Self.nonParticiples.contains(token.foldedHash)
        else { return false }
        let end = Int(token.end)
        return analysis.text[end - 3] == UInt8(ascii: "i") && analysis.text[end - 2] == UInt8(ascii: "n")
            && analysis.text[end - 1] == UInt8(ascii: "g")
    }

    /// An -ing word after a comma is one more item of a series, not a participle about the
    /// subject, when it stands alone before the next comma or `and` (`rest, stretching, sleep
    /// and diet`), or when the reported clause itself opens with a form in -ing (`recommends
    /// walking after meals, resting at noon and sleeping early`), closing with `and` or `or` and
    /// one more such form.
    func isSeriesItem(_ index: Int, clauseOpening: Int) -> Bool {
        let tokens = analysis.tokens
        if index + 1 < tokens.count, tokens[index + 1].newlinesBefore == 0,
            analysis.isCharacter(index + 1, ",") || Self.seriesJoins.contains(tokens[index + 1].foldedHash)
        {
            return true
        }
        guard clauseOpening < index, isParticiple(clauseOpening) else { return false }
        // The series closes with `and` or `or` and one more form in -ing on the same line.
        var next = index + 1
        while next + 1 < tokens.count, tokens[next + 1].newlinesBefore == 0, !analysis.isCharacter(next, ".") {
            if Self.seriesJoins.contains(tokens[next].foldedHash), isParticiple(next + 1) { return true }
            next += 1
        }
        return false
    }

    private static let seriesJoins = WordSet.folded(["and", "or"])

    private static let also = TokenHash.foldedHash("also")
    /// Words that open a phrase before a clause's subject: "if elected, …", "given X, …".
    static let introductions = WordSet.folded([
        "if", "when", "while", "whilst", "although", "though", "as", "after", "before", "because", "since",
        "once", "unless", "until", "given", "despite", "in", "with", "for", "on", "at", "by", "during", "under",
        "without",
        "even", "like", "unlike", "whatever", "whether",
    ])
    private static let but = TokenHash.foldedHash("but")

    /// The end (exclusive) of the clause that starts at `start` in `sentence`.
    func end(of sentence: Sentence, from start: Int) -> Int {
        let tokens = analysis.tokens
        var end = sentence.tokens.upperBound
        while end > start,
            tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .closingQuote
                || tokens[end - 1].kind == .straightQuote
        {
            // "rose by 25%.": a percent sign on its number is a word of the clause, not its
            // closing punctuation.
            if analysis.isCharacter(end - 1, "%"), end - 2 >= start, tokens[end - 2].kind == .number { break }
            end -= 1
        }
        // "… could raise the risk, however.": a linking adverb after the last comma ties the
        // sentence to the one before; it is the writer's, not part of what was reported.
        if end - 2 > start, Self.sentenceLinks.contains(tokens[end - 1].foldedHash), analysis.isCharacter(end - 2, ",")
        {
            end -= 2
        }
        // "While X said …, Y did …": a report inside an opening subordinate clause ends at the
        // comma that closes that clause.
        let inOpeningClause = opensWithSubordinateClause(sentence, before: start)
        // "that, if elected, he would …", "that given X, he was …": the clause's own opening
        // phrase ends at a comma that is not the end of the report.
        var first = start
        if first < end, tokens[first].foldedHash == FoldedWord.that { first += 1 }
        var introduced = first < end && Self.introductions.contains(tokens[first].foldedHash)
        // "which officials said will start soon, will not …": a clause whose subject is a relative
        // before the tag ends where the main clause's verb comes back after a comma.
        let subjectless = first < end && QuoteLexicon.finiteAuxiliaries.contains(tokens[first].foldedHash)
        var open = false  // inside quoted words, where the speaker's own punctuation rules
        var words = 0
        let and = FoldedWord.and  // read once: a `static let` costs a once-check on every access
        let but = Self.but
        for index in start..<end {
            if tokens[index].kind == .word { words += 1 }
            switch tokens[index].kind {
            case .openingQuote: open = true
            case .closingQuote: open = false
            case .straightQuote: open.toggle()
            default: break
            }
            guard !open, index > start else { continue }
            if analysis.isCharacter(index, ";") { return index }
            // `…, adding: "…"`: a colon before a quotation hands over to the quoted words.
            if analysis.isCharacter(index, ":"), index + 1 < end,
                tokens[index + 1].kind == .openingQuote
                    || tokens[index + 1].kind == .straightQuote
            {
                return index
            }
            if analysis.isCharacter(index, ","), inOpeningClause { return index }
            if analysis.isCharacter(index, ",") || tokens[index].kind == .dash, index + 1 < end {
                let next = tokens[index + 1].foldedHash
                // ", insisting that …", ", said Mr. X", ", he said", ", but …": a new clause;
                // "who previously said … - said at a rally": the relative clause is over.
                if tokens[index + 1].kind == .word,
                    Self.participleCues.contains(next) || Self.clauseOpeners.contains(next)
                        || subjectless && QuoteLexicon.finiteAuxiliaries.contains(next)
                        || QuoteLexicon.quoteVerbs.contains(next)
                        || (words >= 5 && !introduced && Self.subjectPronouns.contains(next))
                        // "that for most riders, cycling is …": after the comma of a short opening
                        // phrase a form in -ing is the gerund that opens the clause's subject.
                        || isParticiple(index + 1) && !(introduced && index - first <= 8)
                            && !isSeriesItem(index + 1, clauseOpening: first)
                        // "…, Barrett said, "…"": another name's tag.
                        || words >= 3 && startsClause(at: index + 1, before: end),
                    analysis.isCharacter(index, ",") || QuoteLexicon.quoteVerbs.contains(next)
                        // "… fell by a tenth — but then …": a dash before a contrast opens the writer's
                        // remark, unless a second dash closes it as an aside (`had sailed - but never docked -`).
                        || Self.clauseOpeners.contains(next) && words >= 3
                            && !(index + 2..<end).contains { tokens[$0].kind == .dash }
                {
                    return index
                }
                // "… grew — research shows that …": after a dash, a plain noun and its verb of
                // saying or finding open an aside of the writer's.
                if tokens[index].kind == .dash, words >= 3, startsAside(at: index + 1, before: end) { return index }
                // "… rose 4% — that's twice the rate …", "… — so the delay …": after a dash, a new
                // subject and its verb, or `so`, is the writer's gloss, unless a second dash closes it.
                if tokens[index].kind == .dash, words >= 5, startsGloss(at: index + 1, before: end),
                    !(index + 2..<end).contains(where: { tokens[$0].kind == .dash })
                {
                    return index
                }
                // `called it "a tax on work", essentially, a levy …`: a word of restatement after
                // the closing mark of quoted words is the writer saying them again.
                if words >= 3, tokens[index - 1].kind == .closingQuote || tokens[index - 1].kind == .straightQuote,
                    tokens[index + 1].kind == .word, Self.restatements.contains(next)
                {
                    return index
                }
                if analysis.isCharacter(index, ",") { introduced = false }
            }
            // "… and has expressed …", ", but later said …": the subject's next verb phrase;
            // "… and Democrats accused …": another subject's clause.
            let hash = tokens[index].foldedHash
            if hash == and || hash == but, index + 1 < end {
                let next = tokens[index + 1].foldedHash
                // "not only X but also Y" goes on; "and also said" does not.
                let opener =
                    next == Self.also
                    ? index + 2 < end && Lexicon.reportingVerbs.contains(tokens[index + 2].foldedHash)
                    : Self.verbPhraseOpeners.contains(next)
                // ", and criticized …": after a comma, a past tense is the subject's next verb.
                let afterComma = analysis.isCharacter(index - 1, ",") || tokens[index - 1].kind == .dash
                let pastAfterComma = afterComma && isPastTense(index + 1)
                // `called them "hard cases," and they were`: quoted words closed by their comma are
                // whole, so a subject pronoun after them starts the writer's next clause.
                let afterQuotedComma =
                    index - 2 > start && tokens[index - 1].kind == .closingQuote && analysis.isCharacter(index - 2, ",")
                // "…, and he noted …": after a comma or dash a subject pronoun starts a new clause.
                let newSubject =
                    (afterComma && words >= 5 || afterQuotedComma) && Self.subjectPronouns.contains(next)
                if opener || pastAfterComma || newSubject || Lexicon.reportingVerbs.contains(next)
                    || startsClause(at: index + 1, before: end)
                    || afterComma && startsReport(at: index + 1, before: end)
                {
                    return afterComma ? index - 1 : index
                }
            }
        }
        // A mark among the sentence's last tokens closed the quotation there.
        let closedAtEnd = (end..<sentence.tokens.upperBound).contains {
            tokens[$0].kind == .closingQuote || tokens[$0].kind == .straightQuote
        }
        return open && !closedAtEnd ? closingMark(after: sentence.tokens.upperBound) ?? end : end
    }

    /// `He said the plan "works. It always has."`: quoted words that open inside the reported
    /// clause are all reported, so the clause runs on to their closing mark when it is in the
    /// same paragraph a few sentences on.
    private func closingMark(after start: Int) -> Int? {
        let tokens = analysis.tokens
        var index = start
        while index < min(start + 120, tokens.count), tokens[index].newlinesBefore == 0 {
            switch tokens[index].kind {
            case .closingQuote, .straightQuote:
                // The words before the mark, without its own full stop or comma.
                var end = index
                while end > start, tokens[end - 1].kind == .punctuation { end -= 1 }
                return end > start ? end : nil
            case .openingQuote: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// A lower-case word in -ed: a past tense or participle.
    private func isPastTense(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.kind == .word && !token.isCapitalized && token.length > 4 && analysis.endsInEd(index)
    }

    /// Words that open a subordinate clause before the main one.
    static let subordinators = WordSet.folded([
        "while", "whilst", "although", "though", "as", "when", "if", "after", "before", "because", "since",
        "once", "whereas", "unless", "until", "even",
    ])

    /// The sentence opens with a subordinator and no comma has closed that clause before `start`.
    private func opensWithSubordinateClause(_ sentence: Sentence, before start: Int) -> Bool {
        var first = sentence.tokens.lowerBound
        while first < start, analysis.tokens[first].kind != .word { first += 1 }
        guard first < start, Self.subordinators.contains(analysis.tokens[first].foldedHash) else { return false }
        for index in first..<start where analysis.isCharacter(index, ",") { return false }
        return true
    }

    /// Adverbs that link a sentence to the one before: `however`, `though`, `meanwhile`.
    static let sentenceLinks = WordSet.folded([
        "however", "though", "meanwhile", "therefore", "nonetheless", "nevertheless", "anyway",
    ])
    /// Words by which the writer restates quoted words: `"…", essentially, …`.
    static let restatements = WordSet.folded(["essentially", "basically", "i.e"])
    private static let glossSubjects = WordSet.folded(["he", "she", "they", "we"])
    private static let glossDemonstratives = WordSet.folded(["that", "this", "it", "which"])
    private static let so = TokenHash.foldedHash("so")

    /// After a dash: `so`, a subject pronoun and a lower-case word (`she rides it daily`), or
    /// `that's` / `it's`: a clause of the writer's.
    private func startsGloss(at index: Int, before end: Int) -> Bool {
        let tokens = analysis.tokens
        guard index + 1 < end, tokens[index].kind == .word else { return false }
        let hash = tokens[index].foldedHash
        let next = tokens[index + 1]
        if hash == Self.so { return next.kind == .word }
        if Self.glossSubjects.contains(hash) { return next.kind == .word && !next.isCapitalized }
        return Self.glossDemonstratives.contains(hash) && next.kind == .possessive
    }

    /// Words that cannot be the whole subject of an aside: pronouns and determiners.
    private static let asideNonSubjects = WordSet.folded([
        "it", "this", "that", "which", "who", "what", "the", "a", "an", "he", "she", "they", "we", "i", "you",
    ])

    /// A lower-case subject of one or two words and then a verb of saying or finding in its
    /// present or past form: "research shows", "many experts say".
    private func startsAside(at index: Int, before end: Int) -> Bool {
        let tokens = analysis.tokens
        guard index < end, tokens[index].kind == .word, !tokens[index].isCapitalized,
            !Self.asideNonSubjects.contains(tokens[index].foldedHash)
        else { return false }
        for verb in index + 1..<min(index + 3, end) {
            guard tokens[verb].kind == .word, !tokens[verb].isCapitalized else { return false }
            if Lexicon.reportingVerbs.contains(tokens[verb].foldedHash), !isParticiple(verb) { return true }
        }
        return false
    }

    /// `…, and most of them (nine in ten) reported that …`: a subject of a few words, then a verb
    /// of saying and its `that`: a second report with a source of its own, not more of the first.
    private func startsReport(at index: Int, before end: Int) -> Bool {
        let tokens = analysis.tokens
        let reach = min(index + 10, end - 1)
        guard index + 1 < reach, tokens[index].foldedHash != FoldedWord.that else { return false }
        for verb in index + 1..<reach {
            switch tokens[verb].kind {
            case .openingQuote, .closingQuote, .straightQuote: return false
            default: break
            }
            let hash = tokens[verb].foldedHash
            // `… and the staff to think that`: an infinitive is no clause of its own.
            if hash == FoldedWord.that || hash == FoldedWord.to || Self.relatives.contains(hash) { return false }
            if tokens[verb].kind == .word, !tokens[verb].isCapitalized, !isParticiple(verb),
                Lexicon.reportingVerbs.contains(hash) || QuoteLexicon.quoteVerbs.contains(hash),
                tokens[verb + 1].foldedHash == FoldedWord.that
            {
                return true
            }
        }
        return false
    }

    private static let relatives = WordSet.folded(["who", "which", "whom", "whose"])

    /// A capitalised subject of one or two words and then a reporting verb: "Democrats accused".
    private func startsClause(at index: Int, before end: Int) -> Bool {
        let tokens = analysis.tokens
        guard tokens[index].kind == .word, tokens[index].isCapitalized else { return false }
        for verb in index + 1..<min(index + 3, end) {
            guard tokens[verb].kind == .word else { return false }
            let hash = tokens[verb].foldedHash
            if !tokens[verb].isCapitalized,
                QuoteLexicon.quoteVerbs.contains(hash) || Lexicon.reportingVerbs.contains(hash)
            {
                return true
            }
        }
        return false
    }
}
