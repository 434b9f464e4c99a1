import NewsGraphCore

/// The scan over one document: which rule claims each word, in order; the capitalised runs no
/// rule claimed go to `classify` (`NameFinder+Classify.swift`). Kept apart from the state and
/// gazetteer look-ups in `NameFinder.swift` so each file reads as one step; the rules it calls
/// live in the other `NameFinder+` files.
extension NameFinder {
    func find() -> [NameCandidate] {
        var candidates = findInText()
        dropCredentials(&candidates)
        splitRoles(&candidates)
        joinMakers(&candidates)
        languageLists(&candidates)
        wholeQuotedTitles(&candidates)
        pairedNames(&candidates)
        // A museum that acts is the institution, whichever rule found its name.
        for index in candidates.indices where candidates[index].label == .fac && !candidates[index].isInCapsLine {
            let name = candidates[index].tokens
            if isActingMuseum(name, before: name.lowerBound - 1, after: name.upperBound) {
                candidates[index].label = .org
            }
        }
        for index in candidates.indices
        where
            (headingSentences[Int(analysis.sentenceOfToken[candidates[index].tokens.lowerBound])]
            || isInLineLabel(candidates[index].tokens)) && !endsInLegalForm(candidates[index].tokens)
            && !isPlaceLedInstitution(candidates[index].tokens)
        {
            candidates[index].isInHeading = true
        }
        return candidates
    }

    private func findInText() -> [NameCandidate] {
        var candidates: [NameCandidate] = []
        var index = 0
        var titleEnd = -1  // a title just ended here: the next name is a person
        var isListTitle = false  // the title was plural: every name of the list after it is a person
        while index < tokens.count {
            if index > titleEnd + 1 && !(index == titleEnd + 2 && analysis.isCharacter(titleEnd + 1, ",")) {
                titleEnd = -1
                isListTitle = false
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
            // `Chair` ending a heading, `If you…` opening the next line: a title names the person
            // after it in its own sentence only.
            let afterTitle = titleEnd >= 0 && !analysis.isSentenceInitial(index)
            if words.leadingDeterminers.contains(tokens[index].hash), compassPeople(at: index + 1) != nil {
                index += 1
                continue
            }
            // `North American Orchard Growers Association`: a people or place named with a point of
            // the compass opens a longer name that ends in a head word, as a known name does.
            if !afterTitle, let people = compassPeople(at: index), let label = people.label,
                let headed = headedName(from: index, after: people.tokens.upperBound, led: label)
            {
                candidates.append(headed)
                index = headed.tokens.upperBound
                continue
            }
            // Shapes that are one name whatever the gazetteer says: a road, a letter code, a
            // people named by a point of the compass, a site's domain, an ordinal before a known
            // event (tried in that order).
            if let shaped = roadCode(at: index) ?? letterCode(at: index) ?? compassPeople(at: index)
                ?? siteName(at: index) ?? ordinalEvent(at: index)
            {
                candidates.append(shaped)
                index = shaped.tokens.upperBound
                continue
            }
            // `Arden-Watcher`: a known word that a hyphen joins to an unknown one is part of a longer
            // name; the run takes both and keeps the known word's label if nothing else gives one.
            var hyphenLed: EntityLabel?
            if let match = bestMatch(at: index), case .entity(let label) = match.category,
                isHyphenContinued(index + match.length - 1)
            {
                hyphenLed = label
            }
            if hyphenLed == nil, let match = bestMatch(at: index) {
                switch match.category {
                case .entity(let label):
                    // `a Dutch oven`, `French bread`: a nationality that opens a common noun of two
                    // words tells the kind of thing; the two words name nothing.
                    if label == .norp, match.length == 1, index + 1 < tokens.count, tokens[index + 1].kind == .word,
                        tokens[index + 1].newlinesBefore == 0,
                        nationalityCompounds.contains(
                            NationalityCompounds.key(tokens[index].foldedHash, tokens[index + 1].foldedHash))
                    {
                        index += 2
                        continue
                    }
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
                    if label == .org, !isGivenLed, !afterTitle,
                        let division = makerDivision(from: index, after: index + match.length)
                    {
                        candidates.append(division)
                        index = division.tokens.upperBound
                        continue
                    }
                    if label == .org, !isGivenLed, !afterTitle,
                        let unit = acronymUnit(from: index, after: index + match.length)
                    {
                        candidates.append(unit)
                        index = unit.tokens.upperBound
                        continue
                    }
                    if label == .gpe || label == .loc, isOwnedThing(before: index - 1, after: index + match.length) {
                        index += match.length
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
                    if label == .gpe || label == .loc, !isGivenLed, !afterTitle {
                        let range = index..<index + match.length
                        if isInsideLongerName(range) {
                            index += match.length
                            continue
                        }
                        if isCompanyBranch(range, country: gazetteer.entry(of: match).canonical, after: candidates)
                            || isInstitutionPlace(range, after: candidates)
                        {
                            candidates[candidates.count - 1].tokens =
                                candidates[candidates.count - 1].tokens.lowerBound..<range.upperBound
                            candidates[candidates.count - 1].canonical = nil
                            index += match.length
                            continue
                        }
                    }
                    if !isGivenLed && !(afterTitle && label != .person) {
                        let range = index..<index + match.length
                        let title = titleLabel(of: range, known: label)
                        candidates.append(
                            NameCandidate(
                                tokens: range,
                                label: title ?? (label == .norp && isLanguageSlot(range) ? .language : label),
                                canonical: title == nil ? gazetteer.entry(of: match).canonical : nil,
                                evidence: title == nil ? .gazetteer : .pattern,
                                isSentenceInitial: analysis.isSentenceInitial(index),
                                isInCapsLine: isCapsLine(index)
                            )
                        )
                        index += match.length
                        continue
                    }
                case .title:
                    // `Madam Speaker, …`, `Thank you, Mr. President.`: a title after a term of
                    // address, with no name after it, is the person addressed.
                    if index > 0, words.addressTerms.contains(tokens[index - 1].foldedHash),
                        tokens[index].newlinesBefore == 0, !isNameWord(index + match.length)
                    {
                        let range = index..<index + match.length
                        candidates.append(
                            NameCandidate(
                                tokens: range, label: .person, canonical: analysis.string(tokens: range),
                                evidence: .pattern, isSentenceInitial: false))
                        index += match.length
                        continue
                    }
                    // "Secretary of State" alone is a title; a name must follow for a person.
                    titleEnd = index + match.length - 1
                    index += match.length
                    continue
                default:
                    break
                }
            }
            if isPluralTitle(at: index) {
                titleEnd = index
                isListTitle = true
                index += 1
                continue
            }
            let run = nameRun(from: index, afterTitle: afterTitle)
            if var candidate = classify(run, afterTitle: afterTitle) {
                if let hyphenLed, candidate.label == nil {
                    candidate.label = hyphenLed
                    candidate.evidence = max(candidate.evidence, .shape)
                }
                candidates.append(candidate)
            }
            index = run.upperBound
            titleEnd = -1
            if isListTitle, let next = nextNameOfList(after: run.upperBound) {
                titleEnd = next - 1
            } else {
                isListTitle = false
            }
        }
        return candidates
    }
}
