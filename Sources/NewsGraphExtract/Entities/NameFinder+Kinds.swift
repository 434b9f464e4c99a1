import NewsGraphCore

/// Rules for the kinds of names that are not people, places or organisations: works, products
/// and languages. None of them ever makes a person.
extension NameFinder {
    /// What the words around an unknown name say it names: `the film X`, `starred in X` and
    /// `X (2005)` a work, `the X app` a product.
    func kindCue(of name: Range<Int>, before previous: Int, after next: Int) -> EntityLabel? {
        if isTitleAfterKindNoun(name) { return .workOfArt }
        // A word on the line before (`No full books` above `Basic features`) says nothing of a
        // name that opens its line.
        if previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
            tokens[name.lowerBound].newlinesBefore == 0
        {
            let word = tokens[previous].foldedHash
            // `the Constitution`, `the Act`: a law's head word alone names the law in context.
            if name.count == 1, word == theHash, words.lawHeads.contains(tokens[name.lowerBound].hash) {
                return .law
            }
            // `the Society`, `the House`: an organisation's head word alone, capitalised, is that body.
            // `the Roofing company X`: not before a lower-case noun of business, which makes it the trade.
            if name.count == 1, word == theHash,
                has(.organisationSuffix, at: name.lowerBound)
                    || words.chamberWords.contains(tokens[name.lowerBound].hash),
                !(next < tokens.count && tokens[next].kind == .word && !tokens[next].isCapitalized
                    && words.businessHeads.contains(tokens[next].foldedHash))
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
            // `a full-frame QLX camera`, `the ZRM software`: an acronym the gazetteer does not
            // know before a kind of product names the kind; makers with such letters are known.
            if name.count == 1, tokens[name.lowerBound].isAllCaps, tokens[name.lowerBound].length >= 2 { return nil }
            // `Basic subscription options`, `Pros: Hybrid apps`: an ordinary word capitalised to open
            // a sentence, a line or a clause after a colon or a dash describes the noun after it;
            // so does one that is also a surname (`Main`, `Key`) when the text writes it in lower case.
            if name.count == 1, opensClause(name.lowerBound),
                commonWords.contains(tokens[name.lowerBound].foldedHash) || isWrittenInLowerCase(name.lowerBound)
            {
                return nil
            }
            // `a Brantly camera`, `Velmar laptops`: one word before a kind of device is its maker;
            // a model (`the Velmar Glide camera`) or software (`the Velmark app`) is the product.
            if name.count == 1, words.deviceNouns.contains(tokens[next].foldedHash) { return .org }
            return .product
        }
        if isSoftwarePart(name, after: next) { return .product }
        if let kind = pluralAcronymKind(of: name, after: next) { return kind }
        // `The QLX is a camera`, `Scheduling is the tool that …`: an acronym or an ordinary word
        // opening the sentence names a kind of thing, not one product.
        let word = tokens[name.lowerBound]
        let isKindWord =
            name.count == 1
            && (word.isAllCaps || analysis.isSentenceInitial(name.lowerBound) && commonWords.contains(word.foldedHash))
        if !isKindWord, let kind = kindByPhrase(after: next) { return kind }
        if isCertifier(name, after: next) { return .org }
        // `Velmar Glide ($240)`: a price in brackets after a maker's and a model's name makes it a
        // thing for sale; one word (`Premium ($12)`) or a phrase opened by an ordinary word
        // (`Extra Delivery Fee ($9)`) names a plan or a fee.
        if name.count >= 2, analysis.isCharacter(next, "("), tokens[next].newlinesBefore == 0, isPrice(at: next + 1),
            !(analysis.isSentenceInitial(name.lowerBound) && commonWords.contains(tokens[name.lowerBound].foldedHash)),
            !isOrdinaryPhrase(name)
        {
            return .product
        }
        // A title with its year in brackets, as filmographies list them; a person has dates.
        if analysis.isCharacter(next, "("), next + 2 < tokens.count, tokens[next + 1].kind == .number,
            tokens[next + 1].length == 4, analysis.isCharacter(next + 2, ")"), !has(.givenName, at: name.lowerBound),
            // `Kunsthalle Dorn (2022)`: a word that opens a site's or a body's name says what it is.
            leaderLabel(of: name.lowerBound) == nil
        {
            return .workOfArt
        }
        return nil
    }

    /// `Quillo is a note-taking app`, `Quillo, a free browser extension,`: a name that the words
    /// right after it call a piece of software or a device (``ContextCues/productKinds`` heading
    /// a phrase of lower-case words after `is a` or a comma and `a`) is that product; one they
    /// call a platform or a marketplace (`Quillo, an online tutoring platform,`) is the firm
    /// that runs it, and one they call a firm (`Quillo is a small SEO agency`) is that firm.
    /// Product kinds that are as often a person's job: `editor`, `assistant`.
    private static let jobKinds = WordSet.folded(["editor", "assistant"])

