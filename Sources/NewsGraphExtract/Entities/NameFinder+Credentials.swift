import NewsGraphCore

/// Credentials written in capitals: the qualification or degree a person holds is no name, though
/// the body that grants it, written before it, is one.
extension NameFinder {
    /// `Certified Grafting Technician`, `QGA Certified Orchard Planner`: a capitalised `Certified`
    /// and the words after it name a qualification, which the scan would take for a body; only
    /// the body's name before it stays, as the scan read it, unless it is all ordinary words.
    /// Not after `of` (`Institute of Certified …`: the body's own name), nor when the words end in
    /// a plural (`Certified Roofers`: a firm or the people).
    func dropCredentials(_ candidates: inout [NameCandidate]) {
        candidates = candidates.compactMap { found in
            let name = found.tokens
            if isDegree(name) { return nil }
            guard let mark = name.first(where: { tokens[$0].hash == Self.certifiedHash }),
                mark == name.lowerBound || tokens[mark - 1].foldedHash != Self.ofHash,
                !isPluralWord(name.upperBound - 1)
            else { return found }
            var end = mark
            while end > name.lowerBound, tokens[end - 1].kind != .word { end -= 1 }
            guard (name.lowerBound..<end).contains(where: { !commonWords.contains(tokens[$0].foldedHash) })
            else { return nil }
            var body = found
            body.tokens = name.lowerBound..<end
            if let match = bestMatch(at: name.lowerBound), match.length == end - name.lowerBound,
                case .entity(let label) = match.category
            {
                body.label = label
                body.canonical = gazetteer.entry(of: match).canonical
                body.evidence = .gazetteer
            } else {
                body.canonical = nil
            }
            return body
        }
    }

    /// `an MBA`, `her BFA and MFA`, `(MFA, 2009)`: the letters of an academic degree name the
    /// degree, though a body may share them; only after `the` (`at the MFA`) or alone in brackets
    /// after a name they spell out (`Meridian Film Academy (MFA)`) may they be that body.
    private func isDegree(_ name: Range<Int>) -> Bool {
        let index = name.lowerBound
        guard name.count == 1, index > 0, Self.degreeLetters.contains(tokens[index].hash),
            tokens[index - 1].foldedHash != FoldedWord.the
        else { return false }
        return !(analysis.isCharacter(index - 1, "(") && analysis.isCharacter(index + 1, ")"))
    }

    /// Academic degrees' letters that name no state, no common firm and no common term.
    private static let degreeLetters = WordSet.hashes([
        "BFA", "BSc", "BEng", "BBA", "BSN", "MBA", "MFA", "MSc", "MEng", "MPhil", "MPH", "MPA", "MSN",
        "MSW", "MEd", "PhD", "DPhil", "EdD", "PharmD", "DNP", "LLB",
    ])

    private static let certifiedHash = TokenHash.hash("Certified")
    private static let ofHash = TokenHash.foldedHash("of")
}
