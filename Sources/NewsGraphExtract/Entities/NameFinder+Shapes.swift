import NewsGraphCore

/// Rules that read a name's shape and place: results-table sides, initials, compass words before
/// places and nationalities (datelines are in `NameFinder+Datelines`).
extension NameFinder {
    /// "the West", "the East": a place by convention when not followed by another name; the
    /// mention is the capitalised word, as for any name, and the entity keeps the article.
    func compassPlace(at index: Int) -> NameCandidate? {
        guard index + 1 < tokens.count, tokens[index].foldedHash == theHash,
            words.compassWords.contains(tokens[index + 1].hash), !isNameWord(index + 2),
            !taken[index + 1]
        else { return nil }
        return NameCandidate(
            tokens: index + 1..<index + 2, label: .loc, canonical: "the " + analysis.string(index + 1),
            evidence: .pattern, isSentenceInitial: false)
    }

    /// A side in a sports result: `Barnsley 3 Port Vale 1`, `Essex 372 and 119-5` at a line's
    /// start, `X beat Y`, `Y drew`.
    func isTeamSlot(before previous: Int, after next: Int) -> Bool {
        if next < tokens.count, tokens[next].kind == .number, tokens[next].newlinesBefore == 0, !taken[next] {
            let opensLine = previous < 0 || tokens[previous + 1].newlinesBefore > 0
            let followsScore =
                previous >= 0 && tokens[previous].kind == .number && tokens[previous + 1].newlinesBefore == 0
            // `Budget 2031` alone on its line: a year after one word that ends the line dates a
            // heading or a menu item; no side scores in the thousands. (Several words before it
            // may name an event's edition, which stays a name.)
            let isLineYear =
                next - previous == 2 && Self.isYearNumber(next, analysis)
                && (next + 1 == tokens.count || tokens[next + 1].newlinesBefore > 0)
            if followsScore || opensLine && !isLineYear && isScoreEnd(after: next) { return true }
        }
        if previous >= 0, words.resultVerbs.contains(tokens[previous].foldedHash) { return true }
        return next < tokens.count && words.resultVerbs.contains(tokens[next].foldedHash)
    }

    /// What may follow a side's score in a results line: the line's end, the other side, another
    /// figure or `and` (`Essex 372 and 119-5`); not a colon or a dash after a numbered heading
    /// (`Part 4: Planning`), nor a measure (`Hill Walk 5 miles`).
    private func isScoreEnd(after number: Int) -> Bool {
        let after = number + 1
        guard after < tokens.count, tokens[after].newlinesBefore == 0 else { return true }
        let token = tokens[after]
        switch token.kind {
        case .number: return true
        case .word: return token.isCapitalized || token.foldedHash == words.andWord
        case .punctuation: return analysis.isCharacter(after, "(") || analysis.isCharacter(after, ",")
        default: return false
        }
    }

    /// A gazetteer name (not a rule word such as a given name) starts at `index`.
    func isEntity(at index: Int) -> Bool {
        guard let match = bestMatch(at: index), case .entity = match.category else { return false }
        return true
    }

