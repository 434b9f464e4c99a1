import NewsGraphCore

/// The index of words reported speech can start from, read once per word before any pattern.
extension QuoteExtractor {
    /// Every word a pattern of reported speech can start from: evidential, nominal, clarity, complement,
    /// stance-object and clause cues.
    static let cueWords: TokenHashSet = {
        var hashes: [UInt64] = []
        for set in [
            Self.appearanceVerbs, Self.expectationWords, QuoteLexicon.clauseNouns, Lexicon.clarityVerbs,
            ComplementPatterns.infinitiveVerbs, ComplementPatterns.namingVerbs, ComplementPatterns.objectVerbs,
            QuoteLexicon.clauseVerbs,
        ] {
            hashes.append(contentsOf: set)
        }
        hashes.append(contentsOf: ComplementPatterns.stanceVerbs.keys)
        return TokenHashSet(hashes)
    }()
}
