import NewsGraphCore

/// Capitalised words that look like names but are terms or the site's own pages: ordinary
/// adjectives before a common acronym, `our … Guide`. Kept apart from the ordinary-phrase tests
/// in `NameFinder+Products.swift`.
extension NameFinder {
    /// `Adaptive AI`, `Regional SEO`: ordinary words with an adjective's ending before one common
    /// or technical acronym that ends the run name a kind of technique, not a body or a product;
    /// a firm's name of that shape (`Quorvane VPN`, `Tarvel AI`) leads with a noun. A word the
    /// word list is too old to hold counts too when it ends in `-ic` or `-ive` and the gazetteer
    /// does not know it (`Synaptic AI` is coined as adjectives are).
    func isAdjectiveTerm(_ name: Range<Int>) -> Bool {
        let last = name.upperBound - 1
        guard name.count >= 2, tokens[last].kind == .word, tokens[last].isAllCaps, tokens[last].length > 1,
            words.commonAcronyms.contains(tokens[last].hash) || technicalAcronyms.contains(tokens[last].hash)
        else { return false }
        for index in name.lowerBound..<last {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, !token.isAllCaps, hasAdjectiveEnding(index),
                commonWords.contains(token.foldedHash) || isCoinedAdjective(index)
            else { return false }
        }
        return true
    }

    /// `Synaptic`: a capitalised word of six letters or more ending in `-ic` or `-ive` that the
    /// gazetteer does not know as a name.
    private func isCoinedAdjective(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length >= 6, !has(.givenName, at: index) else { return false }
        if let match = bestMatch(at: index), case .entity = match.category { return false }
        let end = Int(token.end)
        let text = analysis.text
        let last = text[end - 1]
        let before = text[end - 2]
        if before == UInt8(ascii: "i") && last == UInt8(ascii: "c") { return true }
        return text[end - 3] == UInt8(ascii: "i") && before == UInt8(ascii: "v") && last == UInt8(ascii: "e")
    }

    /// `DataOps`, `SecOps`: one word that joins a capitalised stem to `Ops` names a discipline of
    /// operations, no body, unless a firm's legal form follows it.
    func isOperationsTerm(_ run: Range<Int>) -> Bool {
        let token = tokens[run.lowerBound]
        guard run.count == 1, token.kind == .word, token.isCapitalized, token.length > 4 else { return false }
        let end = Int(token.end)
        let text = analysis.text
        guard text[end - 3] == UInt8(ascii: "O"), text[end - 2] == UInt8(ascii: "p"), text[end - 1] == UInt8(ascii: "s")
        else { return false }
        let next = run.upperBound
        return next >= tokens.count || !Self.legalForms.contains(tokens[next].hash)
    }

    /// `Gen Z`, `Gen Alpha`, `GenAI`: `Gen`, clipped from `generation` or `generative`, before
    /// one capital letter, `Alpha` or `AI` (apart or joined) names a cohort of people or a kind of
    /// technology, no body or product.
    func isGenerationTerm(_ run: Range<Int>) -> Bool {
        let first = tokens[run.lowerBound]
        guard first.kind == .word, first.length >= 3, run.count <= 2 else { return false }
        let text = analysis.text
        let start = Int(first.start)
        guard text[start] == UInt8(ascii: "G"), text[start + 1] == UInt8(ascii: "e"),
            text[start + 2] == UInt8(ascii: "n")
        else { return false }
        if run.count == 1 {
            // `GenAI`, `GenZ`: the letters run on in capitals.
            let rest = text[start + 3..<Int(first.end)]
            return (rest.count == 1 || rest.elementsEqual("AI".utf8)) && rest.allSatisfy { $0 &- 0x41 < 26 }
        }
        let second = tokens[run.lowerBound + 1]
        guard first.length == 3, second.kind == .word, second.newlinesBefore == 0 else { return false }
        return second.length == 1 && second.isCapitalized || Self.generationWords.contains(second.hash)
    }

    /// Words after `Gen` that name a cohort or a technology.
    private static let generationWords = WordSet.hashes(["AI", "Alpha"])

    /// Whether the word at `index` ends as English adjectives do (`-al`, `-ive`, `-ic`, `-ous`,
    /// `-ful`, `-less`, `-able`, `-ible`, `-ary`, `-ent`, `-ant`).
    func hasAdjectiveEnding(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length >= 4 else { return false }
        let end = Int(token.end)
        let text = analysis.text
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return suffix.withUTF8Buffer { bytes in
                (0..<count).allSatisfy { TokenHash.fold(text[end - count + $0]) == bytes[$0] }
            }
        }
        return endsWith("al") || endsWith("ive") || endsWith("ic") || endsWith("ous") || endsWith("ful")
            || endsWith("less") || endsWith("able") || endsWith("ible") || endsWith("ary") || endsWith("ent")
            || endsWith("ant")
    }

    /// `see our Balcony Herb Garden Guide`, `try our free Paint Cost Calculator`, `our Tarvex FAQ
    /// page`: capitalised words after `our` or `your` (and at most one lower-case word) that end in,
    /// or stand before, a word for a page or a tool of the site name that page, not a body.
    func isOwnPage(_ name: Range<Int>, before previous: Int) -> Bool {
        guard name.count >= 2, previous >= 0, tokens[previous].kind == .word else { return false }
        var owner = previous
        if !tokens[previous].isCapitalized, !Self.siteOwners.contains(tokens[previous].foldedHash), previous >= 1,
            tokens[previous].newlinesBefore == 0
        {
            owner = previous - 1
        }
        guard tokens[owner].kind == .word, Self.siteOwners.contains(tokens[owner].foldedHash) else { return false }
        let last = name.upperBound - 1
        if tokens[last].kind == .word, Self.pageWords.contains(tokens[last].foldedHash) { return true }
        let next = name.upperBound
        return next < tokens.count && tokens[next].kind == .word && !tokens[next].isCapitalized
            && tokens[next].newlinesBefore == 0 && Self.pageWords.contains(tokens[next].foldedHash)
    }

    /// The determiners by which a site speaks of its own pages.
    static let siteOwners = WordSet.folded(["our", "your"])

    /// Words for a page or a tool of a site (`Guide`, `FAQ`, `calculator`).
    static let pageWords = WordSet.folded([
        "guide", "guides", "faq", "faqs", "checklist", "calculator", "template", "handbook", "glossary", "quiz",
        "checker", "estimator", "tool", "page",
    ])

    /// `Top Cheapest Local Bakeries`: three or more words opened by `Top`, `Best` or `Most` whose
    /// other words are ordinary (and whose last is no award's or event's head word) rank things,
    /// a list's or a prize's title, not a body.
    func isRanking(_ name: Range<Int>) -> Bool {
        let first = tokens[name.lowerBound]
        guard first.kind == .word, first.isCapitalized, Self.rankingOpeners.contains(first.foldedHash) else {
            return false
        }
        var words = 1
        for index in name.dropFirst() where tokens[index].kind == .word {
            words += 1
            let token = tokens[index]
            guard !token.isAllCaps || token.length == 1,
                commonWords.contains(token.foldedHash) || self.words.headingFunctionWords.contains(token.foldedHash)
            else { return false }
        }
        let last = name.upperBound - 1
        return words >= 3 && tokens[last].kind == .word && headLabel(of: last, ledBy: nil) == nil
    }

    /// Words that open the title of a ranking.
    static let rankingOpeners = WordSet.folded(["top", "best", "most"])
}