    func kindByPhrase(after next: Int) -> EntityLabel? {
        var index = next
        guard index + 2 < tokens.count, tokens[index].newlinesBefore == 0 else { return nil }
        if analysis.isCharacter(index, ",") {
            index += 1
        } else if tokens[index].kind == .word, words.copulaWords.contains(tokens[index].foldedHash) {
            index += 1
        } else {
            return nil
        }
        guard tokens[index].kind == .word, words.kindDeterminers.contains(tokens[index].foldedHash) else {
            return nil
        }
        index += 1
        // The head is the last lower-case word of the phrase (`audiobook subscription app`);
        // hyphens join words (`note-taking`).
        var head = -1
        while index < tokens.count, index <= next + 8, tokens[index].newlinesBefore == 0 {
            if tokens[index].kind == .word && !tokens[index].isCapitalized {
                // `an app worth paying for`, `a tool that …`: the phrase's head came before.
                if words.headingFunctionWords.contains(tokens[index].foldedHash)
                    || words.relativeWords.contains(tokens[index].foldedHash)
                {
                    break
                }
                // `a consulting firm offering …`: a participle after a word for a kind of
                // thing opens a clause about it; the kind heads the phrase.
                if head >= 0, isKind(head), isParticiple(index) { break }
                head = index
            } else if tokens[index].kind == .possessive {
                return nil  // `X, the app's founder`: the phrase names someone of the app.
            } else if tokens[index].kind == .word && tokens[index].isAllCaps && tokens[index].length > 1 {
                // `a small SEO agency`: an acronym modifies the head after it.
            } else if !analysis.isCharacter(index, "-") {
                break
            }
            index += 1
        }
        guard head >= 0 else { return nil }
        let kind = tokens[head].foldedHash
        // `X, the editor of Y`: a kind that is also a person's job names the product only with a
        // word before it (`a code editor`); alone after the article it is the person's role.
        if head == next + 2, Self.jobKinds.contains(kind) { return nil }
        if words.productKinds.contains(kind) { return .product }
        return words.platformKinds.contains(kind) || words.firmKinds.contains(kind) ? .org : nil
    }

    /// A word for a kind of software, device, platform or firm (``kindByPhrase(after:)``).
    private func isKind(_ index: Int) -> Bool {
        let kind = tokens[index].foldedHash
        return words.productKinds.contains(kind) || words.platformKinds.contains(kind)
            || words.firmKinds.contains(kind)
    }

    /// A lower-case word in `-ing` of five letters or more (`offering`, `based` is not one).
    private func isParticiple(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 5 && analysis.text[end - 3] == UInt8(ascii: "i")
            && analysis.text[end - 2] == UInt8(ascii: "n") && analysis.text[end - 1] == UInt8(ascii: "g")
    }

    /// `Velo Trail 2`, `the Arden Glide 3,`: a number of one or two digits right after a name of
    /// two or more words (or a brand's spelling), standing where it counts nothing, is the
    /// model's or version's number; returns its index so the name keeps it.
    func versionNumber(after name: Range<Int>) -> Int? {
        let number = name.upperBound
        guard name.count >= 2 || analysis.isBrandWord(name.lowerBound), number + 1 < tokens.count else { return nil }
        let token = tokens[number]
        guard token.kind == .number, token.newlinesBefore == 0, !taken[number] else { return nil }
        if token.length > 2 {
            // `Glide 970`, `Pathwise 2.5`: three digits or a decimal version, for a name that no
            // given name or initial leads (`Mark Vale 126` is a batsman's score).
            guard token.length <= 4, !has(.givenName, at: name.lowerBound),
                !isInitial(name.lowerBound), isVersionShape(number)
            else { return nil }
        }
        // `Arlen 23, Brask Tove 82`: names with numbers in a list are scorers and their minutes.
        let before = name.lowerBound - 1
        if before >= 1, tokens[before].kind != .word, tokens[before - 1].kind == .number { return nil }
        // A number at a line's end, before another number, a score's hyphen, a unit or a
        // bracket belongs to a results table, a substitution or an amount (`Ardley 2 Brask 1`,
        // `3-1`, `(Brask Tove 77)`, `5%`).
        let after = number + 1
        let next = tokens[after]
        guard next.newlinesBefore == 0, next.kind != .number, next.kind != .hyphen, next.kind != .dash,
            !analysis.isCharacter(after, "("), !analysis.isCharacter(after, "%"),
            !analysis.isCharacter(after, "/"), !analysis.isCharacter(after, ":"), !analysis.isCharacter(after, ")")
        else { return nil }
        // `Arden Glide 2 Pro`, `Drift 2 XL`: a marketing suffix after the number is part of the model.
        if next.kind == .word, words.productSuffixes.contains(next.hash) || words.modelSuffixes.contains(next.hash),
            !taken[after]
        {
            return after
        }
        // `the Arden Glide 5 yesterday`, `an Arden Glide 5 and a Velmark Pad 16`: after a name that
        // shows a thing (an article, a brand's spelling, capitals), a lower-case word that counts
        // nothing (no plural, no unit) leaves the number the model's, whatever follows.
        let isThingBefore =
            next.kind == .word && !next.isCapitalized && showsThing(name) && !isPluralWord(after)
            && !Self.measureUnits.contains(next.foldedHash)
        if next.kind == .word, !isThingBefore {
            // `3 games` counts; `2 GTX`, `2 and` do not; `2 Brask` is the other side of a score.
            if !next.isCapitalized && !words.clauseWords.contains(next.foldedHash)
                && !words.versionFollowers.contains(next.foldedHash)
            {
                return nil
            }
            if next.isCapitalized && !next.isAllCaps && !analysis.isModelCode(after) { return nil }
        }
        for ahead in after + 1..<min(tokens.count, after + 4) where tokens[ahead].newlinesBefore == 0 && !isThingBefore
        {
            if tokens[ahead].kind == .number { return nil }
        }
        return number
    }

