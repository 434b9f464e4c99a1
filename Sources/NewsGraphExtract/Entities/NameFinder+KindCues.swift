import NewsGraphCore

/// Cues that give a name another kind than its first reading: a company's product line, a
/// maker before a brand's spelling, a price, and the words that keep a name from being a place.
extension NameFinder {
    /// `Velmar BrewMax`, `Arlo SnapCam`, `QLX BrewMax Duo`: a capitalised word (or an acronym of
    /// three letters or more that names no common thing) before a brand's spelling and the words
    /// of its product line is its maker and they name the product, unless the word is an
    /// ordinary one opening the sentence (`Using BrewMax`).
    func isMakerBeforeBrand(_ name: Range<Int>, sentenceInitial: Bool) -> Bool {
        guard name.count >= 2, !analysis.isBrandWord(name.lowerBound), analysis.isBrandWord(name.lowerBound + 1),
            !isPluralWord(name.lowerBound + 1),
            (name.lowerBound + 2..<name.upperBound).allSatisfy({ isProductLineWord($0) })
        else { return false }
        let maker = tokens[name.lowerBound]
        // `QLX BrewMax`: a maker in capitals, but not a common acronym (`AI OptiWash`: a kind).
        let isCommonAcronym =
            maker.length < 3 || words.commonAcronyms.contains(maker.hash) || technicalAcronyms.contains(maker.hash)
        if maker.isAllCaps, isCommonAcronym { return false }
        // An ordinary word before a brand and its line (`Extra BrewMax Duo`) is no maker anywhere.
        if name.count >= 3 || maker.isAllCaps, commonWords.contains(maker.foldedHash) { return false }
        return !(sentenceInitial && commonWords.contains(maker.foldedHash))
    }

    /// Participles that say a body vouches for a thing when a name is hyphened to them.
    private static let vouchingWords = WordSet.folded(["certified", "approved", "accredited", "endorsed"])

    /// `Velmar-certified dyes`: a name hyphened to `certified`, `approved` or `accredited` is the
    /// body that vouches for the thing (ORG); an acronym there may be the credential itself, as a
    /// professional's letters are (`QMP-certified consultants`), so it is left alone.
    func isCertifier(_ name: Range<Int>, after next: Int) -> Bool {
        guard !(name.count == 1 && tokens[name.lowerBound].isAllCaps), next + 1 < tokens.count,
            tokens[next].kind == .hyphen, tokens[next].isAttached,
            tokens[next + 1].isAttached, tokens[next + 1].kind == .word, !tokens[next + 1].isCapitalized
        else { return false }
        return Self.vouchingWords.contains(tokens[next + 1].foldedHash)
    }

    /// `in Quillmark format`, `in Brasko code`: a name before a noun of form or medium describes
    /// that noun, which is what the preposition before it governs; `in Episode #12`: a number
    /// sign after it numbers a part; `in C++`, `in F#`: signs joined to it name a programming
    /// language.
    func isModifier(before next: Int) -> Bool {
        guard next < tokens.count, tokens[next].newlinesBefore == 0 else { return false }
        if analysis.isCharacter(next, "#") || tokens[next].isAttached && analysis.isCharacter(next, "+") {
            return true
        }
        return tokens[next].kind == .word && !tokens[next].isCapitalized
            && words.formNouns.contains(tokens[next].foldedHash)
    }

    /// `in Velmar 4`, `in Table 2`: a number right after a name numbers an edition, a version or
    /// a part, which is no place.
    func isNumberedPart(before next: Int) -> Bool {
        next < tokens.count && tokens[next].newlinesBefore == 0 && tokens[next].kind == .number
    }

    /// `a shop in Marion`: a lone name right after a lower-case `in`, with no possessive after it
    /// (`in Marion's kitchen` is hers), stands where a place does.
    func isInPlace(before previous: Int, after next: Int) -> Bool {
        guard previous >= 0, tokens[previous].kind == .word, tokens[previous].foldedHash == words.inWord,
            !tokens[previous].isCapitalized
        else { return false }
        return next >= tokens.count || tokens[next].kind != .possessive
    }

    /// `my notes in Velmarpad`, `the designs are in Quillboard`, `visualized in Tarnscope`: after
    /// `in`, a noun for what software keeps or shows, or a participle of keeping, showing or
    /// editing data (a copula may stand between), makes an unknown name the program that holds
    /// it, no place.
    func isSoftwareHolder(before previous: Int) -> Bool {
        guard previous >= 1, tokens[previous].kind == .word, tokens[previous].foldedHash == words.inWord,
            !tokens[previous].isCapitalized
        else { return false }
        var cue = previous - 1
        if cue >= 1, tokens[cue].kind == .word, words.pluralCopulas.contains(tokens[cue].foldedHash) { cue -= 1 }
        return tokens[cue].kind == .word && !tokens[cue].isCapitalized
            && words.softwareHeldWords.contains(tokens[cue].foldedHash)
    }

