extension QuoteExtractor {
    /// `say` and the cues that are also acts (`add`, `claim`) name no one told, so after them
    /// only a time or place phrase (`said on Monday that`, `said last week that`) stands before
    /// the `that` of the report: a `that` after any other words (`said rural clinics that serve
    /// …`, `adds a plate that shields …`) opens a relative clause on those words.
    static func isRelativeThat(afterCue cue: Int, _ analysis: TextAnalysis) -> Bool {
        let next = cue + 1
        guard next < analysis.tokens.count else { return false }
        let cueWord = analysis.tokens[cue].foldedHash
        guard sayForms.contains(cueWord) || QuoteLexicon.actionCues.contains(cueWord) else { return false }
        let token = analysis.tokens[next]
        guard token.kind == .word, !token.isCapitalized, token.newlinesBefore == 0 else { return false }
        let word = token.foldedHash
        if word == FoldedWord.that || timeAndPlaceOpeners.contains(word) { return false }
        // An adverb of manner or time in -ly (`said repeatedly that`).
        let end = Int(token.end)
        return
            !(token.length > 3 && analysis.text[end - 2] == UInt8(ascii: "l")
            && analysis.text[end - 1] == UInt8(ascii: "y"))
    }

    private static let sayForms = WordSet.folded(["say", "says", "said", "saying"])

    /// Words that open a phrase of time, place or manner between a verb of saying and its `that`.
    private static let timeAndPlaceOpeners = WordSet.folded([
        "in", "on", "at", "during", "to", "of", "for", "after", "before", "with", "from", "through", "over",
        "via", "about", "under", "since", "in", "into", "when", "while", "yesterday", "today", "tonight",
        "last", "earlier", "later", "recently", "again", "previously", "also", "this", "next", "then", "now",
        "once", "twice", "often", "still", "already", "further", "separately", "privately", "publicly",
        "so", "as", "not", "never", "even", "only", "just", "both", "all", "he", "she", "it", "they", "we",
        "you", "i", "there", "what", "how", "why", "whether", "if", "who", "where", "which",
    ])

    /// A full stop with a word right on both sides (`example.com`): part of one name, no end.
    static func isInnerStop(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard index > 0, index + 1 < tokens.count, analysis.isCharacter(index, ".") else { return false }
        return tokens[index - 1].kind == .word && tokens[index + 1].kind == .word
            && tokens[index - 1].end == tokens[index].start && tokens[index].end == tokens[index + 1].start
    }
}
