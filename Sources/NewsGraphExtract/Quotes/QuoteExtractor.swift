import NewsGraphCore

/// Finds direct quotations and reported speech and attributes each to a speaker.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// A quote in byte offsets, before conversion to the record's code points.
    public struct Finding: Sendable, Equatable {
        public var content: Range<Int>
        public var kind: Quote.Kind
        public var cue: String?
        /// The speaker phrase as written, and its byte range.
        public var speakerText: String?
        public var speakerRange: Range<Int>?
        /// Resolved name and entity key (a pronoun resolved to its antecedent).
        public var speakerName: String?
        public var speakerEntity: String?
    }

    /// Internal form while pronouns are resolved in text order.
    private struct Attribution {
        var content: Range<Int>  // tokens
        var kind: Quote.Kind
        var cue: Range<Int>?
        var speaker: SpeakerFinder.Speaker?
    }

    public func extract(_ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]) -> [Finding] {
        let speakers = SpeakerFinder(analysis: analysis, mentions: mentions)
        let quotations = QuotationFinder(analysis: analysis).find().filter { isQuote($0, analysis) }
        var inQuote = [Bool](repeating: false, count: analysis.tokens.count)
        for quotation in quotations { for index in quotation.open...quotation.close { inQuote[index] = true } }

        var attributions: [Attribution] = []
        var usedCues = Set<Int>()
        var previous: (quotation: QuotationFinder.Quotation, speaker: SpeakerFinder.Speaker?, cue: Range<Int>?)?
        for quotation in quotations {
            var (speaker, cue) = attributeDirect(quotation, analysis, speakers)
            if speaker == nil, let previous, previous.speaker != nil,
                quotation.open - previous.quotation.close <= 8,
                analysis.sentenceOfToken[quotation.open] - analysis.sentenceOfToken[previous.quotation.close] <= 1
            {
                // "…," said X, "…": the second part has the first part's speaker.
                speaker = previous.speaker
                cue = previous.cue
            }
            if let cue { usedCues.formUnion(cue) }
            attributions.append(Attribution(content: quotation.content, kind: .direct, cue: cue, speaker: speaker))
            previous = (quotation, speaker, cue)
        }
        attributions += reportedSpeech(analysis, speakers, inQuote: inQuote, usedCues: usedCues)
        attributions.sort { $0.content.lowerBound < $1.content.lowerBound }
        return resolve(attributions, analysis, mentions: mentions)
    }

    /// Scare quotes and titles are not quotations: a real quote has several words and reads
    /// like speech rather than a capitalised name.
    private func isQuote(_ quotation: QuotationFinder.Quotation, _ analysis: TextAnalysis) -> Bool {
        let words = quotation.content.filter { analysis.tokens[$0].kind == .word }
        if words.count < 4 { return false }
        let capitalised = words.filter { analysis.tokens[$0].isCapitalized }.count
        return !(words.count <= 8 && capitalised == words.count)
    }

    // MARK: Direct quotations

    private func attributeDirect(
        _ quotation: QuotationFinder.Quotation, _ analysis: TextAnalysis, _ speakers: SpeakerFinder
    ) -> (SpeakerFinder.Speaker?, Range<Int>?) {
        let tokens = analysis.tokens
        let afterSentence = analysis.sentences[
            Int(analysis.sentenceOfToken[min(quotation.close + 1, tokens.count - 1)])]
        // After the quotation: `"…," Kahl said` / `"…," said Kahl` / `"…" — Kahl`.
        var position = quotation.close + 1
        if position < tokens.count, tokens[position].newlinesBefore == 0 {
            while position < tokens.count, analysis.isCharacter(position, ",") { position += 1 }
            if position < tokens.count, tokens[position].kind == .dash,
                let speaker = speakers.speaker(startingAt: position + 1, within: afterSentence)
            {
                return (speaker, nil)
            }
            if position < tokens.count, Lexicon.speechVerbs.contains(tokens[position].foldedHash) {
                return (speakers.speaker(startingAt: position + 1, within: afterSentence), position..<position + 1)
            }
            for verb in position..<min(position + 8, tokens.count)
            where tokens[verb].newlinesBefore == 0 || verb == position {
                if Lexicon.speechVerbs.contains(tokens[verb].foldedHash) {
                    if let speaker = speakers.speaker(before: verb, within: afterSentence),
                        speaker.tokens.lowerBound >= position
                    {
                        return (speaker, verb..<verb + 1)
                    }
                    break
                }
                if tokens[verb].kind == .punctuation && !analysis.isCharacter(verb, ",") { break }
            }
        }
        // Before it: `Sherman added, "…"` / `Kahl said: "…"` / `X told reporters: "…"`.
        if quotation.open > 0 {
            let beforeSentence = analysis.sentences[Int(analysis.sentenceOfToken[quotation.open - 1])]
            var verb = quotation.open - 1
            if analysis.isCharacter(verb, ",") || analysis.isCharacter(verb, ":") { verb -= 1 }
            let lowest = max(beforeSentence.tokens.lowerBound, verb - 5)
            var candidate = verb
            while candidate >= lowest, tokens[candidate + 1].newlinesBefore == 0 || candidate == verb {
                if Lexicon.speechVerbs.contains(tokens[candidate].foldedHash) {
                    if let speaker = speakers.speaker(before: candidate, within: beforeSentence) {
                        return (speaker, candidate..<candidate + 1)
                    }
                    if let speaker = speakers.speaker(startingAt: candidate + 1, within: beforeSentence) {
                        return (speaker, candidate..<candidate + 1)  // `said Kahl: "…"`
                    }
                    break
                }
                candidate -= 1
            }
        }
        return (nil, nil)
    }

    // MARK: Reported speech

    private func reportedSpeech(
        _ analysis: TextAnalysis, _ speakers: SpeakerFinder, inQuote: [Bool], usedCues: Set<Int>
    ) -> [Attribution] {
        let tokens = analysis.tokens
        var found: [Attribution] = []
        let according = TokenHash.foldedHash("according")
        let to = TokenHash.foldedHash("to")
        let that = TokenHash.foldedHash("that")
        let clear = TokenHash.foldedHash("clear")
        for sentence in analysis.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                let token = tokens[index]
                guard token.kind == .word, !inQuote[index], !usedCues.contains(index) else { continue }
                // "According to X, CLAUSE" and "CLAUSE, according to X."
                if token.foldedHash == according, index + 1 < sentence.tokens.upperBound,
                    tokens[index + 1].foldedHash == to
                {
                    guard let speaker = speakers.speaker(startingAt: index + 2, within: sentence) else { continue }
                    var clauseStart = speaker.tokens.upperBound
                    while clauseStart < sentence.tokens.upperBound,
                        tokens[clauseStart].kind != .word || !inClause(clauseStart, analysis)
                    {
                        if analysis.isCharacter(clauseStart, ",") {
                            clauseStart += 1
                            break
                        }
                        clauseStart += 1
                    }
                    var content = clauseStart..<contentEnd(of: sentence, from: clauseStart, analysis)
                    if index > sentence.tokens.lowerBound + 2 && content.count < 3 {
                        content = sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, index - 1)
                    }
                    guard content.count >= 3 else { continue }
                    found.append(
                        Attribution(
                            content: content, kind: kind(content, inQuote), cue: index..<index + 2, speaker: speaker))
                    continue
                }
                let isClarityCue =
                    Lexicon.clarityVerbs.contains(token.foldedHash)
                    && (1...2).contains { offset in
                        index + offset < sentence.tokens.upperBound && tokens[index + offset].foldedHash == clear
                    }
                guard Lexicon.reportingVerbs.contains(token.foldedHash) || isClarityCue else { continue }
                var clauseStart = index + 1
                // "told reporters that", "made it clear that".
                var lookahead = clauseStart
                while lookahead < min(clauseStart + 4, sentence.tokens.upperBound), tokens[lookahead].kind == .word,
                    tokens[lookahead].foldedHash != that
                {
                    lookahead += 1
                }
                if lookahead < sentence.tokens.upperBound, tokens[lookahead].foldedHash == that,
                    lookahead - clauseStart <= 3
                {
                    clauseStart = lookahead + 1
                } else if !Lexicon.speechVerbs.contains(token.foldedHash) {
                    continue  // "claim", "believe" need their "that" here
                }
                guard clauseStart < sentence.tokens.upperBound, inClause(clauseStart, analysis),
                    !inQuote[clauseStart]
                        || kindIsMixedStart(clauseStart, analysis)
                else { continue }
                let content = clauseStart..<contentEnd(of: sentence, from: clauseStart, analysis)
                guard content.count >= 3 else { continue }
                let speaker =
                    speakers.speaker(before: index, within: sentence)
                    ?? speakers.subject(of: sentence, before: index)
                guard let speaker else { continue }
                found.append(
                    Attribution(
                        content: content, kind: kind(content, inQuote), cue: index..<index + 1, speaker: speaker))
            }
        }
        return found
    }

    /// A clause can start here: a word, a number or an opening mark, not punctuation.
    private func inClause(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        switch analysis.tokens[index].kind {
        case .word, .number, .openingQuote, .straightQuote: true
        default: false
        }
    }

    private func kindIsMixedStart(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        analysis.tokens[index].kind == .openingQuote || analysis.tokens[index].kind == .straightQuote
    }

    private func kind(_ content: Range<Int>, _ inQuote: [Bool]) -> Quote.Kind {
        content.contains { inQuote[$0] } ? .mixed : .indirect
    }

    /// The reported clause ends with its sentence, or before ", but …" and a second cue.
    private func contentEnd(of sentence: Sentence, from start: Int, _ analysis: TextAnalysis) -> Int {
        var end = sentence.tokens.upperBound
        while end > start,
            analysis.tokens[end - 1].kind == .punctuation || analysis.tokens[end - 1].kind == .closingQuote
                || analysis.tokens[end - 1].kind == .straightQuote
        {
            end -= 1
        }
        let but = TokenHash.foldedHash("but")
        for index in start..<end
        where analysis.isCharacter(index, ",") && index + 1 < end && analysis.tokens[index + 1].foldedHash == but {
            let tail = index + 2..<min(index + 6, end)
            if tail.contains(where: { Lexicon.reportingVerbs.contains(analysis.tokens[$0].foldedHash) }) {
                return index
            }
        }
        return end
    }

    // MARK: Resolution

    private func resolve(
        _ attributions: [Attribution], _ analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]
    ) -> [Finding] {
        var lastPerson: EntityRecognizer.Mention?
        var lastSpeaker: EntityRecognizer.Mention?
        var findings: [Finding] = []
        var mentionIndex = 0
        for attribution in attributions {
            // People mentioned up to here are antecedents too.
            let position = attribution.speaker?.tokens.lowerBound ?? attribution.content.lowerBound
            while mentionIndex < mentions.count, mentions[mentionIndex].tokens.lowerBound < position {
                if mentions[mentionIndex].label == .person { lastPerson = mentions[mentionIndex] }
                mentionIndex += 1
            }
            var finding = Finding(
                content: byteRange(attribution.content, analysis), kind: attribution.kind,
                cue: attribution.cue.map { analysis.string(tokens: $0) }
            )
            if let speaker = attribution.speaker {
                finding.speakerText = analysis.string(tokens: speaker.tokens)
                finding.speakerRange = byteRange(speaker.tokens, analysis)
                if let mention = speaker.mention {
                    finding.speakerName = mention.canonical
                    finding.speakerEntity = mention.entity
                    lastSpeaker = mention
                    if mention.label == .person { lastPerson = mention }
                } else if speaker.isPronoun {
                    let pronoun = analysis.tokens[speaker.tokens.lowerBound].foldedHash
                    let antecedent =
                        Lexicon.personalPronouns.contains(pronoun)
                        ? (lastSpeaker?.label == .person ? lastSpeaker : lastPerson)
                        : pronoun == TokenHash.foldedHash("it")
                            ? (lastSpeaker?.label != .person ? lastSpeaker : nil) : nil
                    finding.speakerName = antecedent?.canonical ?? finding.speakerText
                    finding.speakerEntity = antecedent?.entity
                } else {
                    finding.speakerName = finding.speakerText
                }
            }
            findings.append(finding)
        }
        return findings
    }

    private func byteRange(_ tokens: Range<Int>, _ analysis: TextAnalysis) -> Range<Int> {
        Int(analysis.tokens[tokens.lowerBound].start)..<Int(analysis.tokens[tokens.upperBound - 1].end)
    }
}
