import NewsGraphCore

/// A company's divisions: a known company's name before a word for a part or a line of a company.
extension NameFinder {
    /// `Arden Research`, `Arden Music`: a known company of one word right before a word for a part
    /// or a line of a company that ends the capitalised words, on a running line, is one name,
    /// that division (ORG); the page's other cues (a list of products, a platform's slot) may show
    /// it to be a product, but the maker alone is no name of it.
    func makerDivision(from start: Int, after end: Int) -> NameCandidate? {
        guard end - start == 1, end < tokens.count, !tokens[start].isAllCaps, !isCapsLine(start),
            !headingSentences[Int(analysis.sentenceOfToken[start])], tokens[end].kind == .word,
            tokens[end].newlinesBefore == 0, !taken[end], words.divisionWords.contains(tokens[end].hash),
            bestMatch(at: end) == nil
        else { return nil }
        let after = end + 1
        guard after >= tokens.count || tokens[after].newlinesBefore > 0 || !isNameWord(after),
            after >= tokens.count || tokens[after].kind != .possessive && tokens[after].kind != .hyphen
        else { return nil }
        // `Launches Arden Music`: inside a title-cased line every word is capitalised.
        if start > 0, tokens[start].newlinesBefore == 0, !analysis.isSentenceInitial(start),
            tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized
        {
            return nil
        }
        return NameCandidate(
            tokens: start..<after, label: .org, canonical: nil, evidence: .pattern,
            isSentenceInitial: analysis.isSentenceInitial(start))
    }
}