    /// `organized by the Velmar Museum`, `courtesy of Dorn Gallery`, `the Arvel Museum announced`:
    /// a museum or a gallery that acts, after a participle and `by`, after `courtesy of` or
    /// before a verb of saying or organising, is the institution, not its building.
    func isActingMuseum(_ name: Range<Int>, before previous: Int, after next: Int) -> Bool {
        guard
            name.contains(where: {
                words.museumHeads.contains(tokens[$0].hash) || words.institutionLeaders.contains(tokens[$0].hash)
            })
        else { return false }
        if next < tokens.count, tokens[next].kind == .word, tokens[next].newlinesBefore == 0,
            words.institutionActs.contains(tokens[next].foldedHash)
        {
            return true
        }
        var cue = previous
        if cue >= 0, tokens[cue].kind == .word, words.articleWords.contains(tokens[cue].foldedHash) { cue -= 1 }
        guard cue >= 1, tokens[cue].kind == .word, !tokens[cue].isCapitalized, tokens[cue - 1].kind == .word else {
            return false
        }
        let word = tokens[cue].foldedHash
        let before = tokens[cue - 1].foldedHash
        return word == words.byWord && words.institutionActs.contains(before)
            || word == words.ofWord && before == words.courtesyWord
    }

    /// `Recipes`, `Journeys`: a plural after a company's name that is an ordinary word, no word
    /// for people (`Members`, `Officials`) and no head word's plural (`Theaters`) names one of
    /// its products; so does one whose singular alone is ordinary (`Reels`, `Sheets`: plurals that
    /// are family names too), a person's name being no product line of a company.
    func isProductLinePlural(_ index: Int) -> Bool {
        guard commonWords.contains(tokens[index].foldedHash) || isOrdinaryPlural(index) else { return false }
        return isThingPlural(index)
    }

    /// `Arden Shorts` twice on a page: a plural that is no ordinary word's after a known company
    /// still names its product line when the page writes that pair again; a family name seldom
    /// follows the same company's name twice, a feature of its platform often does.
    func isRepeatedLinePlural(_ index: Int, maker: Int) -> Bool {
        guard isThingPlural(index) else { return false }
        var count = 0
        for other in 1..<tokens.count
        where tokens[other].hash == tokens[index].hash && tokens[other - 1].hash == tokens[maker].hash
            && tokens[other].newlinesBefore == 0
        {
            count += 1
            if count >= 2 { return true }
        }
        return false
    }

    /// A plural that names no people (`Members`, `Officials`) and is no head word's plural
    /// (`Theaters`) nor an organisation's suffix.
    func isThingPlural(_ index: Int) -> Bool {
        let hash = tokens[index].foldedHash
        guard !words.roleNouns.contains(hash), !words.commonSubjects.contains(hash) else { return false }
        var singular = TokenHash.offset
        for offset in Int(tokens[index].start)..<Int(tokens[index].end) - 1 {
            TokenHash.add(&singular, analysis.text[offset])
        }
        return !words.facilityHeads.contains(singular) && !words.eventHeads.contains(singular)
            && !words.locationHeads.contains(singular) && !words.workHeads.contains(singular)
            && !words.lawHeads.contains(singular) && !has(.organisationSuffix, at: index)
    }

    /// `the butler to your Velmora,`: a place's name after a possessive determiner that ends its
    /// phrase names a thing or a character one has, not the place; before a noun (`your Velmora
    /// trip`) or after a preposition of place (`in our Velmora.`) it says where.
    func isOwnedThing(before previous: Int, after next: Int) -> Bool {
        guard previous >= 1, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
            words.possessiveDeterminers.contains(tokens[previous].foldedHash), next < tokens.count,
            tokens[next].newlinesBefore == 0, !words.placeOnlyPrepositions.contains(tokens[previous - 1].foldedHash)
        else { return false }
        return analysis.isCharacter(next, ",") || analysis.isCharacter(next, ".") || analysis.isCharacter(next, ";")
            || analysis.isCharacter(next, "!") || analysis.isCharacter(next, "?")
    }

    /// `the Sony Velo QX800`: a company the gazetteer knows right before a product found by a rule
    /// (a model's code, a suffix) is its maker, and the two are one product's name.
    func joinMakers(_ candidates: inout [NameCandidate]) {
        var index = candidates.count - 2
        while index >= 0 {
            let maker = candidates[index]
            let product = candidates[index + 1]
            if maker.label == .org, maker.evidence == .gazetteer, maker.tokens.upperBound == product.tokens.lowerBound,
                product.label == .product, product.evidence >= .pattern,
                tokens[product.tokens.lowerBound].newlinesBefore == 0, !isCapsLine(maker.tokens.lowerBound)
            {
                candidates[index] = NameCandidate(
                    tokens: maker.tokens.lowerBound..<product.tokens.upperBound, label: .product, canonical: nil,
                    evidence: .pattern, isSentenceInitial: maker.isSentenceInitial)
                candidates.remove(at: index + 1)
            }
            index -= 1
        }
    }

    /// `$240`, `£35.99`, `€80`: a currency sign and a digit (not a ticker, `$ACME`).
    func isPrice(at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let text = analysis.text
        var offset = Int(tokens[index].start)
        switch text[offset] {
        case 0x24: offset += 1
        case 0xC2 where offset + 1 < text.count && text[offset + 1] == 0xA3: offset += 2
        case 0xE2 where offset + 2 < text.count && text[offset + 1] == 0x82 && text[offset + 2] == 0xAC: offset += 3
        default: return false
        }
        return offset < text.count && text[offset] &- 0x30 < 10
    }
}
