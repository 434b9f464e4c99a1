import NewsGraphCore

/// Products read past the first words: a known product or maker followed by a model's code or
/// number, a maker before a product another rule found, and the word shapes these rules test.
extension NameFinder {
    /// `QuorraDB queries`, `the NetWeave protocol`: a brand's spelling before a lower-case noun for a
    /// part or a use of software names that software, not its maker; the spelling keeps a plural
    /// that is also a verb (`commands`) from following a person.
    func isSoftwarePart(_ name: Range<Int>, after next: Int) -> Bool {
        analysis.isBrandWord(name.upperBound - 1) && next < tokens.count && tokens[next].kind == .word
            && !tokens[next].isCapitalized && tokens[next].newlinesBefore == 0
            && words.softwarePartNouns.contains(tokens[next].foldedHash)
    }

    /// `Velmark Glide`, `Velmark Glide X2 Pro`: a product the gazetteer knows, or a company the
    /// gazetteer knows right before one, followed on its line by a model's code, a marketing
    /// suffix or a model number, is one product with them.
    func longerProduct(from start: Int, after end: Int, known: EntityLabel) -> NameCandidate? {
        guard !isCapsLine(start), !headingSentences[Int(analysis.sentenceOfToken[start])] else { return nil }
        var position = end
        var isProduct = known == .product
        if known == .org, end < tokens.count, tokens[end].newlinesBefore == 0, end == start + 1,
            let match = bestMatch(at: end), case .entity(.product) = match.category
        {
            // `Arden Velmark`: the maker's name before its product's.
            position = end + match.length
            isProduct = true
        }
        guard isProduct else { return nil }
        while position < tokens.count, tokens[position].newlinesBefore == 0, !taken[position],
            tokens[position].kind == .word,
            analysis.isModelCode(position, anyCase: true) || words.productSuffixes.contains(tokens[position].hash)
                || position == end && known == .product && ContextCues.productEditions.contains(tokens[position].hash)
        {
            position += 1
        }
        if let number = versionNumber(after: start..<position) ?? modelNumber(after: start..<position, known: true) {
            position = number + 1
        }
        guard position > end || known == .org else { return nil }
        return NameCandidate(
            tokens: start..<position, label: .product, canonical: nil, evidence: .pattern,
            isSentenceInitial: analysis.isSentenceInitial(start))
    }

