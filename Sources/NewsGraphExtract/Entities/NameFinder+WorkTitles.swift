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

extension NameFinder {
    /// A title in quotation marks after a noun for its kind runs to the closing mark, past a
    /// colon, a comma or a lower-case word (`the exhibition ‘Harbour Light: Ten Years of Glass’`):
    /// the marks, not the capitals, bound it. The names found inside it are part of it.
    func wholeQuotedTitles(_ candidates: inout [NameCandidate]) {
        var index = 0
        while index < candidates.count {
            defer { index += 1 }
            let name = candidates[index].tokens
            guard candidates[index].label == .workOfArt, let end = quotedTitleEnd(name), end > name.upperBound else {
                continue
            }
            candidates[index].tokens = name.lowerBound..<end
            candidates[index].canonical = nil
            while index + 1 < candidates.count, candidates[index + 1].tokens.lowerBound < end {
                candidates.remove(at: index + 1)
            }
        }
    }

    /// The end of a quoted title whose opening mark stands right before `name`, a noun for its
    /// kind before the mark: the last word before the closing mark on the same line, at most a
    /// dozen tokens on; nil when no closing mark comes (a quotation, not a title).
    private func quotedTitleEnd(_ name: Range<Int>) -> Int? {
        let open = name.lowerBound - 1
        guard open >= 0, tokens[open].kind == .openingQuote || tokens[open].kind == .straightQuote,
            isTitleAfterKindNoun(name)
        else { return nil }
        let mark = analysis.text[Int(tokens[open].start)]
        var position = name.upperBound
        while position < tokens.count, position < name.lowerBound + 12, tokens[position].newlinesBefore == 0 {
            let token = tokens[position]
            if token.kind == .openingQuote { return nil }
            let closes =
                tokens[open].kind == .openingQuote
                ? token.kind == .closingQuote
                : token.kind == .straightQuote && analysis.text[Int(token.start)] == mark
            if closes {
                // `‘Harbour Light,’`: a comma or a stop inside the marks belongs to the sentence.
                var end = position
                while end > name.upperBound, tokens[end - 1].kind == .punctuation { end -= 1 }
                return end
            }
            position += 1
        }
        return nil
    }
}
