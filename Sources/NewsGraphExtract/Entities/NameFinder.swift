import NewsGraphCore

/// Finds name candidates in one document: gazetteer matches, title + name, given name +
/// surname, organisation suffixes and prefixes, and capitalised sequences with their context.
struct NameFinder {
    let analysis: TextAnalysis
    let gazetteer: Gazetteer
    /// Tokens already taken by dates and amounts.
    let taken: [Bool]
    private var capsSentences: [Bool]
    /// "the", read once: `compassPlace` asks it of every token that is not a name.
    private let theHash = FoldedWord.the
    /// The word lists, read once per document: each `static let` read costs a `swift_once`
    /// call, and the rules read them for every name word.
    private let words = WordLists.shared
    /// Gazetteer matches of every token, flat: token `i` has `matchOffsets[i]..<matchOffsets[i + 1]`.
    private var matchTable: [Gazetteer.Match] = []
    private var matchOffsets: [Int32] = []

    init(analysis: TextAnalysis, gazetteer: Gazetteer, taken: [Bool]) {
        self.analysis = analysis
        self.gazetteer = gazetteer
        self.taken = taken
        capsSentences = analysis.sentences.map { sentence in
            var words = 0
            var caps = 0
            for index in sentence.tokens where analysis.tokens[index].kind == .word {
                words += 1
                if analysis.tokens[index].isAllCaps { caps += 1 }
            }
            // A short line of capitals on its own (a dateline: `LONDON 1996-08-30`) counts too.
            let isOwnLine =
                analysis.tokens[sentence.tokens.lowerBound].newlinesBefore > 0 || sentence.tokens.lowerBound == 0
            return words >= 3 ? caps * 10 >= words * 6 : words > 0 && caps == words && isOwnLine
        }
        var table: [Gazetteer.Match] = []
        var offsets = [Int32](repeating: 0, count: analysis.tokens.count + 1)
        for index in analysis.tokens.indices {
            // The rules ask only where a name can start: a capitalised word, or any word of
            // an ALL-CAPS line.
            let token = analysis.tokens[index]
            if token.kind == .word {
                let ignoringCase = capsSentences[Int(analysis.sentenceOfToken[index])]
                if token.isCapitalized || ignoringCase {
                    gazetteer.appendMatches(in: analysis.tokens, at: index, ignoringCase: ignoringCase, to: &table)
                }
            }
            offsets[index + 1] = Int32(table.count)
        }
        matchTable = table
        matchOffsets = offsets
    }

    private var tokens: [Token] { analysis.tokens }

    private func isCapsLine(_ index: Int) -> Bool { capsSentences[Int(analysis.sentenceOfToken[index])] }

    /// A word that can be part of a name here.
    private func isNameWord(_ index: Int) -> Bool {
        guard index < tokens.count, !taken[index] else { return false }
        let token = tokens[index]
        guard token.kind == .word else { return false }
        return token.isCapitalized || (token.isAllCaps && isCapsLine(index))
    }

    private func categoryRank(_ category: GazetteerCategory) -> Int {
        switch category {
        case .entity: 5
        case .title: 4
        case .organisationPrefix: 3
        case .organisationSuffix: 2
        case .givenName: 1
        }
    }

    /// The best gazetteer match at `index`: longest, then by category.
    private func bestMatch(at index: Int) -> Gazetteer.Match? {
        guard isNameWord(index) else { return nil }
        var best: Gazetteer.Match?
        for position in matchRange(at: index) {
            let match = matchTable[position]
            if let current = best,
                (match.length, categoryRank(match.category)) <= (current.length, categoryRank(current.category))
            {
                continue
            }
            best = match
        }
        // Every token of a match must be free, and a match may not end inside a hyphenated word.
        guard let best, (index..<index + best.length).allSatisfy({ !taken[$0] }) else { return nil }
        return best
    }