    /// `Arden Maps`, `Arden Home Hub`: a known company's name followed, on its line, by capitalised
    /// words that the gazetteer does not know and that are no suffix, title, person or day is the
    /// name of that company's product, not the company.
    func makerProduct(from start: Int, after end: Int) -> NameCandidate? {
        guard !isCapsLine(start), !headingSentences[Int(analysis.sentenceOfToken[start])] else { return nil }
        // Makers are brands of one word; names of several words (`Major League Baseball`) and
        // acronyms pronounced as words (`UNESCO World Heritage Site`) are bodies that award,
        // list or draft, and make no products.
        // Acronyms (`BBC`, `UN`) lead their channels, departments and programmes far more often
        // than products, and so does a company after `at`, `of` or `for` (`an economist at X Y`).
        guard end - start == 1 else { return nil }
        // `QLX CRM`, `Arden VPN`: an acronym for a kind of software or hardware right after a maker,
        // its acronym too, ends its product's name.
        if end < tokens.count, tokens[end].newlinesBefore == 0, !taken[end],
            words.productAcronyms.contains(tokens[end].hash), bestMatch(at: end) == nil,
            !isNameWord(end + 1) || tokens[end + 1].newlinesBefore > 0
        {
            return NameCandidate(
                tokens: start..<(end + 1), label: .product, canonical: nil, evidence: .pattern,
                isSentenceInitial: analysis.isSentenceInitial(start))
        }
        // `Velmar CloudDesk`, `QLX StreamKit`: a word with a brand's spelling right after a known
        // company, its acronym too, that the gazetteer does not know and that ends the capitalised
        // words is that company's product; a longer name is left to the rules below.
        if end < tokens.count, tokens[end].newlinesBefore == 0, !taken[end], analysis.isBrandWord(end),
            !isPluralAcronym(end), bestMatch(at: end) == nil
        {
            var position = end + 1
            while position < tokens.count, tokens[position].newlinesBefore == 0, !taken[position],
                tokens[position].kind == .word,
                analysis.isModelCode(position, anyCase: true) || words.productSuffixes.contains(tokens[position].hash)
            {
                position += 1
            }
            if let number = versionNumber(after: start..<position) ?? modelNumber(after: start..<position, known: true)
                ?? makerLineNumber(after: start..<position)
            {
                position = number + 1
            }
            if !isNameWord(position) || tokens[position].newlinesBefore > 0 {
                return NameCandidate(
                    tokens: start..<position, label: .product, canonical: nil, evidence: .pattern,
                    isSentenceInitial: analysis.isSentenceInitial(start))
            }
        }
        guard !tokens[start].isAllCaps else { return nil }
        if start > 0, tokens[start - 1].kind == .word,
            words.organisationPrepositions.contains(tokens[start - 1].foldedHash)
        {
            return nil
        }
        // `Arden Nova,`: a given name alone right after the maker, no surname after it, is the
        // name of its product or assistant; a person there would have two names.
        if end + 1 < tokens.count, tokens[end].kind == .word, tokens[end].newlinesBefore == 0,
            tokens[end].isCapitalized, !tokens[end].isAllCaps, has(.givenName, at: end),
            isLoneGivenName(at: end),
            !isNameWord(end + 1) || tokens[end + 1].newlinesBefore > 0
        {
            return NameCandidate(
                tokens: start..<(end + 1), label: .product, canonical: nil, evidence: .pattern,
                isSentenceInitial: analysis.isSentenceInitial(start))
        }
        var position = end
        while position < min(tokens.count, end + 3), isNameWord(position), tokens[position].newlinesBefore == 0,
            !tokens[position].isAllCaps, bestMatch(at: position) == nil, isTitle(at: position) == nil,
            !has(.organisationSuffix, at: position), !has(.givenName, at: position),
            !words.weekdays.contains(tokens[position].hash), !words.sentenceWords.contains(tokens[position].foldedHash),
            !words.neverNames.contains(tokens[position].foldedHash),
            headLabel(of: position, ledBy: nil) == nil, !words.divisionWords.contains(tokens[position].hash)
        {
            // `Arden Recipes`, `Arden Journeys`: an ordinary plural that names no people ends the
            // product's name; other plurals (`Arden Members`, `Arden MPs`) name people or parts.
            if isPluralWord(position) {
                guard isProductLinePlural(position) || isRepeatedLinePlural(position, maker: start) else { break }
                position += 1
                break
            }
            position += 1
        }
        // `Arden Grid API`, `Arden Route SDK`: an acronym after a word of the line ends it.
        if position > end, position < tokens.count, tokens[position].newlinesBefore == 0,
            tokens[position].kind == .word, tokens[position].isAllCaps, tokens[position].length >= 2,
            !taken[position], bestMatch(at: position) == nil, !isPluralWord(position - 1)
        {
            position += 1
        }
        // `Arden QLV 13`: an acronym of three letters or more right after the maker is its line when a
        // model's number of one or two digits follows it.
        if position == end, end + 1 < tokens.count, tokens[end].newlinesBefore == 0, tokens[end].kind == .word,
            tokens[end].isAllCaps, tokens[end].length >= 3, !taken[end], bestMatch(at: end) == nil,
            isTitle(at: end) == nil, let number = makerLineNumber(after: start..<(end + 1))
        {
            return NameCandidate(
                tokens: start..<(number + 1), label: .product, canonical: nil, evidence: .pattern,
                isSentenceInitial: analysis.isSentenceInitial(start))
        }
        if position == end, let model = makerModel(after: start..<end) {
            return NameCandidate(
                tokens: start..<(model + 1), label: .product, canonical: nil, evidence: .pattern,
                isSentenceInitial: analysis.isSentenceInitial(start))
        }
        // A name that goes on with a word refused above (`Arden Data Studio`) is left whole to the other rules.
        guard position > end, !isNameWord(position) || tokens[position].newlinesBefore > 0 else { return nil }
        // `Arden Web and Life Project`, `the Arden Women's Open`: the name goes on, or owns.
        if position + 1 < tokens.count,
            tokens[position].kind == .possessive
                || words.organisationConnectors.contains(tokens[position].hash) && isNameWord(position + 1)
                    && !opensSecondName(after: position)
        {
            return nil
        }
        // `Arden Core i5`, `Arden Pad 3`: the model's code or number ends the name.
        if position < tokens.count, isLowerModelCode(position) {
            position += 1
        } else if let number = versionNumber(after: start..<position)
            ?? modelNumber(after: start..<position, known: true) ?? makerLineNumber(after: start..<position)
        {
            position = number + 1
        }
        return NameCandidate(
            tokens: start..<position, label: .product, canonical: nil, evidence: .pattern,
            isSentenceInitial: analysis.isSentenceInitial(start))
    }

