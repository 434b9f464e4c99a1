import NewsGraphCore

/// Who can stand behind a reported statement. News reports what named people say; a page that
/// quotes no named person (a guide, a review, a shop's page) states things itself, so there a
/// reported statement needs a source that can speak, and one without a source is the writer's.
extension QuoteExtractor {
    /// Nouns for writings and findings that can be a source: "research shows", "the data suggest".
    static let writings = WordSet.folded([
        "studies", "research", "data", "analysis", "analyses", "findings", "paper", "papers", "article", "articles",
        "review", "reviews", "evaluation", "surveys", "report", "reports", "study", "survey", "poll", "polls",
        "statement", "statements", "figures", "estimates", "records", "documents", "filing", "filings",
    ])

    /// The findings a reader can trust to have a source.
    func sourced(
        _ attributions: [Attribution], _ resolved: [(finding: Finding, source: EntityRecognizer.Mention?)],
        _ analysis: TextAnalysis
    ) -> [Finding] {
        let tokens = analysis.tokens
        let quoteVerbs = QuoteLexicon.quoteVerbs
        // A page reports people's words when at least two statements come from named people
        // through a verb of speech ("said", "told", "according to").
        var personalReports = 0
        for (attribution, found) in zip(attributions, resolved) where found.source?.label == .person {
            guard let cue = attribution.cue else { continue }
            let verb = tokens[cue.lowerBound].foldedHash
            if quoteVerbs.contains(verb) || verb == FoldedWord.according { personalReports += 1 }
        }
        let reporting = personalReports >= 2
        var kept: [Finding] = []
        kept.reserveCapacity(resolved.count)
        for (attribution, found) in zip(attributions, resolved) {
            // The writer and the reader are no source of a quotation either: "you might ask
            // "…"" and "let's say …" imagine what could be said.
            if let speaker = attribution.speaker {
                let first = tokens[speaker.tokens.lowerBound].foldedHash
                if QuoteLexicon.writerAndReader.contains(first) || first == Self.letWord && speaker.tokens.count == 2 {
                    continue
                }
                // "Tie your boat up, say …": a phrase holding the reader is an instruction.
                if attribution.kind != .direct, speaker.mention == nil,
                    speaker.tokens.contains(where: { Self.reader.contains(tokens[$0].foldedHash) })
                {
                    continue
                }
            }
            if !hasStatementShape(attribution, analysis) { continue }
            // A person's `Name: …` line in ordinary capitals answers as "I", "we" or "you" off a
            // report; "Name: a full-bodied wine …" describes an item of a list.
            if !reporting, attribution.kind != .direct, let cue = attribution.cue,
                analysis.isCharacter(cue.lowerBound, ":"),
                let speaker = attribution.speaker,
                !speaker.tokens.allSatisfy({ tokens[$0].isAllCaps }),
                !attribution.content.contains(where: { Self.firstAndSecondPerson.contains(tokens[$0].foldedHash) })
            {
                continue
            }
            // There, a group named in general ("many parents find …", "people ask "…"") or an
            // unresolved "they" is the writer's generalisation.
            if !reporting, found.source == nil, let speaker = attribution.speaker, isGeneric(speaker, analysis) {
                continue
            }
            if let speaker = attribution.speaker, speaker.isPronoun, speaker.mention == nil {
                let pronoun = tokens[speaker.tokens.lowerBound].foldedHash
                // "It is safe to say that …": the "it" of an infinitive cue stands for nothing.
                if pronoun == FoldedWord.it, let cue = attribution.cue, cue.lowerBound > 0,
                    tokens[cue.lowerBound - 1].foldedHash == FoldedWord.to
                {
                    continue
                }
                // An "it" with nothing to stand for (no organisation, no writing that just spoke),
                // or a "who" with no one before it, names no source.
                if found.source == nil,
                    pronoun == FoldedWord.it && found.finding.speakerName == found.finding.speakerText
                        || pronoun == Self.who
                {
                    continue
                }
            }
            if !reporting, attribution.kind != .direct, !canSpeak(attribution, analysis) { continue }
            // Thinking, knowing and feeling take a mind: a person, a group or a pronoun for one,
            // not "this approach understands …"; and a "they" that stands for no one named
            // ("they know it is costly") is people in general, unless a verb of saying reports
            // it ("officials said they think …").
            if attribution.kind != .direct, let cue = attribution.cue,
                QuoteLexicon.mindVerbs.contains(tokens[cue.lowerBound].foldedHash), let speaker = attribution.speaker
            {
                if speaker.isPronoun, found.source == nil,
                    tokens[speaker.tokens.lowerBound].foldedHash == Self.theyWord,
                    !isReportedPronoun(speaker.tokens.lowerBound, analysis)
                {
                    continue
                }
                if speaker.mention == nil, !speaker.isPronoun, !canHoldView(speaker, analysis) { continue }
            }
            if isUnvoicedGroupOpinion(attribution, source: found.source, analysis) { continue }
            // There, what is not a person reports only in words or a clause ("the study found
            // that …", "according to the agency"): "the kit supports two sizes" describes a thing;
            // and "they" or "it" stand for things as often as people unless they say something.
            if !reporting, attribution.kind != .direct, found.source?.label != .person {
                let saying = isSaying(attribution.cue, analysis)
                if attribution.speaker?.isPronoun == true && !saying || !reportsWords(attribution, analysis) {
                    continue
                }
            }
            // A plan, an aim or an offer is reported of a person; an organisation's or a product's
            // ("the app offers …", "the firm plans to …") is what it does, not what it says.
            if let cue = attribution.cue, Self.intentions.contains(tokens[cue.lowerBound].foldedHash),
                found.source?.label != .person
            {
                continue
            }
            kept.append(found.finding)
        }
        return kept
    }

