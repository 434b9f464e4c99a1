import NewsGraphCore

/// Labels read from head words (`Museum`, `Bank`, `Street`) and from the context words around a
/// capitalised run, apart from the run-finding and classifying steps they serve.
extension NameFinder {
    /// The label of a head word that stands before a connector inside a name: `Museum` in
    /// `Stella Museum of Fine Art`, `Bank` in `Ardish Bank of Trade`.
    func innerHeadLabel(of name: Range<Int>) -> EntityLabel? {
        for index in name.lowerBound..<name.upperBound - 2
        where tokens[index + 1].foldedHash == words.ofWord && tokens[index].isCapitalized {
            if has(.organisationSuffix, at: index) { return .org }
            if let label = headLabel(of: index, ledBy: nil), label != .event { return label }
        }
        return nil
    }

    /// The label the words around a name give it: `striker X` and `X, 45,` a person,
    /// `X-based` a place, `beat X` and `X drew` a team.
    func cueLabel(before previous: Int, after next: Int) -> EntityLabel? {
        if previous >= 0, tokens[previous].kind == .word, !tokens[previous].isCapitalized,
            words.personRoles.contains(tokens[previous].hash)
        {
            return .person
        }
        // `her teacher, Ardelt, said`: a role and a name in apposition.
        if previous >= 1, analysis.isCharacter(previous, ","), tokens[previous - 1].kind == .word,
            !tokens[previous - 1].isCapitalized, words.personRoles.contains(tokens[previous - 1].hash),
            analysis.isCharacter(next, ",") || analysis.isCharacter(next, ".")
        {
            return .person
        }
        if let label = appositionKind(before: previous, after: next) { return label }
        if analysis.isCharacter(next, ","), next + 2 < tokens.count, tokens[next + 1].kind == .number,
            tokens[next + 1].length <= 2, analysis.isCharacter(next + 2, ",") || analysis.isCharacter(next + 2, ".")
        {
            return .person
        }
        // `London-based`, but `Content-based`: an ordinary word before it names a method, and so
        // does an acronym the gazetteer does not know (`QRM-based`: a technique, no place).
        if next + 1 < tokens.count, tokens[next].kind == .hyphen,
            words.placeCompounds.contains(tokens[next + 1].foldedHash),
            !commonWords.contains(tokens[next - 1].foldedHash), !tokens[next - 1].isAllCaps
        {
            return .gpe
        }
        if isTeamSlot(before: previous, after: next) { return .org }
        // `Holt graduated`, `Nida was born`: verbs only people take.
        if next < tokens.count, tokens[next].kind == .word,
            words.personVerbs.contains(tokens[next].foldedHash)
                || next + 1 < tokens.count && tokens[next + 1].foldedHash == words.bornWord
        {
            return .person
        }
        if next < tokens.count, !tokens[next].isCapitalized,
            words.organisationHeads.contains(tokens[next].foldedHash)
        {
            // `the Roofing company X`: one ordinary word before a noun of business names the
            // trade, not a firm.
            if previous + 2 == next, words.businessHeads.contains(tokens[next].foldedHash),
                commonWords.contains(tokens[next - 1].foldedHash)
            {
                return nil
            }
            return .org
        }
        return nil
    }

    /// `the bakery's ordering app, Quorlo, sends`, `a fintech startup, Tarnwick,`: a name not led
    /// by a given name between commas after a lower-case noun for a firm or a program is that firm
    /// or program (not in a list: `colour, brand, Tarvex,`).
    func appositionKind(before previous: Int, after next: Int) -> EntityLabel? {
        guard previous >= 1, analysis.isCharacter(previous, ","), analysis.isCharacter(next, ","),
            tokens[previous - 1].kind == .word, !tokens[previous - 1].isCapitalized,
            !has(.givenName, at: previous + 1), previous < 2 || !analysis.isCharacter(previous - 2, ",")
        else { return nil }
        let noun = tokens[previous - 1].foldedHash
        if ContextCues.programNouns.contains(noun) { return .product }
        if ContextCues.firmNouns.contains(noun) { return .org }
        return nil
    }

    /// `Our booking software, Quorlo,`: a phrase in apposition that a possessive opens names the
    /// page's own product or firm, as firmly as a pattern does, so that in the document's vote it
    /// weighs against a person's cue elsewhere on the page (`Quorlo was born in a garage`).
    func isOwnedApposition(before previous: Int) -> Bool {
        guard previous >= 2, analysis.isCharacter(previous, ",") else { return false }
        var index = previous - 2
        while index >= 0, index >= previous - 6, tokens[index + 1].newlinesBefore == 0 {
            let token = tokens[index]
            if token.kind == .word {
                if words.possessiveDeterminers.contains(token.foldedHash) { return true }
                if token.isCapitalized { return false }
            } else if token.kind != .hyphen {
                return false
            }
            index -= 1
        }
        return false
    }