    /// Where the gazetteer matches starting at `index` are in `matchTable`: looked up once per
    /// document (the rules ask the same token many times), read by position so no slice of the
    /// table is made (and retained) per question.
    private func matchRange(at index: Int) -> Range<Int> {
        guard index >= 0 && index + 1 < matchOffsets.count else { return 0..<0 }
        return Int(matchOffsets[index])..<Int(matchOffsets[index + 1])
    }

    private func has(_ category: GazetteerCategory, at index: Int, length: Int = 1) -> Bool {
        for position in matchRange(at: index) where matchTable[position].length == length {
            if matchTable[position].category == category { return true }
        }
        return false
    }

    private func isTitle(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        for position in matchRange(at: index) where matchTable[position].category == .title {
            return matchTable[position].length
        }
        return nil
    }

    func find() -> [NameCandidate] {
        var candidates: [NameCandidate] = []
        var index = 0
        var titleEnd = -1  // a title just ended here: the next name is a person
        while index < tokens.count {
            if index > titleEnd + 1 && !(index == titleEnd + 2 && analysis.isCharacter(titleEnd + 1, ",")) {
                titleEnd = -1
            }
            guard isNameWord(index) else {
                // "the" first, here: most tokens are not names, and the call costs more than the test.
                if tokens[index].foldedHash == theHash, let west = compassPlace(at: index) {
                    candidates.append(west)
                    index = west.tokens.upperBound
                } else {
                    index += 1
                }
                continue
            }
            let afterTitle = titleEnd >= 0
            if words.leadingDeterminers.contains(tokens[index].hash), compassPeople(at: index + 1) != nil {
                index += 1
                continue
            }
            if let people = compassPeople(at: index) {
                candidates.append(people)
                index = people.tokens.upperBound
                continue
            }
            if let match = bestMatch(at: index) {
                switch match.category {
                case .entity(let label):
                    let isGivenLed =
                        has(.givenName, at: index) && isNameWord(index + match.length)
                        && bestMatch(at: index + match.length) == nil
                    if !isGivenLed && !(afterTitle && label != .person),
                        let headed = headedName(from: index, after: index + match.length, led: label)
                    {
                        candidates.append(headed)
                        index = headed.tokens.upperBound
                        continue
                    }
                    if label == .gpe, isTeamSlot(before: index - 1, after: index + match.length),
                        !GazetteerLoader.countries.contains(gazetteer.entry(of: match).canonical)
                    {
                        // A city in a results table or `X beat Y` is its club; a country stays a place.
                        candidates.append(
                            NameCandidate(
                                tokens: index..<index + match.length, label: .org, canonical: nil,
                                evidence: .pattern, isSentenceInitial: analysis.isSentenceInitial(index)))
                        index += match.length
                        continue
                    }
                    if !isGivenLed && !(afterTitle && label != .person) {
                        candidates.append(
                            NameCandidate(
                                tokens: index..<index + match.length, label: label,
                                canonical: gazetteer.entry(of: match).canonical,
                                evidence: .gazetteer, isSentenceInitial: analysis.isSentenceInitial(index),
                                isInCapsLine: isCapsLine(index)
                            )
                        )
                        index += match.length
                        continue
                    }
                case .title:
                    // "Secretary of State" alone is a title; a name must follow for a person.
                    titleEnd = index + match.length - 1
                    index += match.length
                    continue
                default:
                    break
                }
            }
            let run = nameRun(from: index, afterTitle: afterTitle)
            if let candidate = classify(run, afterTitle: afterTitle) { candidates.append(candidate) }
            index = run.upperBound
            titleEnd = -1
        }
        return candidates
    }

    /// "the West", "the East": a place by convention when not followed by another name.
    private func compassPlace(at index: Int) -> NameCandidate? {
        guard index + 1 < tokens.count, tokens[index].foldedHash == theHash,
            words.compassWords.contains(tokens[index + 1].hash), !isNameWord(index + 2),
            !taken[index + 1]
        else { return nil }
        return NameCandidate(
            tokens: index..<index + 2, label: .loc, canonical: "the " + analysis.string(index + 1),
            evidence: .pattern, isSentenceInitial: false)
    }

