import NewsGraphCore

/// Where a capitalised run of words ends: the connectors, initials and particles a name may
/// hold, apart from the gazetteer look-ups and the classifying step.
extension NameFinder {
    /// The longest run of name words from `start`, with particles and joining hyphens.
    func nameRun(from start: Int, afterTitle: Bool) -> Range<Int> {
        let personLed = afterTitle || has(.givenName, at: start)
        let institutionLed = isForeignStyleLeader(start)
        var end = start + 1
        // `of` or `for` has linked a head word to more capitalised words (`Department of Parks`).
        var isLinked = false
        var isOrganisation = has(.organisationPrefix, at: start, length: 2) || has(.organisationSuffix, at: start)
        if has(.organisationSuffix, at: start) && !has(.organisationPrefix, at: start, length: 2) {
            isOrganisation = false
        }
        while end < tokens.count {
            let token = tokens[end]
            if token.newlinesBefore > 0 { break }
            if token.kind == .hyphen, isNameWord(end + 1), tokens[end + 1].isAttached {
                // Iran-Russia is two names; Jean-Pierre is one, and so is a known word with an
                // unknown one (`Arden-Watcher`): a name does not end inside a hyphenated word.
                if isEntity(at: end + 1) || isEntity(at: end - 1) && !isHyphenContinued(end - 1) { break }
                end += 2
                continue
            }
            if token.kind == .hyphen, isNameSyllable(afterHyphen: end, runLength: end - start) {
                end += 2
                continue
            }
            if isNameWord(end) {
                // `ARDEN VS. BELMAR`: `vs.` or `versus` compares what stands on its two sides; a
                // name before it ends there, capitalised or not.
                if words.versusWords.contains(token.foldedHash) { break }
                // `variable Q. It holds`: a function word after an initial opens the next sentence,
                // and the letter before it ended the last one: it is no initial of a name.
                if isInitial(end - 1), words.sentenceWords.contains(token.foldedHash) {
                    if end - 1 > start, tokens[end - 2].kind != .hyphen { end -= 1 }
                    break
                }
                // `Mira Ardelt FRS`: letters after a person's name are honours, not more name.
                if personLed || end - start >= 2, words.postNominals.contains(token.hash) { break }
                // `Tarvo GPUs`, `Velmar APIs`: an acronym made plural at the end of the capitals is a
                // common noun for a kind of thing, which the name before it modifies.
                if isPluralAcronym(end), !isNameWord(end + 1) || tokens[end + 1].newlinesBefore > 0 { break }
                // `Fondazione Arvel`: a known name right after such a leading word is the rest of its name.
                let leaderOnly = institutionLed && (start + 1..<end).allSatisfy { !tokens[$0].isCapitalized }
                // `Mount Ardia`, `Lake Velm`: a known place right after a word for a lake, a mountain,
                // a cape, a fort or a port is the rest of that one place's name.
                let placeLed =
                    end == start + 1
                    && (words.naturalPlaceLeaders.contains(tokens[start].hash)
                        || words.settlementLeaders.contains(tokens[start].hash))
                if !personLed, !leaderOnly, let match = bestMatch(at: end), case .entity(let label) = match.category,
                    !isOrganisation, !(placeLed && (label == .gpe || label == .loc))
                {
                    break
                }
                if isTitle(at: end) != nil && !has(.organisationSuffix, at: end) { break }
                end += 1
                // `Linguistic Society of Ardia`: a connector after the suffix goes on with the name.
                let connects =
                    end + 1 < tokens.count && words.organisationConnectors.contains(tokens[end].hash)
                    && isNameWord(end + 1) || isOfTheName(end) && isBuildingHead(end - 1)
                // `Arden Co-op`: a lower-case syllable hyphened to the suffix is part of that word.
                if has(.organisationSuffix, at: end - 1) && end - start >= 2 && !isNameWord(end) && !connects
                    && !(end < tokens.count && tokens[end].kind == .hyphen
                        && isNameSyllable(afterHyphen: end, runLength: end - start))
                {
                    break
                }
                continue
            }
            // `Abd al-Karim`: a particle joined by a hyphen to the next name word.
            if token.kind == .word, !token.isCapitalized, words.nameParticles.contains(token.hash),
                end + 2 < tokens.count, tokens[end + 1].kind == .hyphen, tokens[end + 1].isAttached,
                isNameWord(end + 2), tokens[end + 2].isAttached
            {
                end += 3
                continue
            }
            // `Jean Rond d'Alembert`: an elided particle written into the surname ends a person's name.
            if personLed, token.kind == .word, !token.isCapitalized, isElidedParticleName(end) {
                end += 1
                break
            }
            // `Museo del Mar`, `Musée d'Art Ancien`, `Museum für Glas`: a name opened by a word for
            // a museum in another language keeps that language's particles between its words.
            if institutionLed, token.kind == .word, !token.isCapitalized,
                isElidedParticleName(end)
                    || Self.institutionParticles.contains(token.hash) && (isNameWord(end + 1) || isParticlePair(end))
            {
                end += isParticlePair(end) ? 2 : 1
                continue
            }
            // `Institute of the Open Sea`: `of the` after an institution's or a building's head
            // word goes on with the name, as `of` does; after a firm's or a government's word it
            // most often names the body's country, not more of its name.
            if isOfTheName(end), isBuildingHead(end - 1) {
                isOrganisation = true
                isLinked = true
                end += 2
                continue
            }
            // `Mara van der Holt`, `Museo de la Sal`: two lower-case particles before a capitalised
            // word go on with a person's name, or with a body's after its head word.
            if token.kind == .word, !token.isCapitalized, isParticlePair(end),
                personLed || institutionLed || has(.organisationSuffix, at: end - 1)
                    || has(.organisationPrefix, at: end - 1, length: 2)
            {
                end += 2
                continue
            }
            // `Department of Parks and Recreation`, `Strength and Balance Society`: `and` inside a
            // body's name (`NameFinder+AndNames`).
            if token.kind == .word, !token.isCapitalized, token.foldedHash == FoldedWord.and,
                isLinked ? continuesLinkedName(atAnd: end) : joinsPlainWordsToBody(atAnd: end, from: start)
            {
                isOrganisation = true
                end += 1
                continue
            }
            if token.kind == .word, !token.isCapitalized, isNameWord(end + 1) {
                if words.nameParticles.contains(token.hash) && personLed {
                    end += 1
                    continue
                }
                // `Velmar Library of Maps`: `of` after a building's head word goes on with the name.
                if words.organisationConnectors.contains(token.hash)
                    && (has(.organisationSuffix, at: end - 1) || has(.organisationPrefix, at: end - 1, length: 2)
                        || token.foldedHash == words.ofWord && words.facilityHeads.contains(tokens[end - 1].hash))
                {
                    isOrganisation = true
                    isLinked = isLinked || token.foldedHash != FoldedWord.and
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
        // `Society for General…` cut at a title: a connector left at the end is not part of it.
        while end - start > 1, !tokens[end - 1].isCapitalized,
            words.organisationConnectors.contains(tokens[end - 1].hash) || analysis.isCharacter(end - 1, "&")
                || tokens[end - 1].foldedHash == theHash
        {
            end -= 1
        }
        return start..<end
    }

    /// Whether two lower-case particles on one line stand at `index` before a capitalised word
    /// (`van der`, `de la`), as names in several languages join them.
    func isParticlePair(_ index: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized,
            tokens[index + 1].newlinesBefore == 0, tokens[index + 2].newlinesBefore == 0,
            words.nameParticles.contains(tokens[index].hash), words.nameParticles.contains(tokens[index + 1].hash)
        else { return false }
        return isNameWord(index + 2)
    }

    /// Particles of French, Spanish, Italian, Portuguese and German institutions' names.
    static let institutionParticles = WordSet.hashes([
        "de", "des", "du", "di", "del", "della", "da", "do", "dos", "das", "für", "der",
    ])

    /// `University`, `Museum`, `Library`: a word that heads the name of an institution or a building.
    func isBuildingHead(_ index: Int) -> Bool {
        ContextCues.institutionHeads.contains(tokens[index].hash) || words.facilityHeads.contains(tokens[index].hash)
    }

    /// Whether `of the` at `index` leads a capitalised word on its line (`of the Open Sea`).
    func isOfTheName(_ index: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized,
            tokens[index].foldedHash == words.ofWord, tokens[index + 1].foldedHash == theHash,
            !tokens[index + 1].isCapitalized, tokens[index + 1].newlinesBefore == 0,
            tokens[index + 2].newlinesBefore == 0
        else { return false }
        return isNameWord(index + 2)
    }

    /// `d'Alembert`, `l’Ardoise`: a `d` or `l` with an apostrophe before a capital, one word.
    func isElidedParticleName(_ index: Int) -> Bool {
        let start = Int(tokens[index].start)
        let end = Int(tokens[index].end)
        guard end - start >= 4,
            analysis.text[start] | 0x20 == UInt8(ascii: "d") || analysis.text[start] | 0x20 == UInt8(ascii: "l")
        else { return false }
        var letter = start + 1
        if analysis.text[letter] == UInt8(ascii: "'") {
            letter += 1
        } else if end - start >= 6, analysis.text[letter] == 0xE2, analysis.text[letter + 1] == 0x80,
            analysis.text[letter + 2] == 0x99
        {
            letter += 3
        } else {
            return false
        }
        return analysis.text[letter] &- 0x41 < 26
    }

    /// Whether the word at `index` goes on, through an attached hyphen, into a capitalised word
    /// the gazetteer does not know (`Arden-Watcher`): then the two are one name, not a known name
    /// and a stray word (`Iran-Russia`, both known, stays two).
    func isHyphenContinued(_ index: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index + 1].kind == .hyphen, tokens[index + 1].isAttached,
            tokens[index + 2].isAttached, isNameWord(index + 2),
            !tokens[index + 2].isAllCaps || tokens[index + 2].length <= 1
        else { return false }
        return !isEntity(at: index + 2)
    }
}