    /// `west of Arden`, `the town of Arden`: `of` after a point of the compass or a lower-case
    /// noun for a settlement leads to a place.
    func isPlaceOf(_ of: Int) -> Bool {
        guard of >= 1, of < tokens.count, tokens[of].foldedHash == words.ofWord, tokens[of - 1].kind == .word else {
            return false
        }
        let word = tokens[of - 1]
        return words.compassPoints.contains(word.foldedHash)
            || !word.isCapitalized && words.settlementNouns.contains(word.foldedHash)
    }

    /// `Senators Vale, Brask and Orlin`: a known title with a plural `s`, before a list of names
    /// (a name, then a comma or `and` and another name), is the title of each of them.
    func isPluralTitle(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.length >= 4,
            analysis.text[Int(token.end) - 1] == UInt8(ascii: "s"), bestMatch(at: index) == nil,
            index + 1 < tokens.count, tokens[index + 1].newlinesBefore == 0, isNameWord(index + 1)
        else { return false }
        var singular = token
        singular.end -= 1
        singular.hash = TokenHash.offset
        singular.foldedHash = TokenHash.offset
        for byte in analysis.text[Int(singular.start)..<Int(singular.end)] {
            TokenHash.add(&singular.hash, byte)
            TokenHash.add(&singular.foldedHash, TokenHash.fold(byte))
        }
        guard gazetteer.matches(in: [singular], at: 0).contains(where: { $0.category == .title && $0.length == 1 })
        else { return false }
        var end = index + 1
        while end < tokens.count, end - index <= 3, isNameWord(end), tokens[end].newlinesBefore == 0 { end += 1 }
        guard nextNameOfList(after: end) != nil else { return false }
        // `Kings Cross and Leeds`: a list that holds a known place or body is no list of people.
        var position = index + 1
        while position < tokens.count, tokens[position].newlinesBefore == 0,
            isNameWord(position) || analysis.isCharacter(position, ",") || tokens[position].foldedHash == words.andWord
        {
            if let match = bestMatch(at: position), case .entity(let label) = match.category, label != .person {
                return false
            }
            position += 1
        }
        return true
    }

    /// Where the next name of a list starts after a name ending at `end`: past a comma, `and`
    /// or both, on the same line.
    func nextNameOfList(after end: Int) -> Int? {
        var next = end
        if next < tokens.count, analysis.isCharacter(next, ",") { next += 1 }
        if next < tokens.count, tokens[next].foldedHash == words.andWord { next += 1 }
        guard next > end, next < tokens.count, tokens[next].newlinesBefore == 0, isNameWord(next) else { return nil }
        return next
    }

    /// `x in B`, `in B.`: one letter, with or without a full stop, is a variable or a grade.
    func isSingleLetter(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.length == 1 || token.length == 2 && analysis.text[Int(token.end) - 1] == UInt8(ascii: ".")
    }

    /// `Arden Museum, Texas`, `Inc., Texas`: a name headed by a building or a body, or a firm's
    /// suffix, is an institution in the place after its comma, never a town there; a suffix in
    /// capitals (`NV`) may be a state's code.
    func isInstitutionHead(_ head: Int) -> Bool {
        ContextCues.institutionHeads.contains(tokens[head].hash)
            || has(.organisationSuffix, at: head) && !tokens[head].isAllCaps
    }

    /// `Arden Convention Center`, `Velmar Civic Centre`: `Center` after a word for meetings, shows
    /// or shopping names a building, where it otherwise ends a body's name (`Arden Research Center`).
    func isVenueCentre(_ head: Int) -> Bool {
        head >= 1 && words.centreWords.contains(tokens[head].hash) && tokens[head - 1].kind == .word
            && words.venueKinds.contains(tokens[head - 1].foldedHash)
    }

    /// What a name ending in `head` names: an event (`Cup`), a site (`Street`), a natural place
    /// (`River`), or with a place before it a team (`Norwich City`) or a current (`Ardish Stream`).
    func headLabel(of head: Int, ledBy leader: EntityLabel?) -> EntityLabel? {
        let hash = tokens[head].hash
        if words.lawHeads.contains(hash) { return .law }
        if words.workHeads.contains(hash) || ContextCues.showHeads.contains(hash) { return .workOfArt }
        if words.eventHeads.contains(hash) { return .event }
        if words.facilityHeads.contains(hash) || isVenueCentre(head) { return .fac }
        if words.locationHeads.contains(hash) { return .loc }
        if leader == .loc || leader == .gpe, ContextCues.currentHeads.contains(hash) { return .loc }
        if words.stateHeads.contains(hash) { return .gpe }
        if leader == .gpe && words.teamHeads.contains(hash) { return .org }
        if leader != nil && has(.organisationSuffix, at: head) { return .org }
        return nil
    }