    /// The longest run of name words from `start`, with particles and joining hyphens.
    private func nameRun(from start: Int, afterTitle: Bool) -> Range<Int> {
        let personLed = afterTitle || has(.givenName, at: start)
        var end = start + 1
        var isOrganisation = has(.organisationPrefix, at: start, length: 2) || has(.organisationSuffix, at: start)
        if has(.organisationSuffix, at: start) && !has(.organisationPrefix, at: start, length: 2) {
            isOrganisation = false
        }
        while end < tokens.count {
            let token = tokens[end]
            if token.newlinesBefore > 0 { break }
            if token.kind == .hyphen, isNameWord(end + 1), tokens[end + 1].isAttached {
                // Iran-Russia is two names; Jean-Pierre is one.
                if isEntity(at: end - 1) || isEntity(at: end + 1) { break }
                end += 2
                continue
            }
            if isNameWord(end) {
                if !personLed, let match = bestMatch(at: end), case .entity = match.category, !isOrganisation {
                    break
                }
                if isTitle(at: end) != nil && !has(.organisationSuffix, at: end) { break }
                end += 1
                if has(.organisationSuffix, at: end - 1) && end - start >= 2 && !isNameWord(end) { break }
                continue
            }
            if token.kind == .word, !token.isCapitalized, isNameWord(end + 1) {
                if words.nameParticles.contains(token.hash) && personLed {
                    end += 1
                    continue
                }
                if words.organisationConnectors.contains(token.hash)
                    && (has(.organisationSuffix, at: end - 1) || has(.organisationPrefix, at: end - 1, length: 2))
                {
                    isOrganisation = true
                    end += 1
                    continue
                }
            }
            if analysis.isCharacter(end, "&"), isNameWord(end + 1) {
                isOrganisation = true
                end += 1
                continue
            }
            break
        }
        return start..<end
    }

    private func classify(_ run: Range<Int>, afterTitle: Bool) -> NameCandidate? {
        var start = run.lowerBound
        let initial = analysis.isSentenceInitial(start)
        if run.count > 1, words.leadingDeterminers.contains(tokens[start].hash) { start += 1 }
        // "As Putin continues": a capitalised function word that opens a sentence is not part of
        // the name after it.
        while initial, start + 1 < run.upperBound, words.sentenceWords.contains(tokens[start].foldedHash) {
            start += 1
        }
        let tokens = start..<run.upperBound
        if tokens.count == 1 && words.sentenceWords.contains(self.tokens[start].foldedHash) && !afterTitle {
            return nil
        }
        if tokens.count == 1 && words.neverNames.contains(self.tokens[start].foldedHash) { return nil }
        if tokens.count == 1, initial,
            words.commonSubjects.contains(self.tokens[start].foldedHash)
                || words.roleNouns.contains(self.tokens[start].foldedHash)
        {
            return nil
        }
        let capsLine = isCapsLine(start)
        var candidate = NameCandidate(
            tokens: tokens, label: nil, canonical: nil, evidence: .none,
            isSentenceInitial: initial, isInCapsLine: capsLine)
        let last = tokens.upperBound - 1
        let next = tokens.upperBound
        let previous = run.lowerBound - 1
        if isDateline(tokens) {
            candidate.label = .gpe
            candidate.evidence = .pattern
        } else if tokens.count >= 2 && has(.organisationSuffix, at: last)
            || has(.organisationPrefix, at: start, length: 2)
        {
            candidate.label = .org
            candidate.evidence = .pattern
        } else if tokens.count >= 2, let label = headLabel(of: last, ledBy: nil) {
            candidate.label = label
            candidate.evidence = .pattern
        } else if tokens.contains(where: { analysis.isCharacter($0, "&") }) {
            candidate.label = .org
            candidate.evidence = .pattern
        } else if tokens.count >= 2, isInitial(start), !self.tokens[last].isAllCaps || capsLine {
            // `M. Waugh`, `J.R. Smith`: initials before a capitalised word.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if afterTitle {
            candidate.label = .person
            candidate.evidence = .pattern
        } else if tokens.count >= 2 && has(.givenName, at: start) && !self.tokens[last].isAllCaps {
            candidate.label = .person
            candidate.evidence = .pattern
        } else if tokens.count >= 2, tokens.count <= 4, isBracketedPlace(at: next) {
            // `Noureddine Morceli (Algeria)`: a person and the country they represent.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if let label = cueLabel(before: previous, after: next) {
            candidate.label = label
            candidate.evidence = label == .person ? .pattern : .context
        } else if next < self.tokens.count, words.speechVerbs.contains(self.tokens[next].foldedHash),
            tokens.count <= 3
        {
            candidate.label = .person
            candidate.evidence = .context
        } else if tokens.count == 1, self.tokens[start].isAllCaps, !capsLine, self.tokens[start].length <= 6 {
            candidate.label = .org
            candidate.evidence = .shape
        } else if previous >= 0, words.placePrepositions.contains(self.tokens[previous].foldedHash),
            !self.tokens[previous].isCapitalized, tokens.count <= 2
        {
            candidate.label = .gpe
            candidate.evidence = .context
        } else if tokens.count >= 2 && !capsLine {
            candidate.evidence = .shape
        }
        if capsLine && candidate.evidence < .pattern { candidate.evidence = .none }
        return candidate
    }

