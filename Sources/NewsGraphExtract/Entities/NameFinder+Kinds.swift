import NewsGraphCore

/// Rules for the kinds of names that are not people, places or organisations: works, products
/// and languages. None of them ever makes a person.
extension NameFinder {
    /// What the words around an unknown name say it names: `the film X`, `starred in X` and
    /// `X (2005)` a work, `the X app` a product.
    func kindCue(of name: Range<Int>, before previous: Int, after next: Int) -> EntityLabel? {
        if previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized {
            let word = tokens[previous].foldedHash
            // `the Constitution`, `the Act`: a law's head word alone names the law in context.
            if name.count == 1, word == theHash, words.lawHeads.contains(tokens[name.lowerBound].hash) {
                return .law
            }
            // `the Society`, `the House`: an organisation's head word alone, capitalised, is that body.
            if name.count == 1, word == theHash,
                has(.organisationSuffix, at: name.lowerBound)
                    || words.chamberWords.contains(tokens[name.lowerBound].hash)
            {
                return .org
            }
            if words.workNouns.contains(word) { return .workOfArt }
            if previous >= 1, word == words.inWord, tokens[previous - 1].kind == .word,
                words.workVerbs.contains(tokens[previous - 1].foldedHash)
            {
                return .workOfArt
            }
        }
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            words.productNouns.contains(tokens[next].foldedHash)
        {
            return .product
        }
        // A title with its year in brackets, as filmographies list them; a person has dates.
        if analysis.isCharacter(next, "("), next + 2 < tokens.count, tokens[next + 1].kind == .number,
            tokens[next + 1].length == 4, analysis.isCharacter(next + 2, ")"), !has(.givenName, at: name.lowerBound)
        {
            return .workOfArt
        }
        return nil
    }

    /// A nationality word used as a language: `speaks French`, `in Greek.`, `the Arabic name`,
    /// `French-speaking`.
    func isLanguageSlot(_ name: Range<Int>) -> Bool {
        let next = name.upperBound
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            words.languageHeads.contains(tokens[next].foldedHash)
        {
            return true
        }
        if next + 1 < tokens.count, tokens[next].kind == .hyphen, tokens[next + 1].kind == .word,
            words.languageHeads.contains(tokens[next + 1].foldedHash)
        {
            return true
        }
        let previous = name.lowerBound - 1
        guard previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
            words.languageCues.contains(tokens[previous].foldedHash)
        else { return false }
        // The language stands alone (`in French.`), not before a noun (`in French cities`).
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].newlinesBefore == 0 else { return true }
        return words.clauseWords.contains(tokens[next].foldedHash)
    }

    /// `Cheuk-yan`, `Jae-in`: a hyphen and a short lower-case syllable continue a name of two
    /// or more words, unless the syllable is an English word that makes an adjective (`-led`).
    func isNameSyllable(afterHyphen hyphen: Int, runLength: Int) -> Bool {
        guard runLength >= 2, hyphen + 1 < tokens.count, tokens[hyphen].isAttached else { return false }
        let syllable = tokens[hyphen + 1]
        guard syllable.kind == .word, syllable.isAttached, !syllable.isCapitalized, syllable.length <= 4,
            !taken[hyphen + 1]
        else { return false }
        if hyphen + 2 < tokens.count, tokens[hyphen + 2].kind == .hyphen, tokens[hyphen + 2].isAttached {
            return false
        }
        return !words.hyphenWords.contains(syllable.foldedHash)
    }

    /// `Pirates`, `Astros`: a capitalised plural after a city names its team (`Ardley Pirates`).
    func isTeamNickname(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.length >= 4 else { return false }
        let last = Int(token.end) - 1
        return analysis.text[last] == UInt8(ascii: "s") && analysis.text[last - 1] != UInt8(ascii: "s")
    }
}
