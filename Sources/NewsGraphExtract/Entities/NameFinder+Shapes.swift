import NewsGraphCore

/// Rules that read a name's shape and place: datelines, results-table sides, bracketed
/// countries, initials, compass words before places and nationalities.
extension NameFinder {
    /// "the West", "the East": a place by convention when not followed by another name.
    func compassPlace(at index: Int) -> NameCandidate? {
        guard index + 1 < tokens.count, tokens[index].foldedHash == theHash,
            words.compassWords.contains(tokens[index + 1].hash), !isNameWord(index + 2),
            !taken[index + 1]
        else { return nil }
        return NameCandidate(
            tokens: index..<index + 2, label: .loc, canonical: "the " + analysis.string(index + 1),
            evidence: .pattern, isSentenceInitial: false)
    }

    /// `LONDON 1996-08-30`, `WASHINGTON (Reuters) -`: capitals opening a line, then a date, an
    /// agency in brackets or a dash, name the place the story was filed from.
    func isDateline(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard first == 0 || tokens[first].newlinesBefore > 0, range.count <= 3,
            range.allSatisfy({ tokens[$0].isAllCaps || tokens[$0].kind != .word }), range.upperBound < tokens.count
        else { return false }
        let next = tokens[range.upperBound]
        // In a headline (`CRICKET - LEICESTERSHIRE WIN`) the dash separates a topic, not a place.
        if next.kind == .dash || analysis.isCharacter(range.upperBound, "(") { return !isCapsLine(first) }
        return taken[range.upperBound] && next.kind == .number
    }

    /// `(Algeria)`, `(U.S.)`, `(RUS)`: a bracketed country or code right after a name.
    func isBracketedPlace(at open: Int) -> Bool {
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
    func isTeamSlot(before previous: Int, after next: Int) -> Bool {
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
}
