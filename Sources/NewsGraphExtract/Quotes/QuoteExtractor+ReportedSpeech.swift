import NewsGraphCore

/// Reported speech: `X said (that) …`, `…, X said`, `according to X, …`, beliefs and the
/// complements of `ComplementPatterns`; the content is the reported clause.
extension QuoteExtractor {
    /// Speech verbs whose infinitive or naming object comes before a clause reading:
    /// "told X to …", "asked X to …", "called X "…"".
    private static let tellVerbs = WordSet.folded(["told", "tells", "tell", "telling"])
    private static let coordinators = WordSet.folded(["and", "or", "but", "also"])
    private static let worth = TokenHash.foldedHash("worth")
    /// `…, the Gazette reported.`: a news outlet's or a body's report tags its clause as `said` does.
    static let reportTagVerbs = WordSet.folded(["reported", "reports"])
    private static let complementFirst = WordSet.folded(["told", "tells", "asked", "asks", "called", "calls"])

    func reportedSpeech(
        _ analysis: TextAnalysis, _ speakers: SpeakerFinder, inQuote: [Bool], opensQuotation: Set<Int>,
        usedCues: Set<Int>
    ) -> [Attribution] {
        let tokens = analysis.tokens
        var found: [Attribution] = []
        let according = FoldedWord.according
        let to = FoldedWord.to
        let that = FoldedWord.that
        let clear = FoldedWord.clear
        let complements = ComplementPatterns(analysis: analysis) { index in
            switch tokens[index].kind {
            case .openingQuote, .closingQuote, .straightQuote: true
            default: false
            }
        }
        // Read per word below: arrays and locals, not a hashed set or a `static let` each time.
        var isUsedCue = [Bool](repeating: false, count: tokens.count)
        for cue in usedCues where cue >= 0 && cue < tokens.count { isUsedCue[cue] = true }
        let cueWords = Self.cueWords
        let audiences = QuoteLexicon.audiences
        let beliefVerbs = QuoteLexicon.beliefVerbs
        let clarityVerbs = Lexicon.clarityVerbs
        let clauseVerbs = QuoteLexicon.clauseVerbs
        let complementFirst = Self.complementFirst
        let coordinators = Self.coordinators
        let finiteAuxiliaries = QuoteLexicon.finiteAuxiliaries
        let nounLikeCues = QuoteLexicon.nounLikeCues
        let participleCues = ClauseBoundary.participleCues
        let pronouns = Lexicon.pronouns
        let questionVerbs = QuoteLexicon.questionVerbs
        let questionWords = QuoteLexicon.questionWords
        let speechVerbs = Lexicon.speechVerbs
        let tellVerbs = Self.tellVerbs
        let addressVerbs = QuoteLexicon.addressVerbs
        let actionCues = QuoteLexicon.actionCues
        let writerAndReader = QuoteLexicon.writerAndReader
        let learnVerbs = QuoteLexicon.learnVerbs
        let worth = Self.worth
        var inMention = [Bool](repeating: false, count: tokens.count)
        for mention in speakers.mentionStartingAt.values { for index in mention.tokens { inMention[index] = true } }
        for sentence in analysis.sentences {
            let titleCase = isTitleCase(sentence, analysis)
            if var line = speakerLine(sentence, analysis, speakers, opensQuotation: opensQuotation) {
                line.kind = kind(line.content, inQuote)
                found.append(line)
            }
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                let token = tokens[index]
                guard token.kind == .word, !inQuote[index] else { continue }
                if isUsedCue[index] {
                    // A direct quotation's tag can still carry a longer clause around the
                    // quotation: `"I held and hugged" the families, he said` is mixed; or a
                    // clause after it: `"…," the mayor said her budget was "sound."`
                    let tagged = taggedClause(cue: index, sentence, analysis, speakers, inQuote: inQuote)
                    let mixed = tagged.filter {
                        $0.kind == .mixed && !hasClosedQuotation($0.content, analysis, inQuote)
                    }
                    found.append(contentsOf: mixed)
                    found.append(contentsOf: frontedClause(tagged, cue: index, sentence, analysis, inQuote: inQuote))
                    var start = index + 1
                    if start < sentence.tokens.upperBound, tokens[start].foldedHash == that { start += 1 }
                    // `X says "the tide has turned" despite the defeat`: a quotation opens a longer clause.
                    // A cue that ends the text (`…," she told`) has nothing after it to read.
                    let opensClause =
                        start < sentence.tokens.upperBound
                        && (opensQuotation.contains(start)
                            || !inQuote[start] && tokens[start].kind == .word
                                && (pronouns.contains(tokens[start].foldedHash)
                                    || opensBareClause(at: start, sentence, analysis)))
                    if mixed.isEmpty, opensClause,
                        let speaker = speakers.speaker(before: index, within: sentence)
                    {
                        let content = index + 1..<contentEnd(of: sentence, from: start, analysis)
                        if content.count >= 3, kind(content, inQuote) == .mixed,
                            unquotedWords(content, inQuote, analysis) >= 2
                        {
                            found.append(
                                Attribution(content: content, kind: .mixed, cue: index..<index + 1, speaker: speaker))
                        }
                    }
                    continue
                }
                // "According to X, CLAUSE" and "CLAUSE, according to X."
                if token.foldedHash == according, index + 1 < sentence.tokens.upperBound,
                    tokens[index + 1].foldedHash == to
                {
                    // "according to our survey" cites the writer's own work.
                    guard index + 2 < sentence.tokens.upperBound, !followsItsVerb(according: index, sentence, analysis),
                        !namesAStandard(according: index, sentence, analysis),
                        !QuoteLexicon.writersOwnWords.contains(tokens[index + 2].foldedHash),
                        let speaker = speakers.source(startingAt: index + 2, within: sentence)
                    else { continue }
                    let content: Range<Int>
                    // "X, according to Y, has …": a source set inside its clause, after a subject or
                    // an opening phrase of a few words, reports both parts.
                    if index - sentence.tokens.lowerBound > 1, analysis.isCharacter(index - 1, ","),
                        opensShortly(before: index - 1, sentence, analysis),
                        let comma = commaAfterSource(speaker.tokens.upperBound, sentence, analysis)
                    {
                        let rest = comma + 1..<contentEnd(of: sentence, from: comma + 1, analysis)
                        if rest.count >= 3 {
                            found.append(
                                Attribution(
                                    content: rest, kind: kind(rest, inQuote), cue: index..<index + 2, speaker: speaker))
                        }
                    }
                    // After a colon, `…: According to X, CLAUSE` opens its clause as at a sentence's start.
                    if index - sentence.tokens.lowerBound <= 1 || analysis.isCharacter(index - 1, ":")
                        || opensJoinedClause(according: index, sourceEnd: speaker.tokens.upperBound, sentence, analysis)
                    {
                        // "According to X[, who …], CLAUSE": the clause follows the source's comma.
                        var comma = speaker.tokens.upperBound
                        while comma < sentence.tokens.upperBound, !analysis.isCharacter(comma, ",") { comma += 1 }
                        if let end = participleOnSource(after: comma, sentence, analysis) { comma = end }
                        guard comma + 1 < sentence.tokens.upperBound else { continue }
                        content = comma + 1..<contentEnd(of: sentence, from: comma + 1, analysis)
                    } else {
                        // "CLAUSE, according to X."
                        var end = index
                        while end > sentence.tokens.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
                        content = sentence.tokens.lowerBound..<end
                    }
                    guard content.count >= 3 else { continue }
                    found.append(
                        Attribution(
                            content: content, kind: kind(content, inQuote), cue: index..<index + 2, speaker: speaker))
                    continue
                }
                // A cue is a lower-case verb, not part of a name ("the United States").
                // In a headline in title case ("Mayor Says Bridge Will Reopen") it still can be.
                if token.isCapitalized && !titleCase || inMention[index] { continue }
                // "It is worth noting that …": the writer's own aside, whoever the sentence names.
                if index > sentence.tokens.lowerBound, tokens[index - 1].foldedHash == worth { continue }
                // One look-up rejects the words that cue nothing, before the patterns below.
                guard cueWords.contains(token.foldedHash) else { continue }
                // "the announced change" and "a well-observed effect" are adjectives; "others might
                // find that …" and "the tutor should believe …" suppose a view nobody is said to hold.
                if index > sentence.tokens.lowerBound && tokens[index - 1].kind == .hyphen
                    || follows(index, Self.articles, sentence, analysis, capitalised: true)
                    || follows(index, Self.possessives, sentence, analysis, capitalised: true)
                        && analysis.text[Int(token.end) - 1] == UInt8(ascii: "d")
                    || modifiesNoun(index, sentence, analysis)
                    || follows(index, Self.modals, sentence, analysis, capitalised: false)
                {
                    continue
                }
                if let content = evidentialClause(at: index, sentence, analysis) {
                    // "The bidders appear to have links": what seems is the subject and the
                    // infinitive together, in two pieces around the verb, as with a tag.
                    if let subject = evidentialSubject(before: index, sentence, analysis) {
                        found.append(
                            Attribution(
                                content: subject, kind: kind(subject, inQuote), cue: index..<index + 1, speaker: nil))
                    }
                    found.append(
                        Attribution(
                            content: content, kind: kind(content, inQuote), cue: index..<index + 1, speaker: nil))
                    continue
                }
                if let nominal = nominalClause(at: index, sentence, analysis, speakers) {
                    found.append(
                        Attribution(
                            content: nominal.content, kind: kind(nominal.content, inQuote), cue: index..<index + 1,
                            speaker: nominal.speaker))
                    continue
                }
                let isClarityCue =
                    clarityVerbs.contains(token.foldedHash)
                    && (1...2).contains { offset in
                        index + offset < sentence.tokens.upperBound && tokens[index + offset].foldedHash == clear
                    }
                // "was asked to …", "has been told that …": the subject is who is addressed, and
                // who spoke is not in the subject position.
                let passive = isPassive(index, sentence, analysis)
                if !speechVerbs.contains(token.foldedHash) || complementFirst.contains(token.foldedHash),
                    let content = complements.content(after: index, in: sentence), content.count >= 2
                {
                    let speaker =
                        passive
                        ? nil
                        : reportingSubject(of: index, sentence, analysis, speakers)
                    // A passive reports only its infinitive ("was asked to …"), not "was
                    // criticized by members of …".
                    let reported =
                        passive
                        ? tokens[content.lowerBound].foldedHash == FoldedWord.to
                            && addressVerbs.contains(token.foldedHash)
                        : speaker != nil
                    if reported {
                        found.append(
                            Attribution(
                                content: content, kind: kind(content, inQuote), cue: index..<index + 1, speaker: speaker
                            ))
                        continue
                    }
                }
                if let content = complements.object(after: index, in: sentence), content.count >= 2,
                    let speaker = speakers.speaker(before: index, within: sentence)
                {
                    found.append(
                        Attribution(
                            content: content, kind: kind(content, inQuote), cue: index..<index + 1, speaker: speaker))
                    continue
                }
                guard clauseVerbs.contains(token.foldedHash) || isClarityCue else { continue }
                // "she realised that …": coming to know a fact is the writer's account of it, no claim.
                if QuoteLexicon.discoveryVerbs.contains(token.foldedHash) { continue }
                // "in states that …", "Rust Belt states": a noun-like cue reports only right after
                // someone who can speak, or as a second verb ("disagree and claim that …").
                if nounLikeCues.contains(token.foldedHash), index > sentence.tokens.lowerBound,
                    !coordinators.contains(tokens[index - 1].foldedHash),
                    !isAgent(speakers.speaker(before: index, within: sentence))
                {
                    continue
                }
                if speechVerbs.contains(token.foldedHash) || Self.reportTagVerbs.contains(token.foldedHash) {
                    let tagged = taggedClause(cue: index, sentence, analysis, speakers, inQuote: inQuote)
                    if !tagged.isEmpty {
                        found.append(contentsOf: tagged)
                        continue
                    }
                }
                var clauseStart = index + 1
                var complementizer: Int?  // "that" belongs to the reported clause
                // "told reporters that", "made it clear that".
                var lookahead = clauseStart
                let reach = speechVerbs.contains(token.foldedHash) ? 9 : 4
                // "asked (the campaigns) why they …", "wondered whether …": a reported question.
                let asks = questionVerbs.contains(token.foldedHash)
                // A `that` right after a preposition is a determiner (`said during that meeting …`).
                func complementizes(_ position: Int) -> Bool {
                    tokens[position].foldedHash == that && !Self.prepositions.contains(tokens[position - 1].foldedHash)
                        || asks && questionWords.contains(tokens[position].foldedHash)
                }
                // A verb of belief or learning takes its "that" next to it, past an adverb or an
                // audience at most; after a noun "that" opens a relative clause on the noun ("the
                // think tank that published …", "learn with material that …").
                let addressesOnly = beliefVerbs.contains(token.foldedHash) || learnVerbs.contains(token.foldedHash)
                // "added a feature that …": a cue that is also an act, with an article after it, has a
                // thing for object, and the "that" after the thing opens a relative clause on it.
                let takesThing =
                    actionCues.contains(token.foldedHash) && index + 1 < sentence.tokens.upperBound
                    && Lexicon.articles.contains(tokens[index + 1].foldedHash)
                    || Self.isRelativeThat(afterCue: index, analysis)
                while lookahead < min(clauseStart + reach, sentence.tokens.upperBound),
                    tokens[lookahead].kind == .word || tokens[lookahead].kind == .possessive
                        // "asked 40 nurses whether …": the count of those asked.
                        || asks && tokens[lookahead].kind == .number
                        // "told example.com that …": a full stop inside a word joins it.
                        || Self.isInnerStop(lookahead, analysis)
                        // "told NBC's "Morning Desk" that …": a programme's title in marks.
                        || speechVerbs.contains(token.foldedHash) && isInQuotedTitle(lookahead, analysis, inQuote),
                    !complementizes(lookahead),
                    !addressesOnly || audiences.contains(tokens[lookahead].foldedHash)
                        || tokens[lookahead].foldedHash == clear || tokens[lookahead].foldedHash == FoldedWord.it
                        || inMention[lookahead],
                    // "said the club could return with a new plan": a finite verb shows the
                    // clause began without "that"; a later "that" is inside it.
                    !finiteAuxiliaries.contains(tokens[lookahead].foldedHash)
                {
                    lookahead += 1
                }
                // "said — on its website — that …": past an aside to its "that".
                let aside =
                    lookahead == clauseStart && speechVerbs.contains(token.foldedHash)
                    ? thatAfterAside(from: clauseStart, sentence, analysis, inQuote) : nil
                if let aside { lookahead = aside }
                if let start = asClauseAfterParticle(index, sentence, analysis) {
                    clauseStart = start
                } else if !takesThing, lookahead < sentence.tokens.upperBound, complementizes(lookahead),
                    lookahead - clauseStart < reach || aside != nil
                {
                    complementizer = lookahead
                    clauseStart = lookahead + 1
                    // "said that, if elected, she would …".
                    if analysis.isCharacter(clauseStart, ",") { clauseStart += 1 }
                } else if !speechVerbs.contains(token.foldedHash)
                    || nounLikeCues.contains(token.foldedHash),
                    !((beliefVerbs.contains(token.foldedHash)
                        || participleCues.contains(token.foldedHash))
                        && clauseStart < sentence.tokens.upperBound
                        && pronouns.contains(tokens[clauseStart].foldedHash)),
                    !opensBareClause(
                        at: clauseStart, sentence, analysis,
                        anyNoun: participleCues.contains(token.foldedHash) && analysis.isCharacter(index - 1, ",")),
                    !opensSmallClause(cue: index, at: clauseStart, sentence, analysis, speakers)
                {
                    continue  // "claim", "show" need their "that", a pronoun subject or a finite verb
                } else if tellVerbs.contains(token.foldedHash) {
                    // "told reporters it would not": the audience is not the clause.
                    while clauseStart < min(index + 5, sentence.tokens.upperBound),
                        audiences.contains(tokens[clauseStart].foldedHash)
                            || speakers.mentionStartingAt[clauseStart] != nil
                    {
                        clauseStart = speakers.mentionStartingAt[clauseStart]?.tokens.upperBound ?? clauseStart + 1
                    }
                    // "told the radio station, the ferry would …": a comma closes the audience.
                    if let comma = audienceComma(after: index, sentence, analysis) { clauseStart = comma + 1 }
                    if let start = clauseAfterSetting(clauseStart, sentence, analysis) { clauseStart = start }
                }
                // "As the study noted, CLAUSE": an "as" clause's verb reports the clause after its comma.
                if complementizer == nil, clauseStart == index + 1, clauseStart + 1 < sentence.tokens.upperBound,
                    analysis.isCharacter(clauseStart, ","), opensAsClause(before: index, sentence, analysis)
                {
                    clauseStart += 1
                }
                guard clauseStart < sentence.tokens.upperBound, inClause(clauseStart, analysis),
                    !inQuote[clauseStart]
                else { continue }
                // Without "that", a passive or a cue that is also an act ("add", "claim") reports
                // only a clause with its own subject ("claimed we'd win", "added how it went"):
                // "sugar is added to the dough" and "the team claimed the title" say nothing; a
                // question asked ("was asked about the plan") is reported all the same.
                if complementizer == nil, passive && !asks || actionCues.contains(token.foldedHash),
                    !pronouns.contains(tokens[clauseStart].foldedHash),
                    !(actionCues.contains(token.foldedHash)
                        && (writerAndReader.contains(tokens[clauseStart].foldedHash)
                            || questionWords.contains(tokens[clauseStart].foldedHash))),
                    !opensBareClause(at: clauseStart, sentence, analysis),
                    !Self.opensProposition(at: clauseStart, sentence, analysis)
                {
                    continue
                }
                // "…, said Ann Vance, a senior official …": a name and its comma after the verb
                // is an inverted tag's speaker, not what was said.
                // A verb with its subject before it (`Officials say Ann Vance, the …, held …`) has
                // no speaker after it.
                let inverted =
                    index == sentence.tokens.lowerBound
                    || tokens[index - 1].kind != .word
                        && tokens[index - 1].kind != .possessive
                if complementizer == nil, inverted, let name = speakers.mentionStartingAt[clauseStart],
                    name.label == .person,
                    name.tokens.upperBound >= sentence.tokens.upperBound
                        || tokens[name.tokens.upperBound].kind == .punctuation
                {
                    continue
                }
                // "said nothing about the plan": an indefinite pronoun before a preposition is the object.
                if complementizer == nil, speechVerbs.contains(token.foldedHash),
                    Self.indefiniteObjects.contains(tokens[clauseStart].foldedHash),
                    clauseStart + 1 >= sentence.tokens.upperBound || tokens[clauseStart + 1].kind != .word
                        || Self.prepositions.contains(tokens[clauseStart + 1].foldedHash)
                {
                    continue
                }
                let content = (complementizer ?? clauseStart)..<contentEnd(of: sentence, from: clauseStart, analysis)
                guard content.count >= 3 else { continue }
                // "asked 137 engineers", "asks 2,000 voters": a count of people asked is a survey's
                // sample, not what was said.
                if complementizer == nil, asks, tokens[content.lowerBound].kind == .number { continue }
                // "asks you a series of questions", "wrote me a long letter": a pronoun and then an
                // article is someone given a thing, not a clause; a clause's subject takes its verb next.
                if complementizer == nil, content.lowerBound + 1 < content.upperBound,
                    Self.givenTo.contains(tokens[content.lowerBound].foldedHash),
                    Self.givenThings.contains(tokens[content.lowerBound + 1].foldedHash)
                {
                    continue
                }
                // A clause that is only a quotation is the quotation's, not reported speech; after
                // "that" (`says on its website that "…"`) the quotation is what the clause reports.
                if opensQuotation.contains(clauseStart), complementizer == nil,
                    unquotedWords(content, inQuote, analysis) < 2
                {
                    continue
                }
                let speaker =
                    passive
                    ? nil
                    : reportingSubject(of: index, sentence, analysis, speakers)
                        ?? speakers.nounPhrase(
                            in: sentence.tokens.lowerBound..<verbPhraseStart(index, sentence, analysis))
                        ?? speakers.clauseSubject(before: verbPhraseStart(index, sentence, analysis), within: sentence)
                guard passive || speaker != nil else { continue }
                found.append(
                    Attribution(
                        content: content, kind: kind(content, inQuote), cue: index..<index + 1, speaker: speaker))
            }
        }
        return found
    }
}
