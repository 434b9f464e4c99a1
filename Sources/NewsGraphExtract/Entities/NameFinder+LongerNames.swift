import NewsGraphCore

/// Known names that are only a word of a longer name: a place between capitalised words of a
/// running sentence (`the Velmar Lisbon Makers Guild`), a company's branch named by its
/// country (`Siemens Portugal`), a body's unit after its acronym (`QRB Select`). Apart from the
/// scan so the rules read as one concern.
extension NameFinder {
    /// Whether the known place at `range` stands between two capitalised words of one name in a
    /// running sentence, a word of a longer name that is no place of its own: neither neighbour a
    /// title, a given name, a weekday, a month, a point of the compass or a heading's function
    /// word, and the word after it no known name (`Lisbon Madrid` is two places).
    func isInsideLongerName(_ range: Range<Int>) -> Bool {
        let before = range.lowerBound - 1
        let after = range.upperBound
        guard before >= 0, after < tokens.count, !isCapsLine(range.lowerBound),
            !headingSentences[Int(analysis.sentenceOfToken[range.lowerBound])],
            tokens[range.lowerBound].newlinesBefore == 0, tokens[after].newlinesBefore == 0,
            isInnerNameWord(before), isInnerNameWord(after), !analysis.isSentenceInitial(before),
            isTitle(at: before) == nil, isTitle(at: after) == nil, !has(.givenName, at: after)
        else { return false }
        if let match = bestMatch(at: after), case .entity = match.category { return false }
        // `Roman Britain`, `Ardish Lisbon`: a people or a place before it qualifies the place; a
        // company before it names its branch or building (`Velmar Lisbon Riverside`).
        for position in max(0, before - 3)...before {
            guard let match = bestMatch(at: position), position + match.length == before + 1 else { continue }
            if case .entity(let label) = match.category, label != .org { return false }
            if case .givenName = match.category, position == before { return false }
        }
        return true
    }

    /// A capitalised word that can go on a name around a place: no weekday, month, compass
    /// word or heading function word, which stand beside a place without joining it.
    private func isInnerNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !taken[index] else { return false }
        return !words.weekdays.contains(token.hash) && !words.neverNames.contains(token.foldedHash)
            && !words.compassAdjectives.contains(token.foldedHash)
            && !words.compassDescriptors.contains(token.foldedHash)
            && !words.headingFunctionWords.contains(token.foldedHash)
    }

    /// Whether the known country at `range` follows a known company, written as a word and not
    /// as an acronym, with nothing between, and ends its name (`Siemens Portugal sells …`): the
    /// company's branch there, one organisation. An acronym's body before a place names its work
    /// there (`the UN Ardia mission`).
    func isCompanyBranch(_ range: Range<Int>, country: String, after candidates: [NameCandidate]) -> Bool {
        guard let last = candidates.last, last.label == .org, last.evidence == .gazetteer,
            last.tokens.upperBound == range.lowerBound, tokens[range.lowerBound].newlinesBefore == 0,
            !tokens[last.tokens.lowerBound].isAllCaps, !isCapsLine(range.lowerBound),
            range.upperBound >= tokens.count || tokens[range.upperBound].newlinesBefore > 0
                || !isNameWord(range.upperBound)
        else { return false }
        return GazetteerLoader.countries.contains(country)
    }

    /// A known body's acronym before one or two capitalised ordinary words, where the capitals end
    /// on its line (`QRB Select`, `QRB Benchmarks`): a school, desk, unit or programme of that
    /// body, one name; so is a lone given name after it, a school named for its donor (`QRB
    /// Tarnwell`). Plurals that name people (`QRB Agents`), titles, weekdays, known words and a
    /// number after them (a product's model) leave it alone.
    func acronymUnit(from start: Int, after end: Int) -> NameCandidate? {
        guard end - start == 1, tokens[start].isAllCaps, tokens[start].length >= 2, !isCapsLine(start),
            !headingSentences[Int(analysis.sentenceOfToken[start])]
        else { return nil }
        // `Captures QRB Nomination.`: inside a title-cased line every word is capitalised.
        if start > 0, tokens[start].newlinesBefore == 0, !analysis.isSentenceInitial(start),
            tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized
        {
            return nil
        }
        var position = end
        while position < min(tokens.count, end + 2), tokens[position].newlinesBefore == 0, isNameWord(position),
            !tokens[position].isAllCaps, isTitle(at: position) == nil, isInnerNameWord(position),
            !words.sentenceWords.contains(tokens[position].foldedHash),
            !words.roleNouns.contains(tokens[position].foldedHash),
            !isPluralWord(position) || isProductLinePlural(position)
        {
            if let match = bestMatch(at: position) {
                guard case .givenName = match.category, position == end, !isNameWord(position + 1) else { break }
            } else if !commonWords.contains(tokens[position].foldedHash) {
                break
            }
            position += 1
        }
        // A number after it (`QRB Tarnix 5`) makes a product's model, left to the rules on products.
        guard position > end,
            position >= tokens.count || tokens[position].newlinesBefore > 0
                || !isNameWord(position) && tokens[position].kind != .number
        else { return nil }
        return NameCandidate(
            tokens: start..<position, label: .org, canonical: nil, evidence: .pattern,
            isSentenceInitial: analysis.isSentenceInitial(start))
    }
}
