import NewsGraphCore

/// Finds direct quotations and reported speech and attributes each to a speaker.
package struct QuoteExtractor: Sendable {
    package init() {}

    /// A quote in byte offsets, before conversion to the record's code points.
    package struct Finding: Sendable, Equatable {
        package var content: Range<Int>
        package var kind: Quote.Kind
        package var cue: String?
        /// The speaker phrase as written, and its byte range.
        package var speakerText: String?
        package var speakerRange: Range<Int>?
        /// Resolved name and entity key (a pronoun resolved to its antecedent).
        package var speakerName: String?
        package var speakerEntity: String?
        /// Byte offset where the part of the same quotation before this one starts.
        package var continues: Int?
    }

    /// Internal form while pronouns are resolved in text order.
    struct Attribution {
        var content: Range<Int>  // tokens
        var kind: Quote.Kind
        var cue: Range<Int>?
        var speaker: SpeakerFinder.Speaker?
        /// First token of the earlier part of the same quotation (`Quote.continues`).
        var continues: Int? = nil
    }

    package func extract(_ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]) -> [Finding] {
        let speakers = SpeakerFinder(analysis: analysis, mentions: mentions)
        let attributor = DirectAttributor(analysis: analysis, speakers: speakers)
        let quotations = QuotationFinder(analysis: analysis).find()
        var inQuote = [Bool](repeating: false, count: analysis.tokens.count)
        var opensQuotation = Set<Int>()
        var direct: [(QuotationFinder.Quotation, DirectAttributor.Attribution?)] = []
        var usedCues = Set<Int>()
        for quotation in quotations {
            for piece in quotation.pieces { for index in piece { inQuote[index] = true } }
        }
        for quotation in quotations {
            // Quoted words never name the speaker of another quotation's tag (`"Many people …,"
            // X wrote, explaining why, "but …"`: not "Many people").
            let attribution = attributor.attribute(quotation).flatMap {
                inQuote[$0.speaker.tokens.lowerBound] ? nil : $0
            }
            guard isQuote(quotation, attributed: attribution != nil, analysis) else { continue }
            opensQuotation.insert(quotation.open)
            if let cue = attribution?.cue { usedCues.formUnion(cue) }
            direct.append((quotation, attribution))
        }
        // Outside quotation marks, "I" and "we" are the writer and "you" the reader (`we think
        // …`, `you may believe …`): their own statements, not a source's.
        let writerOrReader = QuoteLexicon.writerAndReader
        let writersOwn = QuoteLexicon.writersOwnWords
        let negative = QuoteLexicon.negativeSubjects
        let namedOnly = QuoteLexicon.namedStanceVerbs
        let please = Self.please
        let personal = Self.personalPronouns
        let shares = QuoteLexicon.quantifiers
        let candidates =
            reportedSpeech(analysis, speakers, inQuote: inQuote, opensQuotation: opensQuotation, usedCues: usedCues)
            + askedQuestions(analysis, inQuote: inQuote)
        let unnested = candidates.filter { attribution in
            if isSayingAdjunct(attribution, analysis) { return false }
            // Wishes, offers, preferences and support are a stance of someone named: "Acme
            // wants …", "she supports …", not "people want …" or "it supports two formats".
            // A share of those polled is named by its figure ("61% support …").
            if let cue = attribution.cue, namedOnly.contains(analysis.tokens[cue.lowerBound].foldedHash),
                attribution.speaker?.mention == nil,
                !(attribution.speaker.map {
                    personal.contains(analysis.tokens[$0.tokens.lowerBound].foldedHash)
                        || shares.contains(analysis.tokens[$0.tokens.upperBound - 1].foldedHash)
                        || analysis.isCharacter($0.tokens.upperBound - 1, "%")
                } ?? false)
            {
                return false
            }
            guard let speaker = attribution.speaker?.tokens, !inQuote[speaker.lowerBound] else { return true }
            let first = analysis.tokens[speaker.lowerBound].foldedHash
            // "The delay made us question …", "Please know that …": a phrase with the writer or the
            // reader in it, or a request to the reader, is no source either.
            if first == please || negative.contains(first) || Self.isNegated(speaker, analysis)
                || speaker.contains(where: { writerOrReader.contains(analysis.tokens[$0].foldedHash) })
            {
                return false
            }
            // "my claim that …" is the writer's; "my colleague said …" is someone else's. "This
            // suggests …" and "That explains why …" point back at the writer's own last words.
            return !writerOrReader.contains(first)
                && !(speaker.count == 1 && (writersOwn.contains(first) || Self.farDemonstratives.contains(first)))
        }
        // An impression inside a clause someone is reported to hold (`According to X, the book
        // appears to …`) is that source's, already reported with the clause: no second finding.
        let reported =
            handedToOwnTags(
                withoutNestedEvidentials(unnested, analysis), direct: direct, attributor, analysis)
            + openedClauses(direct, analysis)
        let mixed = reported.filter { $0.kind == .mixed }.map(\.content)
        let paragraphOf = Self.paragraphs(analysis)

        var attributions = reported
        attributions.sort { $0.content.lowerBound < $1.content.lowerBound }
        var previous: Attribution?
        var reportedIndex = 0
        var lastQuotation: (quotation: QuotationFinder.Quotation, attribution: DirectAttributor.Attribution?)?
        for (quotation, attribution) in direct {
            if mixed.contains(where: { $0.contains(quotation.content.lowerBound) }) { continue }
            while reportedIndex < attributions.count,
                attributions[reportedIndex].content.upperBound <= quotation.open
            {
                let candidate = attributions[reportedIndex]
                if candidate.speaker != nil, let cue = candidate.cue,
                    QuoteLexicon.quoteVerbs.contains(analysis.tokens[cue.lowerBound].foldedHash)
                {
                    previous = candidate
                }
                reportedIndex += 1
            }
            var speaker = attribution?.speaker
            var cue = attribution?.cue
            if speaker == nil {
                // A quotation with no words of attribution continues the last speaker of its
                // paragraph or of the paragraph before: `"…," said X. "…"` and quote paragraphs.
                // `"…," said X, "…"`: after a comma, the tag between two quotations of one
                // sentence serves both.
                var continues = false
                if let previous, previous.speaker != nil {
                    continues =
                        isStandalone(quotation, analysis)
                        && paragraphOf[quotation.open] - paragraphOf[previous.content.upperBound - 1] <= 1
                        || resumes(quotation, after: previous, analysis)
                }
                // `Vance agrees and adds a warning: "…"`: a colon hands the quotation to the
                // person its sentence is about, not to the last speaker; with nobody speaking
                // before, only words enough for a claim, not a term (`his title: "fixer"`).
                let words = quotation.content.count { analysis.tokens[$0].kind == .word }
                if let lead = colonLead(quotation, analysis, speakers), continues || words > 2 {
                    speaker = lead
                    cue = nil
                } else {
                    guard continues, let previous else { continue }
                    speaker = sentenceLead(quotation, after: previous, analysis, speakers) ?? previous.speaker
                    cue = previous.cue
                }
            }
            // The parts of one quotation, cut by its tag or by paragraphs, each name the one before.
            var earlier =
                lastQuotation.flatMap { last in
                    Self.isCutByTag(last.quotation, tag: last.attribution, then: quotation, attribution, analysis)
                        ? last.quotation.pieces[last.quotation.pieces.count - 1].lowerBound : nil
                }
            for piece in quotation.pieces {
                let found = Attribution(
                    content: piece, kind: .direct, cue: cue, speaker: speaker, continues: earlier)
                attributions.append(found)
                previous = found
                earlier = piece.lowerBound
            }
            lastQuotation = (quotation, attribution)
        }
        // `dubbed the bird "x"`: a name given in marks is no one's statement.
        attributions.removeAll {
            givesAName($0, analysis) || reportsNoOne($0, analysis) || citesNoOne($0, analysis)
                || showsThroughImages($0, analysis)
        }
        attributions = Self.once(attributions)
        return sourced(attributions, resolve(attributions, analysis, mentions: mentions, inQuote: inQuote), analysis)
    }

    // MARK: Resolution

    /// One finding per attribution, with the named entity that speaks (the antecedent of a pronoun).
    private func resolve(
        _ attributions: [Attribution], _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention],
        inQuote: [Bool]
    ) -> [(finding: Finding, source: EntityRecognizer.Mention?)] {
        func isQuotationMark(_ kind: Token.Kind) -> Bool {
            switch kind {
            case .openingQuote, .closingQuote, .straightQuote: true
            default: false
            }
        }
        // People named so far, the latest last: "he" and "she" pass over a name of the other gender.
        var people: [EntityRecognizer.Mention] = []
        let genders = PersonGender(analysis: analysis, mentions: mentions)
        var lastSpeaker: EntityRecognizer.Mention?
        var lastSpeakerAt = -1
        var lastOrganisation: EntityRecognizer.Mention?
        // A name the entity stage missed ("…, Vance said"), for a pronoun with no person before it.
        var lastUnrecognisedName: String?
        var lastUnrecognisedAt = -1
        // The last definite writing that spoke unowned (`says the study`), for an "it" right after.
        var lastWriting: (name: String, at: Int)?
        let personal = Self.personalPronouns
        var findings: [(finding: Finding, source: EntityRecognizer.Mention?)] = []
        var mentionIndex = 0
        let paragraphOf = Self.paragraphs(analysis)
        for attribution in attributions {
            // People mentioned up to here are antecedents too.
            let position = attribution.speaker?.tokens.lowerBound ?? attribution.content.lowerBound
            while mentionIndex < mentions.count, mentions[mentionIndex].tokens.lowerBound < position {
                if mentions[mentionIndex].label == .person { people.append(mentions[mentionIndex]) }
                if mentions[mentionIndex].label == .org { lastOrganisation = mentions[mentionIndex] }
                mentionIndex += 1
            }
            var finding = Finding(
                content: byteRange(attribution.content, analysis), kind: attribution.kind,
                cue: attribution.cue.map { analysis.string(tokens: $0) },
                continues: attribution.continues.map { Int(analysis.tokens[$0].start) }
            )
            var source: EntityRecognizer.Mention?
            if let speaker = attribution.speaker.map({ mendedSpeaker($0, analysis) }) {
                finding.speakerText = analysis.string(tokens: speaker.tokens)
                finding.speakerRange = byteRange(speaker.tokens, analysis)
                if let mention = speaker.mention {
                    finding.speakerName =
                        speaker.tokens.lowerBound == mention.tokens.lowerBound
                            && speaker.tokens.upperBound > mention.tokens.upperBound
                        ? finding.speakerText : mention.canonical
                    finding.speakerEntity = mention.entity
                    source = mention
                    lastSpeaker = mention
                    lastSpeakerAt = speaker.tokens.lowerBound
                    if mention.label == .person { people.append(mention) }
                } else if speaker.isPronoun {
                    let pronoun = analysis.tokens[speaker.tokens.lowerBound].foldedHash
                    let wanted = PersonGender.of(pronoun: pronoun)
                    func fits(_ person: EntityRecognizer.Mention) -> Bool {
                        guard let wanted, let known = genders.gender(of: person) else { return true }
                        return known == wanted
                    }
                    let lastFitting = people.suffix(32).last(where: fits)
                    // An organisation named in this sentence or the one before is near enough.
                    let sentence = Int(analysis.sentenceOfToken[speaker.tokens.lowerBound])
                    let nearOrganisation = lastOrganisation.flatMap {
                        Int(analysis.sentenceOfToken[$0.tokens.lowerBound]) >= sentence - 1 ? $0 : nil
                    }
                    // The subject of the sentence before, named after the last speaker spoke, is
                    // who "he" or "she" now stands for: `Tom Vale, a professor, disagrees. "…," he said.`
                    // So is one that opens an earlier sentence of the pronoun's own paragraph, a
                    // few sentences back: the paragraph is about that person.
                    // Not when the pronoun's own sentence names someone before it.
                    let namedHere = people.last.map { Int(analysis.sentenceOfToken[$0.tokens.lowerBound]) == sentence }
                    let paragraph = paragraphOf[speaker.tokens.lowerBound]
                    // It opens its sentence, after a title at most, outside quotation marks, and is
                    // no modifier of a role (`Acme consultant Ann Vance`).
                    func opensSentence(_ person: EntityRecognizer.Mention) -> Bool {
                        let named = Int(analysis.sentenceOfToken[person.tokens.lowerBound])
                        let opening = analysis.sentences[named].tokens.lowerBound
                        let after = person.tokens.upperBound
                        // A role with a word or two before it (`Acme consultant Ann Vance`) is a title too.
                        let start = person.tokens.lowerBound
                        let titled =
                            start - opening <= 1
                            || start - opening <= 3
                                && QuoteLexicon.roleNouns.contains(analysis.tokens[start - 1].foldedHash)
                        return titled && !inQuote[person.tokens.lowerBound]
                            && !isQuotationMark(analysis.tokens[opening].kind)
                            && !(after < analysis.tokens.count
                                && QuoteLexicon.roleNouns.contains(analysis.tokens[after].foldedHash))
                    }
                    let subjectHere =
                        namedHere == true
                        ? sentenceSubject(
                            ofPronoun: speaker.tokens.lowerBound, analysis, people: people,
                            fits: { fits($0) && opensSentence($0) }) : nil
                    let introduced =
                        namedHere == true
                        ? subjectHere
                        : people.suffix(8).last { person in
                            let named = Int(analysis.sentenceOfToken[person.tokens.lowerBound])
                            guard person.tokens.lowerBound > lastSpeakerAt, person.entity != lastSpeaker?.entity,
                                fits(person),
                                named == sentence - 1
                                    || named < sentence && sentence - named <= 3
                                        && paragraphOf[person.tokens.lowerBound] == paragraph
                            else { return false }
                            return opensSentence(person)
                        }
                    let writingSpoke =
                        pronoun == FoldedWord.it
                        && lastWriting.map {
                            $0.at > lastSpeakerAt
                                && Int(analysis.sentenceOfToken[$0.at])
                                    >= Int(analysis.sentenceOfToken[speaker.tokens.lowerBound]) - 1
                        } == true
                    let fallback =
                        lastSpeaker.map { $0.label == .person && fits($0) } == true ? lastSpeaker : lastFitting
                    let opener =
                        personal.contains(pronoun)
                        ? openingClauseSubject(
                            ofPronoun: speaker.tokens.lowerBound, analysis, people: people, fits: fits) : nil
                    let antecedent =
                        personal.contains(pronoun)
                        ? opener ?? introduced
                            // A name the entity stage missed that spoke after both is the later
                            // speaker, so "he" or "she" is that one.
                            ?? (fallback.map { lastUnrecognisedAt > max(lastSpeakerAt, $0.tokens.lowerBound) } == true
                                ? nil : fallback)
                            // "it" speaks for the last organisation that spoke, else one just named;
                            // one named further back may be anything "it" stands for.
                        : pronoun == FoldedWord.it && !writingSpoke
                            ? (lastSpeaker.map { $0.label != .person } == true ? lastSpeaker : nearOrganisation) : nil
                    finding.speakerName =
                        antecedent?.canonical
                        ?? groupAntecedent(
                            ofPronoun: speaker.tokens.lowerBound, analysis, inQuote: inQuote, paragraphOf: paragraphOf)
                        ?? (personal.contains(pronoun) ? lastUnrecognisedName : nil)
                        ?? (writingSpoke ? lastWriting?.name : nil) ?? finding.speakerText
                    finding.speakerEntity = antecedent?.entity
                    source = antecedent
                    // A person a "he" or "she" was found to stand for by the text around it (the
                    // subject that opens a sentence before, or an opening clause) has now spoken, as if named.
                    if personal.contains(pronoun), let antecedent, antecedent.label == .person,
                        antecedent.tokens == (opener ?? introduced)?.tokens
                    {
                        lastSpeaker = antecedent
                        lastSpeakerAt = speaker.tokens.lowerBound
                    }
                } else if let named = surveyor(ofShare: speaker.tokens, analysis, mentions: mentions)
                    ?? owner(
                        of: speaker.tokens, analysis, mentions: mentions,
                        nearOrganisation: lastOrganisation.flatMap {
                            Int(analysis.sentenceOfToken[$0.tokens.lowerBound])
                                >= Int(analysis.sentenceOfToken[speaker.tokens.lowerBound]) - 1
                                && !Self.isTopic($0, ofTaggedQuote: attribution.content, speaker.tokens, analysis)
                                ? $0 : nil
                        },
                        earlierOrganisation: earlierOrganisation(
                            before: speaker.tokens, analysis, mentions: mentions, inQuote: inQuote,
                            paragraphOf: paragraphOf,
                            skips: { Self.isTopic($0, ofTaggedQuote: attribution.content, speaker.tokens, analysis) }))
                    ?? earlierMaker(of: speaker.tokens, analysis, mentions: mentions, inQuote: inQuote)
                {
                    // `the firm found`, `a study by X`: the organisation the phrase stands for;
                    // `48% said` after `according to X`: the one who asked; `the researchers`
                    // after `a team from X`: X.
                    finding.speakerName = named.canonical
                    finding.speakerEntity = named.entity
                    source = named
                } else if let person = Self.person(namedByOneWord: speaker.tokens, people: people, analysis)
                    ?? person(
                        namedByCraft: speaker.tokens, people: people, analysis, inQuote: inQuote,
                        paragraphOf: paragraphOf)
                {
                    finding.speakerName = person.canonical
                    finding.speakerEntity = person.entity
                    source = person
                    lastSpeaker = person
                    lastSpeakerAt = speaker.tokens.lowerBound
                } else {
                    finding.speakerName =
                        unrecognisedOwner(of: speaker.tokens, analysis)
                        ?? earlierWritingMaker(of: speaker.tokens, analysis, inQuote: inQuote, paragraphOf: paragraphOf)
                        ?? unrecognisedSurveyor(ofShare: speaker.tokens, analysis, mentions: mentions)
                        ?? earlierWriting(of: speaker.tokens, analysis, inQuote: inQuote)
                        ?? earlierSurvey(ofShare: speaker.tokens, analysis, inQuote: inQuote)
                        ?? finding.speakerText
                    if isDefiniteWriting(speaker.tokens, analysis), let name = finding.speakerName {
                        lastWriting = (name, speaker.tokens.lowerBound)
                    }
                    if speaker.tokens.allSatisfy({ analysis.tokens[$0].isCapitalized || analysis.isCharacter($0, ".") })
                    {
                        lastUnrecognisedName = finding.speakerText
                        lastUnrecognisedAt = speaker.tokens.lowerBound
                    }
                }
            }
            findings.append((finding, source))
        }
        return findings
    }

    private static let please = TokenHash.foldedHash("please")
    /// "That" and "those" alone as a subject point at facts just told, never at a speaker.
    private static let farDemonstratives = WordSet.folded(["that", "those"])

    /// The speaker's noun phrase opens with a word naming no one: `no` in `no major company`.
    private static func isNegated(_ speaker: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        var position = speaker.lowerBound - 1
        while position >= 0, speaker.lowerBound - position <= 3, analysis.tokens[position].kind == .word {
            let hash = analysis.tokens[position].foldedHash
            if QuoteLexicon.negativeSubjects.contains(hash) { return true }
            if Lexicon.determiners.contains(hash) { return false }
            position -= 1
        }
        return false
    }

    /// Pronouns of one person, subject or possessive ("his claim that …").
    private static let personalPronouns = WordSet.folded(["he", "she", "his", "her"])

    private func byteRange(_ tokens: Range<Int>, _ analysis: TextAnalysis) -> Range<Int> {
        Int(analysis.tokens[tokens.lowerBound].start)..<Int(analysis.tokens[tokens.upperBound - 1].end)
    }
}