    /// `970`, `2.5`: three digits, or one digit, a dot and one or two digits.
    func isVersionShape(_ index: Int) -> Bool {
        let token = tokens[index]
        let start = Int(token.start)
        let end = Int(token.end)
        let dot = UInt8(ascii: ".")
        guard analysis.text[start + 1] == dot else {
            return token.length == 3 && analysis.text[start] != UInt8(ascii: "0") && analysis.text[start + 2] != dot
        }
        return (start + 2..<end).allSatisfy { analysis.text[$0] != dot } && end - start >= 3
    }

    /// Context that makes an unknown name a product: a marketing suffix (`Arden Pro`) or the
    /// object of a verb of software (`installed X`, `compatible with X`).
    func isProductSlot(_ name: Range<Int>, before previous: Int, after next: Int) -> Bool {
        if name.count >= 2, words.productSuffixes.contains(tokens[name.upperBound - 1].hash) { return true }
        if isForPlatform(after: next) { return true }
        guard previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized else { return false }
        let word = tokens[previous].foldedHash
        let nextWord = next < tokens.count && tokens[next].kind == .word ? tokens[next].foldedHash : 0
        // `installed Arden as manager` appoints a person.
        // `using Arden's airport` uses something of Arden's.
        if words.productVerbs.contains(word), nextWord != words.asWord,
            next >= tokens.count || tokens[next].kind != .possessive
        {
            return true
        }
        if word == words.withWord, previous >= 1, tokens[previous - 1].kind == .word,
            words.productPartners.contains(tokens[previous - 1].foldedHash)
        {
            return true
        }
        // An acronym there is a kind of tool (`tools like CRM`), not one product.
        return name.count == 1 && !tokens[name.lowerBound].isAllCaps && isSoftwareExample(after: previous)
    }

    /// `an app like X`, `tools such as X`: a name given as an example of a kind of software is
    /// that software, whatever other mentions suggest.
    func isSoftwareExample(after previous: Int) -> Bool {
        var head = previous - 1
        if tokens[previous].foldedHash == words.asWord, head >= 0, tokens[head].foldedHash == words.suchWord {
            head -= 1
        } else if tokens[previous].foldedHash != words.likeWord {
            return false
        }
        return head >= 0 && tokens[head].kind == .word && words.softwareKinds.contains(tokens[head].foldedHash)
    }

    /// `Velmark for Android`: `for` and a product the gazetteer knows (a system or device) after
    /// a name make it software made for that platform.
    func isForPlatform(after next: Int) -> Bool {
        guard next + 1 < tokens.count, tokens[next].kind == .word, tokens[next].foldedHash == words.forWord,
            let match = bestMatch(at: next + 1), case .entity(let label) = match.category
        else { return false }
        return label == .product
    }

    /// `QuorraDB`, `GraphQL`: a word with inner capitals that ends in a capital names software or a
    /// device, unless the words around it make it a body (`at X`, `X hired`, `X, a company`), which
    /// then outweighs its other mentions; nil for other words.
    func softwareBrandLabel(_ name: Range<Int>, after next: Int) -> EntityLabel? {
        guard name.count == 1, analysis.isBrandWord(name.lowerBound), !isPluralWord(name.lowerBound) else {
            return nil
        }
        // Firms' brands (`StackLedger`) mostly end in lower case.
        let token = tokens[name.lowerBound]
        guard analysis.text[Int(token.end) - 1] &- 0x41 < 26 else { return nil }
        return isBodySlot(name, after: next) ? .org : .product
    }