    /// `LONDON 1996-08-30`, `WASHINGTON (Reuters) -`: capitals opening a line, then a date, an
    /// agency in brackets or a dash, name the place the story was filed from.
    private func isDateline(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard first == 0 || tokens[first].newlinesBefore > 0, range.count <= 3,
            range.allSatisfy({ tokens[$0].isAllCaps || tokens[$0].kind != .word }), range.upperBound < tokens.count
        else { return false }
        let next = tokens[range.upperBound]
        // In a headline (`CRICKET - LEICESTERSHIRE WIN`) the dash separates a topic, not a place.
        if next.kind == .dash || analysis.isCharacter(range.upperBound, "(") { return !isCapsLine(first) }
        return taken[range.upperBound] && next.kind == .number
    }

    /// The label the words around a name give it: `striker X` and `X, 45,` a person,
    /// `X-based` a place, `beat X` and `X drew` a team.
    private func cueLabel(before previous: Int, after next: Int) -> EntityLabel? {
        if previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
            words.personRoles.contains(tokens[previous].hash)
        {
            return .person
        }
        if analysis.isCharacter(next, ","), next + 2 < tokens.count, tokens[next + 1].kind == .number,
            tokens[next + 1].length <= 2, analysis.isCharacter(next + 2, ",") || analysis.isCharacter(next + 2, ".")
        {
            return .person
        }
        if next + 1 < tokens.count, tokens[next].kind == .hyphen,
            words.placeCompounds.contains(tokens[next + 1].foldedHash)
        {
            return .gpe
        }
        if isTeamSlot(before: previous, after: next) { return .org }
        if next < tokens.count, !tokens[next].isCapitalized,
            words.organisationHeads.contains(tokens[next].foldedHash)
        {
            return .org
        }
        return nil
    }

    /// What a name ending in `head` names: an event (`Cup`), a site (`Street`), a natural place
    /// (`River`), or with a place before it a team (`Norwich City`).
    private func headLabel(of head: Int, ledBy leader: EntityLabel?) -> EntityLabel? {
        let hash = tokens[head].hash
        if words.eventHeads.contains(hash) { return .event }
        if words.facilityHeads.contains(hash) { return .fac }
        if words.locationHeads.contains(hash) { return .loc }
        if leader == .gpe && words.teamHeads.contains(hash) { return .org }
        if leader != nil && has(.organisationSuffix, at: head) { return .org }
        return nil
    }

