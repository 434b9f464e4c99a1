import NewsGraphCore

/// The capitalised indefinite article that opens a work's title inside a sentence. Kept apart
/// from the one-word titles in `DocumentResolver+Titles.swift`, which find works; this only
/// moves a span's start.
extension DocumentResolver {
    /// `read A Quiet Orchard last year`: a capitalised `A` or `An` inside running prose right
    /// before a work's name is the first word of its title (a capitalised `The` is left out, as
    /// the names of papers and bands are written with and without it).
    func takeWorkArticles(_ resolved: inout [Resolved]) {
        for index in resolved.indices where resolved[index].label == .workOfArt {
            let first = resolved[index].tokens.lowerBound
            let article = first - 1
            guard article >= 1, analysis.tokens[first].newlinesBefore == 0,
                Self.titleArticles.contains(analysis.tokens[article].hash), !analysis.isSentenceInitial(article),
                index == 0 || resolved[index - 1].tokens.upperBound <= article
            else { continue }
            // Inside prose: after a lower-case word, a comma or a possessive, not after a colon or a
            // dash (a subtitle) or in a line of capitalised words.
            let before = analysis.tokens[article - 1]
            switch before.kind {
            case .word where !before.isCapitalized: break
            case .possessive: break
            case .punctuation where analysis.isCharacter(article - 1, ","): break
            default: continue
            }
            let longer = article..<resolved[index].tokens.upperBound
            resolved[index].tokens = longer
            resolved[index].canonical = analysis.string(tokens: longer)
        }
    }

    private static let titleArticles = WordSet.hashes(["A", "An"])
}