    /// `Arden Glide 5 and Velmark Pad 16`, `the Arden Glide 5 runs`: a number of one or two digits
    /// right after a known maker and its line's words is the model's number whatever the clause
    /// does next, unless it counts (a plural follows) or is part of a figure or a range.
    func makerLineNumber(after name: Range<Int>) -> Int? {
        let number = name.upperBound
        guard name.count >= 2, number < tokens.count, tokens[number].kind == .number, tokens[number].length <= 2,
            tokens[number].newlinesBefore == 0, !taken[number], tokens[number - 1].kind == .word,
            !Self.numberedPlaces.contains(tokens[number - 1].foldedHash)
        else { return nil }
        let after = number + 1
        guard after < tokens.count, tokens[after].newlinesBefore == 0 else { return number }
        let next = tokens[after]
        let isDecimal =
            analysis.isCharacter(after, ".") && after + 1 < tokens.count && tokens[after + 1].kind == .number
        guard next.kind != .number, next.kind != .hyphen, next.kind != .dash, !analysis.isCharacter(after, "%"),
            !analysis.isCharacter(after, "/"), !analysis.isCharacter(after, ":"), !isDecimal
        else { return nil }
        if next.kind == .word, !next.isCapitalized,
            isPluralWord(after) || Self.measureUnits.contains(next.foldedHash)
        {
            return nil
        }
        if next.kind == .word, next.isCapitalized, !next.isAllCaps, !analysis.isModelCode(after),
            !words.productSuffixes.contains(next.hash), !words.modelSuffixes.contains(next.hash)
        {
            return editionEnd(after: number)
        }
        return number
    }

    /// A given name the gazetteer knows as no place or body (`Milan` is a city too): a lone
    /// first name, or one of a person's it opens.
    func isLoneGivenName(at index: Int) -> Bool {
        guard let match = bestMatch(at: index) else { return true }
        switch match.category {
        case .givenName, .entity(.person): return match.length == 1
        default: return false
        }
    }

    /// `Arden 360`, `Arden QX200`: a model's number (no year, no round hundred: `a Fortune 500
    /// firm` ranks) or a code of capitals and digits (three characters or more: `Q3` is a quarter)
    /// ending its phrase right after its maker's name is that model.
    func makerModel(after maker: Range<Int>) -> Int? {
        let next = maker.upperBound
        guard next < tokens.count, tokens[next].newlinesBefore == 0, !taken[next] else { return nil }
        if tokens[next].length >= 3, analysis.isModelCode(next), bestMatch(at: next) == nil {
            // `Arden QX7 IV`: a capitalised word after the code goes on with the model; the rules
            // for a maker before a product take the whole.
            let after = next + 1
            let goesOn =
                after < tokens.count && tokens[after].newlinesBefore == 0
                && tokens[after].kind == .word && tokens[after].isCapitalized
            return goesOn ? nil : next
        }
        // `Arden 360 Gentle Clean`: three digits, then the model's edition words.
        if tokens[next].kind == .number, tokens[next].length == 3, isVersionShape(next),
            analysis.text[Int(tokens[next].end) - 1] != UInt8(ascii: "0")
                || analysis.text[Int(tokens[next].end) - 2] != UInt8(ascii: "0"),
            let last = editionEnd(after: next)
        {
            return last
        }
        guard let number = modelNumber(after: maker, known: true) else { return nil }
        let end = Int(tokens[number].end)
        let isRoundHundred = analysis.text[end - 1] == UInt8(ascii: "0") && analysis.text[end - 2] == UInt8(ascii: "0")
        return isRoundHundred ? nil : number
    }

    /// `Arden Maps and Velmark Notes`, `Arden Notes and Quillo.`: a lower-case `and` after a
    /// maker's product opens a second name, not the rest of the first, when a name the gazetteer
    /// knows follows it, or one capitalised word that ends its phrase.
    func opensSecondName(after connector: Int) -> Bool {
        let next = connector + 1
        guard tokens[connector].hash == FoldedWord.and, tokens[next].newlinesBefore == 0 else { return false }
        if bestMatch(at: next) != nil { return true }
        let after = next + 1
        return after >= tokens.count || tokens[after].newlinesBefore > 0 || !isNameWord(after)
    }