    /// A known name followed by up to four capitalised words ending in a head word is one longer
    /// name: `Texas Open`, `UEFA Cup`, `Tokyo Stock Exchange`, `Norwich City`.
    func headedName(from start: Int, after end: Int, led leader: EntityLabel) -> NameCandidate? {
        guard leader == .gpe || leader == .org || leader == .loc || leader == .norp,
            !isCapsLine(start) || isInstitutionLineEnd(after: end)
        else {
            return nil
        }
        var position = end
        while position < min(tokens.count, end + 4), tokens[position].newlinesBefore == 0,
            tokens[position].kind == .word, tokens[position].isCapitalized, !taken[position]
        {
            if var label = headLabel(of: position, ledBy: leader)
                ?? (leader == .gpe && isTeamNickname(position) && !isNameWord(position + 1) ? .org : nil)
            {
                // `Ardley Congress Center`: of two head words together the last heads the name.
                while position + 1 < tokens.count, tokens[position + 1].newlinesBefore == 0, isNameWord(position + 1),
                    let next = headLabel(of: position + 1, ledBy: leader)
                {
                    label = next
                    position += 1
                }
                // `Ardley University Medical Center`: one or two plain words and a second head
                // word after the first name a unit of it, and the last head word ends the name.
                if let unit = unitHead(after: position, ledBy: leader) {
                    label = unit.label
                    position = unit.end
                }
                return NameCandidate(
                    tokens: start..<ofTail(after: position + 1), label: label, canonical: nil, evidence: .pattern,
                    isSentenceInitial: analysis.isSentenceInitial(start))
            }
            if let match = bestMatch(at: position), case .entity = match.category { return nil }
            position += 1
        }
        return nil
    }

    /// The head word one or two capitalised words after the head word at `head` on its line,
    /// none of them a known name or a given name, when the capitals end there.
    func unitHead(after head: Int, ledBy leader: EntityLabel) -> (end: Int, label: EntityLabel)? {
        var position = head + 1
        while position <= head + 3, position < tokens.count, tokens[position].newlinesBefore == 0,
            isNameWord(position), !has(.givenName, at: position), !isEntity(at: position)
        {
            if position >= head + 2, let label = headLabel(of: position, ledBy: leader),
                position + 1 >= tokens.count || !isNameWord(position + 1) || tokens[position + 1].newlinesBefore > 0
            {
                return (position, label)
            }
            position += 1
        }
        return nil
    }

    /// Whether the capitalised words after `end` on a title-cased line end it with an
    /// institution's head word (`… - Ardish Maritime Institute`): there every word is
    /// capitalised, but a line that ends in `University` or `Museum` ends in that body's name.
    func isInstitutionLineEnd(after end: Int) -> Bool {
        var position = end
        while position < min(tokens.count, end + 3), tokens[position].newlinesBefore == 0,
            tokens[position].kind == .word, tokens[position].isCapitalized
        {
            position += 1
        }
        guard position > end, ContextCues.institutionHeads.contains(tokens[position - 1].hash) else { return false }
        return position == tokens.count || tokens[position].newlinesBefore > 0
    }

    /// Where a name whose head word ends at `end` ends when `of` and capitalised words follow:
    /// `Ardish Academy of Fine Arts` is one name, not a body and a subject; `and` ends it, as a
    /// second name may follow, unless the words after it close this one (`Ardish Academy of Arts
    /// and Letters`, `NameFinder+AndNames`); after an institution's or a building's head word, so
    /// do `of the` and capitalised words (`Ardish Museum of the Sea`).
    func ofTail(after end: Int) -> Int {
        guard end + 1 < tokens.count, tokens[end].foldedHash == words.ofWord, !tokens[end].isCapitalized,
            tokens[end + 1].newlinesBefore == 0
        else { return end }
        var first = end + 1
        if tokens[first].foldedHash == theHash, !tokens[first].isCapitalized, first + 1 < tokens.count,
            tokens[first + 1].newlinesBefore == 0, end >= 1, isBuildingHead(end - 1)
        {
            first += 1
        }
        guard isNameWord(first) else { return end }
        var tail = first
        while tail < tokens.count, tokens[tail].newlinesBefore == 0, isNameWord(tail) { tail += 1 }
        while tail < tokens.count, continuesLinkedName(atAnd: tail) {
            tail += 1
            while tail < tokens.count, tokens[tail].newlinesBefore == 0, isNameWord(tail) { tail += 1 }
        }
        return tail
    }
}
