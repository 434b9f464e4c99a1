import NewsGraphCore

/// Finds name candidates in one document: gazetteer matches, title + name, given name +
/// surname, organisation suffixes and prefixes, and capitalised sequences with their context.
struct NameFinder {
    let analysis: TextAnalysis
    let gazetteer: Gazetteer
    /// Tokens already taken by dates and amounts.
    let taken: [Bool]
    var capsSentences: [Bool]
    /// Sentences that are title-case lines without a full stop: headings, menu items, labels.
    var headingSentences: [Bool]
    /// "the", read once: `compassPlace` asks it of every token that is not a name.
    let theHash = FoldedWord.the
    /// The word lists, read once per document: each `static let` read costs a `swift_once`
    /// call, and the rules read them for every name word.
    let words = WordLists.shared
    /// Ordinary words that are nobody's name, read once per document.
    let commonWords = CommonWords.shared
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
        let headingWords = ContextCues.headingFunctionWords
        headingSentences = analysis.sentences.map { Self.isHeading($0.tokens, analysis, functionWords: headingWords) }
        var table: [Gazetteer.Match] = []
        var offsets = [Int32](repeating: 0, count: analysis.tokens.count + 1)
        for index in analysis.tokens.indices {
            // The rules ask only where a name can start: a capitalised word, or any word of
            // an ALL-CAPS line.
            let token = analysis.tokens[index]
            if token.kind == .word {
                let ignoringCase = capsSentences[Int(analysis.sentenceOfToken[index])]
                if token.isCapitalized || ignoringCase || isCamelCase(index) {
                    gazetteer.appendMatches(in: analysis.tokens, at: index, ignoringCase: ignoringCase, to: &table)
                }
                if token.isAllCaps && !ignoringCase && token.length >= 3 {
                    // `RAFAEL VANCE` in running text: a given name in capitals still leads a person.
                    let known = table.count
                    gazetteer.appendMatches(in: analysis.tokens, at: index, ignoringCase: true, limit: 1, to: &table)
                    var kept = known
                    for position in known..<table.count where table[position].category == .givenName {
                        table[kept] = table[position]
                        kept += 1
                    }
                    table.removeLast(table.count - kept)
                }
            }
            offsets[index + 1] = Int32(table.count)
        }
        matchTable = table
        matchOffsets = offsets
    }

    var tokens: [Token] { analysis.tokens }

    func isCapsLine(_ index: Int) -> Bool { capsSentences[Int(analysis.sentenceOfToken[index])] }

    /// A word that can be part of a name here.
    func isNameWord(_ index: Int) -> Bool {
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
    func bestMatch(at index: Int) -> Gazetteer.Match? {
        guard isNameWord(index) || isCamelCase(index) else { return nil }
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

    func has(_ category: GazetteerCategory, at index: Int, length: Int = 1) -> Bool {
        for position in matchRange(at: index) where matchTable[position].length == length {
            if matchTable[position].category == category { return true }
        }
        return false
    }

    func isTitle(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        for position in matchRange(at: index) where matchTable[position].category == .title {
            return matchTable[position].length
        }
        return nil
    }

    func find() -> [NameCandidate] {
        var candidates = findInText()
        for index in candidates.indices
        where headingSentences[Int(analysis.sentenceOfToken[candidates[index].tokens.lowerBound])] {
            candidates[index].isInHeading = true
        }
        return candidates
    }

    private func findInText() -> [NameCandidate] {
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
                } else if tokens[index].hash != tokens[index].foldedHash, let brand = camelCaseName(at: index) {
                    // Only a word with a capital inside hashes apart from its folded form.
                    candidates.append(brand)
                    index += 1
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
            if let road = roadCode(at: index) {
                candidates.append(road)
                index = road.tokens.upperBound
                continue
            }
            if let code = letterCode(at: index) {
                candidates.append(code)
                index = code.tokens.upperBound
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
                    if label == .org || label == .product, !isGivenLed, !afterTitle,
                        let product = longerProduct(from: index, after: index + match.length, known: label)
                    {
                        candidates.append(product)
                        index = product.tokens.upperBound
                        continue
                    }
                    if label == .org, !isGivenLed, !afterTitle,
                        let product = makerProduct(from: index, after: index + match.length)
                    {
                        candidates.append(product)
                        index = product.tokens.upperBound
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
                        let range = index..<index + match.length
                        candidates.append(
                            NameCandidate(
                                tokens: range, label: label == .norp && isLanguageSlot(range) ? .language : label,
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

    private func classify(_ run: Range<Int>, afterTitle: Bool) -> NameCandidate? {
        var start = run.lowerBound
        let initial = analysis.isSentenceInitial(start)
        if run.count > 1, words.leadingDeterminers.contains(tokens[start].hash) { start += 1 }
        // "As Putin continues": a capitalised function word that opens a sentence is not part of
        // the name after it.
        // `Striker Tom Vale scored`: a role capitalised only to open the sentence is not part of
        // the name of two or more words after it.
        while initial, start + 1 < run.upperBound,
            words.sentenceWords.contains(tokens[start].foldedHash)
                || words.sentenceOpeners.contains(tokens[start].foldedHash)
                || run.upperBound - start >= 3 && words.personRoles.contains(tokens[start].foldedHash)
        {
            start += 1
        }
        // `I'm Tomas Vellner`: the pronoun `I` is never part of a name; after `I'm` a name is the
        // writer's or speaker's own.
        var isIntroduced = false
        while start + 1 < run.upperBound, words.firstPerson.contains(tokens[start].foldedHash),
            !tokens[start + 1].isAttached
        {
            isIntroduced =
                words.selfIntroductions.contains(tokens[start].foldedHash)
                && !headingSentences[Int(analysis.sentenceOfToken[start])]
            start += 1
        }
        let tokens = start..<run.upperBound
        if tokens.count == 1 && !afterTitle,
            words.sentenceWords.contains(self.tokens[start].foldedHash)
                || initial && words.sentenceOpeners.contains(self.tokens[start].foldedHash)
        {
            return nil
        }
        if tokens.count == 1 && words.neverNames.contains(self.tokens[start].foldedHash) { return nil }
        // `ledger.LoadLedger(`, `net.OpenPort`: a brand-shaped word in code is an identifier.
        if tokens.count == 1, analysis.isBrandWord(start), isIdentifier(start) { return nil }
        // `SELECT`, `CLICK HERE`: ordinary words in capitals outside a line of capitals are code or
        // emphasis; the gazetteer's acronyms never reach this rule.
        if tokens.count <= 2, !isCapsLine(start),
            tokens.allSatisfy({ self.tokens[$0].isAllCaps && self.tokens[$0].length > 1 }),
            tokens.allSatisfy({ commonWords.contains(self.tokens[$0].foldedHash) })
        {
            return nil
        }
        if tokens.count == 1 && words.commonAcronyms.contains(self.tokens[start].hash) { return nil }
        if tokens.count == 1 && isPluralAcronym(start) { return nil }
        if tokens.allSatisfy({ words.postNominals.contains(self.tokens[$0].hash) }) { return nil }
        // `Senators will vote`: a plural role noun, capitalised for respect, names no one.
        if tokens.count == 1, words.roleNouns.contains(self.tokens[start].foldedHash),
            analysis.text[Int(self.tokens[start].end) - 1] == UInt8(ascii: "s")
        {
            return nil
        }
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
        } else if let label = kindCue(of: tokens, before: previous, after: next) {
            // `starred in Grand Harbour`: the context outranks the head word.
            candidate.label = label
            candidate.evidence = .pattern
        } else if tokens.count <= 2,
            isRegionAfterPlace(before: previous, after: next) || isTownBeforeRegion(after: next)
        {
            // Anchored by a known place beside it, so it holds in a heading line too.
            candidate.label = .gpe
            candidate.evidence = .pattern
        } else if tokens.count >= 2 && has(.organisationSuffix, at: last)
            || has(.organisationPrefix, at: start, length: 2)
        {
            candidate.label = .org
            candidate.evidence = .pattern
        } else if tokens.count >= 3, let label = innerHeadLabel(of: tokens) {
            // `Stella Museum of Fine Art`: a head word before `of` names the whole, whoever leads it.
            candidate.label = label
            candidate.evidence = .pattern
        } else if tokens.count >= 2, let label = headLabel(of: last, ledBy: nil) ?? leaderLabel(of: start) {
            candidate.label = label
            candidate.evidence = .pattern
        } else if tokens.contains(where: { analysis.isCharacter($0, "&") }) {
            // `Delivery & Refunds`: ordinary words joined by `&` head a section, not a firm.
            if isOrdinaryPhrase(tokens) { return nil }
            candidate.label = .org
            candidate.evidence = .pattern
        } else if tokens.count >= 2, isInitial(start), !self.tokens[last].isAllCaps || capsLine {
            // `M. Waugh`, `J.R. Smith`: initials before a capitalised word.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if afterTitle && !(tokens.count == 1 && headLabel(of: start, ledBy: nil) != nil) {
            // `Shah Mosque`: a title before a head word alone names a place, not a person.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if tokens.contains(where: { analysis.isBrandWord($0) }) {
            // `LedgerLoop`: a brand's spelling; a body, never a place or a person. Followed by
            // words of a product line (`LedgerLoop Cloud Sync`) it names the brand's product,
            // as a known company's name does.
            // After `at`, `of` or `for` it is the firm someone works at or heads (`at LedgerLoop Dental`).
            let isProduct =
                tokens.count >= 2 && analysis.isBrandWord(start) && !isPluralWord(last)
                && (start + 1..<tokens.upperBound).allSatisfy { isProductLineWord($0) }
                && !(previous >= 0 && words.organisationPrepositions.contains(self.tokens[previous].foldedHash))
            let software = isProduct ? nil : softwareBrandLabel(tokens, after: next)
            candidate.label = isProduct || software == .product ? .product : .org
            candidate.evidence = software == .org ? .pattern : .shape
        } else if tokens.count >= 2 && has(.givenName, at: start) && !followsArticle(tokens)
            && (!self.tokens[last].isAllCaps || self.tokens[start].isAllCaps && !capsLine)
        {
            candidate.label = .person
            candidate.evidence = .pattern
        } else if tokens.count >= 2, tokens.count <= 4, isBracketedPlace(at: next) {
            // `Noureddine Morceli (Algeria)`: a person and the country they represent.
            candidate.label = .person
            candidate.evidence = .pattern
        } else if let label = cueLabel(before: previous, after: next) {
            candidate.label = label
            candidate.evidence = label == .person ? .pattern : .context
        } else if isIntroduced, tokens.count <= 3 {
            candidate.label = .person
            candidate.evidence = .context
        } else if isPlaceOf(previous), tokens.count <= 2, !analysis.isAbstractNoun(last) {
            // `the town of Arden said`: the place is the speaker's, not a speaker.
            candidate.label = .gpe
            candidate.evidence = .context
        } else if next < self.tokens.count, words.speechVerbs.contains(self.tokens[next].foldedHash),
            tokens.count <= 3, !followsArticle(tokens)
        {
            // `X said` makes a person, but `the X said` a body or a paper: a name takes no article.
            candidate.label = .person
            candidate.evidence = .context
        } else if tokens.count == 1, !initial, has(.givenName, at: start), !self.tokens[start].isAllCaps {
            // A given name alone, mid-sentence (`Jerome`), is most often the person.
            candidate.label = .person
            candidate.evidence = .context
        } else if tokens.count == 1, self.tokens[start].isAllCaps, !capsLine, self.tokens[start].length <= 6 {
            // `an HVAC unit`, `your SEO plan`: an acronym after an article or a possessive is a
            // common noun; one the gazetteer does not know is a name only without them.
            if previous >= 0, words.commonNounDeterminers.contains(self.tokens[previous].foldedHash) { return nil }
            if isUnitOrCode(start) { return nil }
            // Most acronyms in today's text are terms (`KPI`, `MTU`, `ETA`), not bodies: one the
            // gazetteer does not know is an organisation only when the document says so, by
            // spelling it out in capitals or by a label given to it elsewhere.
            candidate.evidence = .none
        } else if previous >= 0, words.placeOnlyPrepositions.contains(self.tokens[previous].foldedHash),
            !self.tokens[previous].isCapitalized, tokens.count <= 2, !analysis.isAbstractNoun(last),
            start == run.lowerBound || initial
        {
            // `in The Quiet Year`: a capitalised article inside a sentence opens a title, not a place.
            candidate.label = .gpe
            candidate.evidence = .context
        } else if tokens.count >= 2 && !capsLine {
            candidate.evidence = .shape
        }
        if capsLine && candidate.evidence < .pattern { candidate.evidence = .none }
        // `Velo GT2`, `Arden X3 Pro`: a model code (letters and digits in one word) among
        // capitalised words names a product, whatever the words before it.
        if tokens.count >= 2, !capsLine, candidate.evidence < .pattern,
            tokens.contains(where: { analysis.isModelCode($0, anyCase: true) })
        {
            candidate.label = .product
            candidate.evidence = .pattern
        }
        if !capsLine, candidate.evidence < .pattern {
            if let number = versionNumber(after: tokens) {
                candidate.tokens = tokens.lowerBound..<number + 1
                candidate.label = .product
                candidate.evidence = .pattern
            } else if isProductSlot(tokens, before: previous, after: next) {
                candidate.label = .product
                candidate.evidence = .pattern
            }
        }
        // `visit our Help Centre`: ordinary words after a possessive determiner name a part of the
        // page or the writer's own thing, not a body.
        if candidate.evidence < .gazetteer, previous >= 0, self.tokens[previous].kind == .word,
            words.possessiveDeterminers.contains(self.tokens[previous].foldedHash), isOwnedPhrase(candidate.tokens)
        {
            return nil
        }
        // `Total Monthly Savings`, `Shipping Tips`: capitalised ordinary words that no rule labels
        // are a heading's or a term's, not a name.
        if candidate.evidence < .pattern, candidate.label == nil || candidate.label == .person,
            isOrdinaryPhrase(candidate.tokens)
        {
            return nil
        }
        return candidate
    }
}
