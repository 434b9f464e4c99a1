/// Languages in a list: `taught in Portuguese, Polish and Greek`.
extension NameFinder {
    /// A nationality word listed (a comma, `and`, `or`, or a comma and one of them between) beside
    /// a language is a language too, when the list stands alone as languages do (no noun after it):
    /// the members of a list are of one kind, and only the first of them sits after the cue.
    func languageLists(_ candidates: inout [NameCandidate]) {
        var changed = true
        while changed {
            changed = false
            for index in candidates.indices where candidates[index].label == .norp {
                let name = candidates[index].tokens
                guard name.count == 1, standsAlone(after: listEnd(from: index, in: candidates)) else { continue }
                let before =
                    index > 0 && candidates[index - 1].label == .language
                    && isListGap(candidates[index - 1].tokens.upperBound..<name.lowerBound)
                let after =
                    index + 1 < candidates.count && candidates[index + 1].label == .language
                    && isListGap(name.upperBound..<candidates[index + 1].tokens.lowerBound)
                if before || after {
                    candidates[index].label = .language
                    changed = true
                }
            }
        }
    }

    /// The token after the last name of the list that the candidate at `index` is in: `Hindu and
    /// Sikh temples` is a list of adjectives of the noun after it, no list of languages.
    private func listEnd(from index: Int, in candidates: [NameCandidate]) -> Int {
        var last = index
        while last + 1 < candidates.count,
            isListGap(candidates[last].tokens.upperBound..<candidates[last + 1].tokens.lowerBound)
        {
            last += 1
        }
        return candidates[last].tokens.upperBound
    }

    /// No lower-case word but a clause word after a name: `French.`, `French, and`, not `French cities`.
    /// A slash (`Zen/Chan`) joins a word to the next, so the list goes on past it.
    private func standsAlone(after next: Int) -> Bool {
        if next < tokens.count, analysis.isCharacter(next, "/") { return false }
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].newlinesBefore == 0 else { return true }
        return tokens[next].isCapitalized || words.clauseWords.contains(tokens[next].foldedHash)
    }

    /// The tokens between two members of a list on one line: a comma, `and`/`or`, or both, or
    /// `as well as` with or without a comma before it.
    private func isListGap(_ gap: Range<Int>) -> Bool {
        guard (1...4).contains(gap.count), gap.allSatisfy({ tokens[$0].newlinesBefore == 0 }) else { return false }
        if gap.count >= 3 {
            let hasComma = gap.count == 4 && analysis.isCharacter(gap.lowerBound, ",")
            let phrase = hasComma ? gap.lowerBound + 1 : gap.lowerBound
            return gap.upperBound - phrase == 3 && tokens[phrase].foldedHash == Self.asWord
                && tokens[phrase + 1].foldedHash == Self.wellWord && tokens[phrase + 2].foldedHash == Self.asWord
        }
        let isConjunction = { (index: Int) in
            tokens[index].foldedHash == words.andWord || tokens[index].foldedHash == words.orWord
        }
        if gap.count == 1 { return analysis.isCharacter(gap.lowerBound, ",") || isConjunction(gap.lowerBound) }
        return analysis.isCharacter(gap.lowerBound, ",") && isConjunction(gap.lowerBound + 1)
    }

    private static let asWord = TokenHash.foldedHash("as")
    private static let wellWord = TokenHash.foldedHash("well")
}