    /// A known name followed by capitalised words ending in a head word is one longer name:
    /// `Texas Open`, `UEFA Cup`, `Tokyo Stock Exchange`, `Norwich City`.
    private func headedName(from start: Int, after end: Int, led leader: EntityLabel) -> NameCandidate? {
        guard leader == .gpe || leader == .org || leader == .loc, !isCapsLine(start) else { return nil }
        var position = end
        while position < min(tokens.count, end + 3), tokens[position].newlinesBefore == 0,
            tokens[position].kind == .word, tokens[position].isCapitalized, !taken[position]
        {
            if let label = headLabel(of: position, ledBy: leader) {
                return NameCandidate(
                    tokens: start..<position + 1, label: label, canonical: nil, evidence: .pattern,
                    isSentenceInitial: analysis.isSentenceInitial(start))
            }
            if let match = bestMatch(at: position), case .entity = match.category { return nil }
            position += 1
        }
        return nil
    }

    /// `(Algeria)`, `(U.S.)`, `(RUS)`: a bracketed country or code right after a name.
    private func isBracketedPlace(at open: Int) -> Bool {
        guard analysis.isCharacter(open, "("), open + 2 < tokens.count else { return false }
        let inside = open + 1
        if analysis.isCharacter(inside + 1, ")"), tokens[inside].isAllCaps, tokens[inside].length <= 4 { return true }
        guard let match = bestMatch(at: inside), analysis.isCharacter(inside + match.length, ")"),
            case .entity(let label) = match.category
        else { return false }
        return label == .gpe || label == .norp
    }

    /// A side in a sports result: `Barnsley 3 Port Vale 1`, `Essex 372 and 119-5` at a line's
    /// start, `X beat Y`, `Y drew`.
    private func isTeamSlot(before previous: Int, after next: Int) -> Bool {
        if next < tokens.count, tokens[next].kind == .number, tokens[next].newlinesBefore == 0, !taken[next] {
            let opensLine = previous < 0 || tokens[previous + 1].newlinesBefore > 0
            let followsScore =
                previous >= 0 && tokens[previous].kind == .number && tokens[previous + 1].newlinesBefore == 0
            if opensLine || followsScore { return true }
        }
        if previous >= 0, words.resultVerbs.contains(tokens[previous].foldedHash) { return true }
        return next < tokens.count && words.resultVerbs.contains(tokens[next].foldedHash)
    }

    /// A gazetteer name (not a rule word such as a given name) starts at `index`.
    private func isEntity(at index: Int) -> Bool {
        guard let match = bestMatch(at: index), case .entity = match.category else { return false }
        return true
    }

    /// `M.` or `J.R.`: capital letters each followed by a period.
    private func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, token.length >= 2, token.length <= 4 else { return false }
        return analysis.text[Int(token.end) - 1] == UInt8(ascii: ".")
            && analysis.text[Int(token.start) + 1] == UInt8(ascii: ".")
    }

    /// `West Indian`, `South Korean`, `S. KOREAN`: a compass word before a nationality is one
    /// nationality, unless the gazetteer knows the pair already.
    private func compassPeople(at index: Int) -> NameCandidate? {
        guard index + 1 < tokens.count, words.compassAdjectives.contains(tokens[index].foldedHash),
            tokens[index + 1].newlinesBefore == 0, (bestMatch(at: index)?.length ?? 0) <= 1,
            let match = bestMatch(at: index + 1), match.category == .entity(.norp)
        else { return nil }
        let range = index..<index + 1 + match.length
        return NameCandidate(
            tokens: range, label: .norp, canonical: analysis.string(tokens: range), evidence: .gazetteer,
            isSentenceInitial: analysis.isSentenceInitial(index), isInCapsLine: isCapsLine(index))
    }
}