    /// `M.` or `J.R.`: capital letters each followed by a period.
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, token.length >= 2, token.length <= 4 else { return false }
        return analysis.text[Int(token.end) - 1] == UInt8(ascii: ".")
            && analysis.text[Int(token.start) + 1] == UInt8(ascii: ".")
    }

    /// `I-45 South`, `take US-75`: one or two capitals joined by a hyphen to a number name a
    /// road when a point of the compass follows it or a verb of travel leads to it (without
    /// them `F-16` may be a jet), the compass word included; the letters are then no country.
    func roadCode(at index: Int) -> NameCandidate? {
        let letters = tokens[index]
        guard letters.kind == .word, letters.length <= 2, letters.isCapitalized,
            letters.length == 1 || letters.isAllCaps, index + 2 < tokens.count,
            tokens[index + 1].kind == .hyphen, tokens[index + 1].isAttached,
            tokens[index + 2].kind == .number, tokens[index + 2].isAttached, tokens[index + 2].length <= 4
        else { return nil }
        var end = index + 3
        if end < tokens.count, tokens[end].isCapitalized, !tokens[end].isAttached,
            words.compassPoints.contains(tokens[end].foldedHash)
        {
            end += 1
        } else if index == 0 || !words.travelVerbs.contains(tokens[index - 1].foldedHash) {
            return nil
        }
        return NameCandidate(
            tokens: index..<end, label: .fac, canonical: nil, evidence: .pattern, isSentenceInitial: false)
    }

    /// `ZRV-21`, `QLX-300`: three or more capitals joined by a hyphen to a number name one thing
    /// (a model, a standard, a disease: a product, the nearest label), not the body the letters
    /// may stand for; an ordinary word in
    /// capitals (`UNDER-21`) is no code, one or two capitals are left to ``roadCode(at:)``, and the
    /// gazetteer's own entry for the whole comes first.
    func letterCode(at index: Int) -> NameCandidate? {
        let letters = tokens[index]
        guard letters.kind == .word, letters.length >= 3, letters.isAllCaps, index + 2 < tokens.count,
            tokens[index + 1].kind == .hyphen, tokens[index + 1].isAttached,
            tokens[index + 2].kind == .number, tokens[index + 2].isAttached, tokens[index + 2].length <= 4,
            index + 3 == tokens.count || !tokens[index + 3].isAttached || tokens[index + 3].kind == .punctuation,
            (bestMatch(at: index)?.length ?? 0) < 3, !CommonWords.shared.contains(letters.foldedHash)
        else { return nil }
        return NameCandidate(
            tokens: index..<index + 3, label: .product, canonical: nil, evidence: .pattern, isSentenceInitial: false)
    }

    /// `West Indian`, `South Korean`, `S. KOREAN`, `North Ardley`: a compass word before a
    /// nationality or a place is one nationality or place, unless the gazetteer knows the pair.
    func compassPeople(at index: Int) -> NameCandidate? {
        guard index + 1 < tokens.count, words.compassAdjectives.contains(tokens[index].foldedHash),
            tokens[index + 1].newlinesBefore == 0, (bestMatch(at: index)?.length ?? 0) <= 1,
            let match = bestMatch(at: index + 1), case .entity(let label) = match.category,
            label == .norp || label == .gpe || label == .loc
        else { return nil }
        let range = index..<index + 1 + match.length
        return NameCandidate(
            tokens: range, label: label, canonical: analysis.string(tokens: range), evidence: .gazetteer,
            isSentenceInitial: analysis.isSentenceInitial(index), isInCapsLine: isCapsLine(index))
    }

    /// `Lake Orvel`, `Mount Ysk`, `Fort Carrow`: a first word that makes a place of the name; a
    /// museum's word (`Museum Arvel`) makes a building, as at its end, unless a title or an
    /// ordinary word follows it (`Museum Director Ana Vell`, `Museum Pieces`); so do the words of
    /// other languages for a body, a site, a natural place or a prize (`Fondazione Arvel`).
    func leaderLabel(of first: Int) -> EntityLabel? {
        let hash = tokens[first].hash
        if words.naturalPlaceLeaders.contains(hash) { return .loc }
        if words.settlementLeaders.contains(hash) { return .gpe }
        guard first + 1 < tokens.count, isTitle(at: first + 1) == nil,
            !commonWords.contains(tokens[first + 1].foldedHash)
        else { return nil }
        if words.institutionLeaders.contains(hash) || words.siteLeaders.contains(hash) { return .fac }
        if words.bodyLeaders.contains(hash) { return .org }
        if words.naturalLeaders.contains(hash) { return .loc }
        if words.prizeLeaders.contains(hash) { return .workOfArt }
        return nil
    }

    /// A word in English or another language that opens the name of an institution, a site, a
    /// natural place or a prize, after which the name keeps that language's particles.
    func isForeignStyleLeader(_ index: Int) -> Bool {
        let hash = tokens[index].hash
        return words.institutionLeaders.contains(hash) || words.siteLeaders.contains(hash)
            || words.bodyLeaders.contains(hash) || words.naturalLeaders.contains(hash)
            || words.prizeLeaders.contains(hash)
    }

    /// `wikiHow`, `iPhone`, `eBay`: a word that opens in lower case and has one capital inside,
    /// followed by lower case, is written that way only as a brand.
    func isCamelCase(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.length >= 4, token.hash != token.foldedHash else {
            return false
        }
        var capitals = 0
        var capitalAt = 0
        for offset in Int(token.start)..<Int(token.end) {
            let byte = analysis.text[offset]
            if byte &- 0x41 < 26 {
                capitals += 1
                capitalAt = offset
            } else if byte &- 0x61 >= 26 {
                return false
            }
        }
        return capitals == 1 && capitalAt > Int(token.start) && capitalAt + 1 < Int(token.end)
            && analysis.text[capitalAt + 1] &- 0x61 < 26
    }

    /// A brand written in camel case, as the gazetteer knows it, or else a product when it has
    /// a brand's shape: a prefix of one or two letters (`iPhone`, `pgAdmin`) that is not a
    /// function word (`onClick`) nor the generic `e`/`m` (`eCommerce`), and no code around it
    /// (`setItems(`, `.indexOf`); a longer prefix needs ``isRepeatedBrand(_:)``. Names
    /// in code (`firstName`) and handles (`@someName`) are not.
    func camelCaseName(at index: Int) -> NameCandidate? {
        guard !taken[index], isCamelCase(index), !isCapsLine(index) else { return nil }
        if let match = bestMatch(at: index), case .entity(let known) = match.category {
            return NameCandidate(
                tokens: index..<index + 1, label: known, canonical: gazetteer.entry(of: match).canonical,
                evidence: .gazetteer, isSentenceInitial: false)
        }
        let token = tokens[index]
        var prefix = 0
        while analysis.text[Int(token.start) + prefix] &- 0x61 < 26 { prefix += 1 }
        guard !isCodeNeighbour(index - 1, attachedTo: token), !isCodeNeighbour(index + 1, attachedTo: nil)
        else { return nil }
        let first = analysis.text[Int(token.start)]
        if prefix == 2 {
            let pair = UInt16(first) << 8 | UInt16(analysis.text[Int(token.start) + 1])
            if Self.functionPrefixes.contains(pair) { return nil }
        }
        if prefix == 1 && (first == UInt8(ascii: "e") || first == UInt8(ascii: "m")) { return nil }
        if prefix > 2, !isRepeatedBrand(index) { return nil }
        return NameCandidate(
            tokens: index..<index + 1, label: .product, canonical: nil, evidence: .shape, isSentenceInitial: false)
    }

    /// `wikiTrail`: a camel-case word with a prefix of three or more letters is a brand only when
    /// the document names it again, never beside code (a link's path aside), shows no braces (a
    /// page with code or data in it), and it is no ordinary word in fancy capitals; a name in code
    /// is mostly mentioned once in prose, or on a page that shows code.
    private func isRepeatedBrand(_ index: Int) -> Bool {
        let token = tokens[index]
        guard !CommonWords.shared.contains(token.foldedHash) else { return false }
        var count = 0
        for other in tokens.indices {
            if analysis.isCharacter(other, "{") { return false }
            guard tokens[other].hash == token.hash else { continue }
            // In a link's path (`site.org/wikiTrail:Help`) the word neither counts nor vetoes.
            if tokens[other].isAttached, analysis.isCharacter(other - 1, "/") { continue }
            if isCodeNeighbour(other - 1, attachedTo: tokens[other]) || isCodeNeighbour(other + 1, attachedTo: nil) {
                return false
            }
            count += 1
        }
        return count >= 2
    }

    /// Two-letter words that open identifiers in code (`onClick`, `isValid`, `toString`).
    private static let functionPrefixes: Set<UInt16> = Set(
        ["on", "in", "is", "to", "at", "of", "by", "as", "do", "if", "or", "no", "so", "go", "ui", "id"].map {
            let bytes = Array($0.utf8)
            return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        })

    /// A punctuation mark touching the word that only code puts there: `(`, `=`, `.x`, `_`, `@`.
    private func isCodeNeighbour(_ index: Int, attachedTo word: Token?) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let neighbour = tokens[index]
        // Before the word the mark must touch it; after it, the mark touches the word it follows.
        guard word.map({ $0.isAttached }) ?? neighbour.isAttached, neighbour.kind == .punctuation else { return false }
        let byte = analysis.text[Int(neighbour.start)]
        switch byte {
        case UInt8(ascii: "."):
            // `.indexOf` or `items.push`: a period joined to words on both sides.
            return index + 1 < tokens.count && tokens[index + 1].isAttached && tokens[index + 1].kind == .word
                || word != nil
        case UInt8(ascii: "("), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "@"), UInt8(ascii: "#"),
            UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: ":"),
            UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    /// `ledger.LoadLedger(`, `net.OpenPort`, `Ledger::Load`: a word reached through a dot between
    /// words, or followed right away by a call's bracket, a generic's `<` or `::`, is code.
    func isIdentifier(_ index: Int) -> Bool {
        let before = index - 1
        if before >= 1, tokens[index].isAttached, tokens[before].isAttached, analysis.isCharacter(before, "."),
            tokens[before - 1].kind == .word
        {
            return true
        }
        let after = index + 1
        guard after < tokens.count, tokens[after].isAttached else { return false }
        if analysis.isCharacter(after, "(") || analysis.isCharacter(after, "<") { return true }
        if analysis.isCharacter(after, ":") || analysis.isCharacter(after, ".") {
            // `Ledger::Load`, `Ledger.Load`: the mark joins two words; `Ledger: the best` is a label.
            return after + 1 < tokens.count && tokens[after + 1].isAttached
                && (tokens[after + 1].kind == .word || analysis.isCharacter(after + 1, ":"))
        }
        return false
    }

    /// `Qm7fTrP2aLk9WvB`, `LoadUserByEmailAddress`: a word that switches between capitals, lower
    /// case and digits many times, with a digit, two capitals together or fourteen characters, is a
    /// key, a hash or code, which nobody writes as a name (a brand switches once or twice; a
    /// short slogan run together, `EatWellLiveWell`-like but under fourteen, may be an app's).
    func isKeyLike(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length >= 10 else { return false }
        var switches = 0
        var previousClass = -1
        var isDense = token.length >= 14
        for offset in Int(token.start)..<Int(token.end) {
            let byte = analysis.text[offset]
            let byteClass = byte &- 0x41 < 26 ? 0 : byte &- 0x61 < 26 ? 1 : byte &- 0x30 < 10 ? 2 : 3
            if byteClass == 2 || byteClass == 0 && previousClass == 0 { isDense = true }
            if previousClass >= 0 && byteClass != previousClass { switches += 1 }
            previousClass = byteClass
        }
        return switches >= 7 && isDense
    }

    /// `EVs`, `APIs`: an acronym made plural is a common noun, and so is one whose first word
    /// keeps a small letter (`PhDs`, `SoCs`: `system on chip`).
    func isPluralAcronym(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.length >= 3 else { return false }
        let first = Int(token.start)
        let last = Int(token.end) - 1
        guard analysis.text[last] == UInt8(ascii: "s") else { return false }
        let small = last - first >= 3 && analysis.text[first + 1] &- 0x61 < 26 ? first + 1 : -1
        for offset in first..<last where offset != small && analysis.text[offset] &- 0x41 >= 26 { return false }
        return true
    }

    /// `Exeter, Ardshire,`: a name between commas right after a known town is its region.
    func isRegionAfterPlace(before previous: Int, after next: Int) -> Bool {
        guard previous >= 1, analysis.isCharacter(previous, ","), tokens[previous].newlinesBefore == 0,
            next >= tokens.count || tokens[next].kind == .punctuation || tokens[next].newlinesBefore > 0
        else { return false }
        for start in max(0, previous - 3)..<previous {
            if let match = bestMatch(at: start), start + match.length == previous,
                case .entity(let label) = match.category, label == .gpe
            {
                // `Paul Denver, Ina Vale`: a place after a given name is a surname, and the name
                // after its comma the next person in a list; `the mayor of Arden, Ina Vale`: a
                // given name after a role's place names the role's holder.
                if start >= 1 && tokens[start].newlinesBefore == 0 && has(.givenName, at: start - 1) { return false }
                return !(has(.givenName, at: previous + 1) && isRole(before: start))
            }
        }
        return false
    }

    /// `Ardley, Texas,` `Ardley, Wessex.`: a name right before a comma and a known place that
    /// closes the phrase is a town in that place.
    func isTownBeforeRegion(after next: Int) -> Bool {
        guard analysis.isCharacter(next, ","), next + 1 < tokens.count, tokens[next + 1].newlinesBefore == 0,
            let match = bestMatch(at: next + 1), case .entity(let label) = match.category, label == .gpe
        else { return false }
        let after = next + 1 + match.length
        return after >= tokens.count || tokens[after].newlinesBefore > 0
            || analysis.isCharacter(after, ",") || analysis.isCharacter(after, ".") || analysis.isCharacter(after, ")")
            || analysis.isCharacter(after, ";")
    }

    /// `25 CUC`, `USD 40`, `PM2`: an acronym beside an amount, or with digits in it, is a unit,
    /// a currency or a code, not a body.
    func isUnitOrCode(_ index: Int) -> Bool {
        let token = tokens[index]
        for offset in Int(token.start)..<Int(token.end) where analysis.text[offset] &- 0x30 < 10 { return true }
        if index > 0, tokens[index - 1].kind == .number, token.newlinesBefore == 0 { return true }
        return index + 1 < tokens.count && tokens[index + 1].kind == .number && tokens[index + 1].newlinesBefore == 0
    }

    /// A lower-case word on the same line follows the name, one it can describe (`the Tom Vale
    /// novel`): no function word, clause word or verb of saying, nor a word ending in `-s`, `-ed`
    /// or `-ly`, as verbs and adverbs after a team's or a band's name do (`the Tom Vales routed`).
    func isModifierOfNoun(before next: Int) -> Bool {
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            tokens[next].newlinesBefore == 0, !tokens[next].isAttached
        else { return false }
        let end = Int(tokens[next].end)
        let last = analysis.text[end - 1]
        let penultimate = analysis.text[end - 2]
        if last == UInt8(ascii: "s")
            || tokens[next].length > 3
                && (penultimate == UInt8(ascii: "e") && last == UInt8(ascii: "d")
                    || penultimate == UInt8(ascii: "l") && last == UInt8(ascii: "y"))
        {
            return false
        }
        let hash = tokens[next].foldedHash
        return !words.sentenceWords.contains(hash) && !words.clauseWords.contains(hash)
            && !words.speechVerbs.contains(hash)
    }

    /// `the mayor of`, `President of the`, `envoy to`: a role or a title and its preposition
    /// stand before `place`.
    func isRole(before place: Int) -> Bool {
        var index = place - 1
        if index >= 0, tokens[index].kind == .word, words.articleWords.contains(tokens[index].foldedHash) { index -= 1 }
        guard index >= 1, tokens[index].kind == .word, !tokens[index].isCapitalized,
            tokens[index].foldedHash == words.ofWord || tokens[index].foldedHash == words.toWord
        else { return false }
        let role = index - 1
        return tokens[role].kind == .word && (words.personRoles.contains(tokens[role].hash) || isTitle(at: role) != nil)
    }

    /// `Velmora announced`: a lone word that is no given name before a verb a firm takes as often
    /// as a person is no person by that verb.
    func isStatementOfFirm(_ name: Range<Int>, verb: Int) -> Bool {
        name.count == 1 && !has(.givenName, at: name.lowerBound)
            && words.statementVerbs.contains(tokens[verb].foldedHash)
    }

    /// An article stands right before the name (`the Courier said`, `How The Courier works`).
    func followsArticle(_ name: Range<Int>) -> Bool {
        let previous = name.lowerBound - 1
        return previous >= 0 && tokens[previous].kind == .word
            && words.articleWords.contains(tokens[previous].foldedHash)
    }
}
