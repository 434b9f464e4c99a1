import NewsGraphCore

/// Titles of works the writer marks only by a capitalised article.
extension DocumentResolver {
    /// `played in The Harbour, …`: a capitalised `The` inside a sentence, then the word and no
    /// more of a title (no `of`, `and`, capital, number, quote or dash after it: `The Treaty of
    /// Varn`, `The Top 25`); a venue after `at` (`at The Oval`) is a place's name.
    func isOneWordTitle(_ index: Int) -> Bool {
        let article = index - 1
        guard article >= 1, analysis.tokens[article].hash == Self.capitalisedThe,
            !analysis.isSentenceInitial(article), analysis.tokens[index].newlinesBefore == 0,
            analysis.tokens[index].length > 1
        else { return false }
        // An acronym after `The` is a term (`The API returns`), not a title.
        if analysis.tokens[index].isAllCaps { return false }
        // Inside running prose: after a lower-case word (not `at`), a comma or a possessive; after a
        // colon or a dash it opens a subtitle (`Arden: The Movie`).
        let before = analysis.tokens[article - 1]
        switch before.kind {
        case .word where !before.isCapitalized && before.foldedHash != FoldedWord.at, .possessive: break
        case .punctuation where analysis.isCharacter(article - 1, ","): break
        default: return false
        }
        let next = index + 1
        guard next < analysis.tokens.count, analysis.tokens[next].newlinesBefore == 0 else { return true }
        let token = analysis.tokens[next]
        switch token.kind {
        case .word: return !token.isCapitalized && !ContextCues.headingFunctionWords.contains(token.foldedHash)
        case .punctuation:
            return !analysis.isCharacter(next, ".") || next + 1 >= analysis.tokens.count
                || analysis.tokens[next + 1].newlinesBefore > 0 || analysis.tokens[next + 1].kind != .word
                || analysis.tokens[next + 1].isCapitalized
        default: return false
        }
    }

    private static let capitalisedThe = TokenHash.hash("The")
}