    /// `at X`, `X hired`, `X, a company`: words around a brand that make it a body.
    private func isBodySlot(_ name: Range<Int>, after next: Int) -> Bool {
        // The word before the name itself, also where a sentence's capitalised `At` opened the run.
        let previous = name.lowerBound - 1
        if previous >= 0, tokens[previous].kind == .word,
            words.organisationPrepositions.contains(tokens[previous].foldedHash)
        {
            return true
        }
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
        return words.organisationVerbs.contains(tokens[next].foldedHash)
            || words.organisationHeads.contains(tokens[next].foldedHash)
    }

    /// A nationality word used as a language: `speaks French`, `in Greek.`, `in plain Welsh.`,
    /// `the Arabic name`, `French-speaking`.
    func isLanguageSlot(_ name: Range<Int>) -> Bool {
        let next = name.upperBound
        if isLanguageSubject(before: next) { return true }
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            words.languageHeads.contains(tokens[next].foldedHash)
        {
            // `Slavic languages`: a family of languages is named by its people, a group.
            return !words.languageFamilies.contains(tokens[next].foldedHash)
        }
        if next + 1 < tokens.count, tokens[next].kind == .hyphen, tokens[next + 1].kind == .word,
            words.languageHeads.contains(tokens[next + 1].foldedHash)
        {
            return true
        }
        var previous = name.lowerBound - 1
        if previous > 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
            words.languageModifiers.contains(tokens[previous].foldedHash)
        {
            previous -= 1
        }
        // `In Welsh, …` opening a sentence is the same cue, and so is `languages such as`.
        guard previous >= 0, tokens[previous].kind == .word,
            !tokens[previous].isCapitalized || analysis.isSentenceInitial(previous),
            words.languageCues.contains(tokens[previous].foldedHash) || isLanguageExampleCue(previous)
        else { return false }
        // The language stands alone (`in French.`), not before a noun (`in French cities`), nor
        // first of two before one (`from both Greek and Latin roots`).
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].newlinesBefore == 0 else { return true }
        guard words.clauseWords.contains(tokens[next].foldedHash) else { return false }
        let pairEnd = next + 2
        return !(tokens[next].foldedHash == words.andWord || tokens[next].foldedHash == words.orWord)
            || pairEnd >= tokens.count || !tokens[next + 1].isCapitalized || tokens[pairEnd].kind != .word
            || tokens[pairEnd].isCapitalized || tokens[pairEnd].newlinesBefore > 0
            || words.clauseWords.contains(tokens[pairEnd].foldedHash)
    }

    /// `Welsh is spoken here`, `Dutch was not taught`, `Welsh is the main language`: a nationality
    /// before `is` or `was`, at most one adverb, then a passive verb of speaking, writing or
    /// teaching, or an article and up to two lower-case words before `language`, is a language.
    func isLanguageSubject(before next: Int) -> Bool {
        guard next + 2 < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            tokens[next].newlinesBefore == 0, Self.languageCopulas.contains(tokens[next].foldedHash)
        else { return false }
        var position = next + 1
        if Self.languageAdverbs.contains(tokens[position].foldedHash) { position += 1 }
        guard position < tokens.count, tokens[position].kind == .word, tokens[position].newlinesBefore == 0 else {
            return false
        }
        if Self.languagePassives.contains(tokens[position].foldedHash) { return true }
        guard words.articleWords.contains(tokens[position].foldedHash) else { return false }
        for offset in 1...3 where position + offset < tokens.count {
            let token = tokens[position + offset]
            guard token.kind == .word, !token.isCapitalized, token.newlinesBefore == 0 else { return false }
            if token.foldedHash == Self.languageWord { return true }
        }
        return false
    }

    private static let languageCopulas = WordSet.folded(["is", "was"])
    private static let languageAdverbs = WordSet.folded([
        "not", "widely", "also", "still", "rarely", "mainly", "mostly", "commonly", "often", "primarily", "only",
        "officially", "seldom", "hardly",
    ])
    private static let languagePassives = WordSet.folded(["spoken", "taught", "written", "understood"])
    private static let languageWord = TokenHash.foldedHash("language")

    /// `languages such as`, `languages like`, `languages including`: what follows is given as
    /// an example of a language, so a nationality there is one.
    func isLanguageExampleCue(_ cue: Int) -> Bool {
        var head = cue - 1
        let word = tokens[cue].foldedHash
        if word == words.asWord, head >= 0, tokens[head].foldedHash == words.suchWord {
            head -= 1
        } else if word != words.likeWord && word != words.includingWord {
            return false
        }
        return head >= 0 && tokens[head].kind == .word && tokens[head].foldedHash == words.languagesWord
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