    /// A source that can hold a view: a name, a pronoun, a share of people (`61%`, `most`), a
    /// phrase headed by a person, a group or a writing ("council members on both sides", "a recent
    /// study"), or any phrase that a verb of saying makes speak ("…, her brother added").
    private func canSpeak(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        guard let speaker = attribution.speaker else { return false }
        if speaker.mention != nil || speaker.isPronoun { return true }
        let tokens = analysis.tokens
        if isSaying(attribution.cue, analysis) { return true }
        // The head of a noun phrase is its last word before a preposition or a relative word.
        var head = speaker.tokens.lowerBound
        while head + 1 < speaker.tokens.upperBound, !Self.phraseBreaks.contains(tokens[head + 1].foldedHash) {
            head += 1
        }
        let hash = tokens[head].foldedHash
        return QuoteLexicon.roleNouns.contains(hash) || QuoteLexicon.quantifiers.contains(hash)
            || Self.writings.contains(hash) || Self.bodies.contains(hash) || analysis.isCharacter(head, "%")
    }

    /// A verb of saying stands right before the pronoun, or before its "that": `said (that) they …`.
    private func isReportedPronoun(_ pronoun: Int, _ analysis: TextAnalysis) -> Bool {
        var position = pronoun - 1
        if position >= 0, analysis.tokens[position].foldedHash == FoldedWord.that { position -= 1 }
        return position >= 0 && QuoteLexicon.quoteVerbs.contains(analysis.tokens[position].foldedHash)
    }

    /// A phrase that can think or know: one with a person, a group, a share of people or a
    /// body in it before any preposition, or a capitalised name the entity stage missed.
    private func canHoldView(_ speaker: SpeakerFinder.Speaker, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        var position = speaker.tokens.lowerBound
        while position < speaker.tokens.upperBound {
            let hash = tokens[position].foldedHash
            if position > speaker.tokens.lowerBound, Self.phraseBreaks.contains(hash) { break }
            if tokens[position].isCapitalized && !QuoteLexicon.writersOwnWords.contains(hash)
                && !Lexicon.determiners.contains(hash) || QuoteLexicon.roleNouns.contains(hash)
                || QuoteLexicon.quantifiers.contains(hash) || Self.bodies.contains(hash)
                || Self.peopleAtLarge.contains(hash) || Self.groups.contains(hash)
                || analysis.isCharacter(position, "%")
            {
                return true
            }
            position += 1
        }
        return false
    }
    static let groups = WordSet.folded(["group", "groups", "team", "teams", "staff", "public", "crowd"])

    /// Verbs of intending and offering.
    static let intentions = WordSet.folded([
        "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "seek", "seeks", "seeking", "sought",
        "intend", "intends", "intended", "offer", "offers", "offered", "decide", "decides", "decided",
        "encourage", "encourages", "encouraged", "appeal", "appeals", "appealed", "wish", "wishes", "wished",
    ])

    /// The attribution reports words or a clause: a verb of saying, "according to", a speaker's
    /// colon, or a clause (opened by "that", a question word, or a subject and its verb).
    private func reportsWords(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        if let cue = attribution.cue {
            let verb = tokens[cue.lowerBound].foldedHash
            if isSaying(cue, analysis) || verb == FoldedWord.according
                || analysis.isCharacter(cue.lowerBound, ":")
            {
                return true
            }
        }
        let first = attribution.content.lowerBound
        return Self.clauseOpeners.contains(tokens[first].foldedHash)
            || Lexicon.pronouns.contains(tokens[first].foldedHash)
            || opensBareClause(at: first, Sentence(tokens: attribution.content), analysis)
    }
    private static let clauseOpeners = WordSet.folded(["that", "whether", "if", "how", "why", "what", "when"])

    /// Verbs of saying, which make any subject a speaker.
    private static let sayingVerbs = WordSet.folded([
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "explained", "explains",
        "replied", "replies", "recalled", "recalls", "stated", "declared", "announced", "tweeted", "commented",
        "remarked", "confirmed", "insisted", "warned", "argued", "continued", "responded", "claims", "claimed",
        "reported", "reports",
    ])
    /// Their participles, which report as the finite verbs do after a comma (`…, saying …`).
    private static let sayingParticiples = WordSet.folded([
        "saying", "telling", "adding", "explaining", "replying", "stating", "declaring", "commenting", "insisting",
        "warning", "arguing", "claiming",
    ])

    /// The cue is a verb of saying, or its participle after a comma.
    private func isSaying(_ cue: Range<Int>?, _ analysis: TextAnalysis) -> Bool {
        guard let cue else { return false }
        let hash = analysis.tokens[cue.lowerBound].foldedHash
        return Self.sayingVerbs.contains(hash)
            || Self.sayingParticiples.contains(hash) && cue.lowerBound > 0
                && analysis.isCharacter(cue.lowerBound - 1, ",")
    }
    /// Organisations and kin named by a common noun: "the union", "her brother".
    static let bodies = WordSet.folded([
        "union", "unions", "council", "court", "party", "department", "office", "university", "institute",
        "association", "foundation", "bank", "airline", "carrier", "network", "newspaper", "magazine", "club",
        "league", "school", "hospital", "church", "family", "mother", "father", "brother", "sister", "wife",
        "husband", "son", "daughter", "owner", "owners",
    ])
    private static let phraseBreaks = WordSet.folded([
        "of", "on", "in", "at", "from", "for", "with", "by", "about", "to", "as", "among", "including", "who",
        "that", "which", "whose",
    ])

    private static let reader = WordSet.folded(["you", "your"])
    private static let who = TokenHash.foldedHash("who")
    private static let theyWord = TokenHash.foldedHash("they")
    private static let letWord = TokenHash.foldedHash("let")
}
