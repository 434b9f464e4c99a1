import NewsGraphCore

/// Datelines and the bracketed words beside a name: where a story was filed, an acronym
/// spelled out, a country in brackets after a name.
extension NameFinder {
    /// `LONDON 1996-08-30`, `WASHINGTON (Reuters) -`: capitals opening a line, then a date, an
    /// agency in brackets or a dash, name the place the story was filed from.
    func isDateline(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard first == 0 || tokens[first].newlinesBefore > 0, range.count <= 3,
            range.allSatisfy({ tokens[$0].isAllCaps || tokens[$0].kind != .word }), range.upperBound < tokens.count
        else { return false }
        let next = tokens[range.upperBound]
        // In a headline (`CRICKET - LEICESTERSHIRE WIN`) the dash separates a topic, not a place,
        // and one ordinary word or common acronym before it labels a list item (`THYME - Keeps
        // moths away`, `FYI -`).
        if next.kind == .dash { return !isCapsLine(first) && !(range.count == 1 && isOrdinaryInCapitals(first)) }
        // `QRM (Quick Route Mapping)`: words in the bracket whose initials are the capitals before
        // it spell an acronym out; an agency's name there is no such spelling.
        if analysis.isCharacter(range.upperBound, "(") {
            return !isCapsLine(first) && !(range.count == 1 && spellsOut(first, from: range.upperBound + 1))
        }
        return taken[range.upperBound] && next.kind == .number
    }

    /// `THYME`, `FYI`: a word in capitals that is an ordinary word or a common or technical acronym,
    /// unless the gazetteer knows it.
    private func isOrdinaryInCapitals(_ index: Int) -> Bool {
        let token = tokens[index]
        let isTerm = words.commonAcronyms.contains(token.hash) || technicalAcronyms.contains(token.hash)
        guard isTerm || commonWords.contains(token.foldedHash) else { return false }
        if let match = bestMatch(at: index), case .entity = match.category { return false }
        return true
    }

    /// Whether the capitalised words from `start` to a closing bracket open, one by one, with the
    /// letters of the word at `acronym`.
    private func spellsOut(_ acronym: Int, from start: Int) -> Bool {
        let letters = Int(tokens[acronym].start)..<Int(tokens[acronym].end)
        var letter = letters.lowerBound
        var index = start
        while index < tokens.count, !analysis.isCharacter(index, ")"), tokens[index].newlinesBefore == 0 {
            let token = tokens[index]
            if token.kind == .word && token.isCapitalized {
                guard letter < letters.upperBound, analysis.text[Int(token.start)] == analysis.text[letter] else {
                    return false
                }
                letter += 1
            }
            index += 1
        }
        return letter == letters.upperBound && letter - letters.lowerBound >= 2
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

    /// `Garden Design Professional (GDP)`: capitals in brackets that are the initials of the
    /// name's words spell the name out as an acronym; they are no country's code.
    func isSpelledOut(_ name: Range<Int>, at open: Int) -> Bool {
        guard analysis.isCharacter(open, "("), analysis.isCharacter(open + 2, ")") else { return false }
        let acronym = tokens[open + 1]
        let initials = name.filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        guard acronym.isAllCaps, initials.count == acronym.length else { return false }
        return initials.enumerated().allSatisfy { letter, word in
            analysis.text[Int(tokens[word].start)] == analysis.text[Int(acronym.start) + letter]
        }
    }
}
