import NewsGraphCore

/// Titles named by the noun for their kind right before them: `the film Harbour Lights`,
/// `the second track ‘Oslo’`.
extension NameFinder {
    /// A name right after a lower-case noun for a work (``ContextCues/titleNouns``), or one in
    /// quotation marks right after a noun for a part of a work or a show
    /// (``ContextCues/quotedTitleNouns``), is that work's title: the writer says what it is,
    /// which outranks what the gazetteer knows the words as elsewhere (a city, a person).
    func isTitleAfterKindNoun(_ name: Range<Int>) -> Bool {
        var cue = name.lowerBound - 1
        guard cue >= 1, tokens[name.lowerBound].newlinesBefore == 0 else { return false }
        var isQuoted = false
        if tokens[cue].kind == .openingQuote || tokens[cue].kind == .straightQuote {
            guard tokens[name.lowerBound].isAttached, tokens[cue].newlinesBefore == 0 else { return false }
            isQuoted = true
            cue -= 1
        }
        let noun = tokens[cue]
        guard noun.kind == .word, !noun.isCapitalized else { return false }
        // `the song Lowmoor Hill`, `the anime Brightwater`: a noun that names only a work.
        if ContextCues.titleNouns.contains(noun.foldedHash) { return true }
        // `track ‘Oslo’`, `the series “Dover”`: a noun for a part of a work or a show, which is
        // as often a verb or an ordinary noun (`track Oslo’s budget`), only before a quoted name.
        return isQuoted && ContextCues.quotedTitleNouns.contains(noun.foldedHash)
    }

    /// A name the gazetteer knows as a place, a site or a person that a noun for a work names
    /// as a title (`the film Lowmoor`): the noun beside it is the more direct evidence.
    func titleLabel(of range: Range<Int>, known label: EntityLabel) -> EntityLabel? {
        switch label {
        case .gpe, .loc, .fac:
            return isTitleAfterKindNoun(range) ? .workOfArt : nil
        case .person:
            // `the book Ann Marsh wrote`: a person's name after a bare noun may open a clause
            // about the noun; in quotation marks it is the title.
            let quote = range.lowerBound - 1
            guard quote >= 0, tokens[quote].kind == .openingQuote || tokens[quote].kind == .straightQuote else {
                return nil
            }
            return isTitleAfterKindNoun(range) ? .workOfArt : nil
        default:
            return nil
        }
    }
}
