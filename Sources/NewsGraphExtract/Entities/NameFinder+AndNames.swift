import NewsGraphCore

/// Where `and` goes on with a body's name instead of ending it: inside the subject that a head
/// word and `of` or `for` open (`Department of Parks and Recreation`), and between plain
/// capitalised words that a body's suffix closes (`Strength and Balance Society`). Elsewhere
/// `and` ends a name, so that two names listed together stay two.
extension NameFinder {
    /// Whether `and` at `index`, in a name whose head word `of` or `for` has linked to capitalised
    /// words, leads the words that close that name: one to three plain capitalised words where
    /// the capitals end, that are not a second body (two or more words ending in a body's word).
    func continuesLinkedName(atAnd index: Int) -> Bool {
        guard let last = closingWords(afterAnd: index, allowingGivenName: false) else { return false }
        return last == index + 1 || !isBodyWord(last)
    }

    /// Whether `and` at `index` joins one or two ordinary capitalised words from `start` to one to
    /// three more that an institution's or a public body's head word closes (`Strength and Balance
    /// Society`, `Hike and Bike Trail`): an ordinary word is seldom a name alone, so the two sides
    /// are one body's name, not a list. A firm's suffix (`Guard`, `Union`) does not join: brands
    /// listed before another firm are names of their own.
    func joinsPlainWordsToBody(atAnd index: Int, from start: Int) -> Bool {
        guard index - start <= 2, index > start,
            (start..<index).allSatisfy({
                isNameWord($0) && !tokens[$0].isAllCaps && commonWords.contains(tokens[$0].foldedHash)
                    && !isBodyWord($0) && !isKnownName($0)
            }),
            let last = closingWords(afterAnd: index, allowingGivenName: false), last > index + 1,
            (index + 1..<last).allSatisfy({ !isBodyWord($0) })
        else { return false }
        return Self.bodyHeads.contains(tokens[last].hash) || isBuildingHead(last)
    }

    /// Head words of public bodies, learned societies and centres, which name no firm.
    private static let bodyHeads = WordSet.hashes([
        "Society", "Association", "Administration", "Agency", "Council", "Commission", "Federation", "Institute",
        "Foundation", "Center", "Centre", "Committee", "Department", "Office", "Bureau", "Board", "League",
        "Alliance", "Coalition", "Academy", "Authority", "Fund", "Trust",
    ])

    /// The last of the capitalised words after `and` at `index`, when one to three of them stand on
    /// its line where the capitals end and the first opens no other name: no known name, title,
    /// article, acronym, head word or organisation's prefix (nor a given name, unless allowed).
    private func closingWords(afterAnd index: Int, allowingGivenName: Bool) -> Int? {
        let first = index + 1
        guard first < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized,
            tokens[index].foldedHash == FoldedWord.and, tokens[index].newlinesBefore == 0,
            tokens[first].newlinesBefore == 0, isNameWord(first),
            !tokens[first].isAllCaps, tokens[first].length > 1, !isKnownName(first), isTitle(at: first) == nil,
            !words.leadingDeterminers.contains(tokens[first].hash), !isBuildingHead(first),
            !has(.organisationPrefix, at: first, length: 2), allowingGivenName || !has(.givenName, at: first)
        else { return nil }
        var last = first
        while last - first < 2, last + 1 < tokens.count, tokens[last + 1].newlinesBefore == 0,
            isNameWord(last + 1), isTitle(at: last + 1) == nil
        {
            last += 1
        }
        if last + 1 < tokens.count, tokens[last + 1].newlinesBefore == 0, isNameWord(last + 1) { return nil }
        return last
    }

    /// A word the gazetteer knows as a name of its own (a place, a firm, a people).
    private func isKnownName(_ index: Int) -> Bool {
        guard let match = bestMatch(at: index), case .entity = match.category else { return false }
        return true
    }

    /// A body's suffix or an institution's head word (`Society`, `Museum`): it ends a body's name.
    private func isBodyWord(_ index: Int) -> Bool {
        has(.organisationSuffix, at: index) || isBuildingHead(index)
    }
}