    /// `our Help Center`: every capitalised word an ordinary word or an organisation's suffix,
    /// the name of a part of the site or of the writer's own thing.
    func isOwnedPhrase(_ name: Range<Int>) -> Bool {
        var ordinary = 0
        for index in name where tokens[index].kind == .word && tokens[index].isCapitalized {
            if tokens[index].isAllCaps && tokens[index].length > 1 { return false }
            if commonWords.contains(tokens[index].foldedHash) || has(.organisationSuffix, at: index)
                || words.facilityHeads.contains(tokens[index].hash)
            {
                ordinary += 1
            } else if !words.sentenceWords.contains(tokens[index].foldedHash) {
                return false
            }
        }
        return ordinary >= 2
    }

    /// Whether every capitalised word of `name` is an ordinary English word that is nobody's
    /// name (``CommonWords``) or a function word, with at least two such words.
    /// `pluralsAreOrdinary`: a plural whose singular is an ordinary word counts as one too
    /// (`Combs`, `Reels`: ``CommonWords`` leaves them out as family names).
    func isOrdinaryPhrase(
        _ name: Range<Int>, acronymsAreOrdinary: Bool = false, pluralsAreOrdinary: Bool = false
    )
        -> Bool
    {
        var ordinary = 0
        for index in name where tokens[index].kind == .word && tokens[index].isCapitalized {
            // A word in capitals is an acronym or a shout, not an ordinary word, unless the caller
            // counts a common term's (`Data & Cloud Security`).
            if tokens[index].isAllCaps && tokens[index].length > 1 {
                guard acronymsAreOrdinary,
                    words.commonAcronyms.contains(tokens[index].hash) || technicalAcronyms.contains(tokens[index].hash)
                else { return false }
                ordinary += 1
                continue
            }
            let hash = tokens[index].foldedHash
            if commonWords.contains(hash) || isRunTogether(index) || pluralsAreOrdinary && isOrdinaryPlural(index) {
                ordinary += 1
            } else if !words.sentenceWords.contains(hash) && !words.headingFunctionWords.contains(hash) {
                return false
            }
        }
        return ordinary >= 2
    }

    /// `Rakes`, `Latches`: a word ending in `s` (not `ss`) or `es` whose singular is an ordinary word.
    func isOrdinaryPlural(_ index: Int) -> Bool {
        guard isPluralWord(index) else { return false }
        let start = Int(tokens[index].start)
        let end = Int(tokens[index].end)
        for cut in 1...2 where end - cut - start >= 2 {
            var hash = TokenHash.offset
            for offset in start..<end - cut { TokenHash.add(&hash, TokenHash.fold(analysis.text[offset])) }
            if commonWords.contains(hash) { return true }
        }
        return false
    }

    /// A capitalised word that can continue a brand's name as its product line: no suffix,
    /// title, person, day, head or division word (`Arden Maps`, not `Arden Labs`).
    func isProductLineWord(_ position: Int) -> Bool {
        guard tokens[position].kind == .word, tokens[position].isCapitalized else { return false }
        return isTitle(at: position) == nil && !has(.organisationSuffix, at: position)
            && !has(.givenName, at: position) && !words.weekdays.contains(tokens[position].hash)
            && !words.sentenceWords.contains(tokens[position].foldedHash)
            && headLabel(of: position, ledBy: nil) == nil && !words.divisionWords.contains(tokens[position].hash)
    }

    /// `Members`, `MPs`: a word ending in a plural `s` (not `ss`) names people or parts, not a
    /// product line.
    func isPluralWord(_ index: Int) -> Bool { analysis.endsInPluralS(index) }

    /// `i5`, `x86`: a word of letters and digits on the name's line, a model's code even in
    /// lower case.
    func isLowerModelCode(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.newlinesBefore == 0, token.length >= 2, token.length <= 6, !taken[index]
        else { return false }
        var digits = 0
        for offset in Int(token.start)..<Int(token.end) {
            let byte = analysis.text[offset]
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte &- 0x61 >= 26 && byte &- 0x41 >= 26 {
                return false
            }
        }
        return digits > 0 && digits < token.length
    }
}
