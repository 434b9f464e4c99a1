/// A name given in quoted words: `dubbed the bird "x"`, `nicknamed the car "x"`, `what she calls "x"`.
/// The marks hold the name of a thing, a term, not a statement anyone made.
extension QuoteExtractor {
    /// Verbs whose only use is to give a name.
    static let givingNameVerbs = WordSet.folded([
        "dub", "dubs", "dubbed", "dubbing", "nickname", "nicknames", "nicknamed", "christen", "christens",
        "christened",
    ])
    /// Verbs that give a name when a relative is their object: `the method that he calls "x"`.
    private static let callingVerbs = WordSet.folded([
        "call", "calls", "called", "calling", "term", "terms", "termed",
    ])
    private static let relatives = WordSet.folded(["what", "which", "that", "whom"])

    /// Whether the attribution's cue gives a name in a few quoted words right after it (its
    /// object at most a word or two before the marks): a name-giving verb, or a verb of calling
    /// whose subject stands after a relative.
    func givesAName(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        guard let cue = attribution.cue, cue.count == 1 else { return false }
        let tokens = analysis.tokens
        let verb = cue.lowerBound
        let hash = tokens[verb].foldedHash
        var naming = Self.givingNameVerbs.contains(hash)
        if !naming, Self.callingVerbs.contains(hash) {
            // `what Ann Vance calls`: a relative, then the subject in up to three words.
            var position = verb - 1
            while position >= 0, verb - position <= 4, tokens[position].kind == .word {
                if Self.relatives.contains(tokens[position].foldedHash) {
                    naming = position < verb - 1
                    break
                }
                position -= 1
            }
        }
        guard naming else { return false }
        func isMark(_ index: Int) -> Bool {
            switch tokens[index].kind {
            case .openingQuote, .closingQuote, .straightQuote: true
            default: false
            }
        }
        guard
            let open = (verb + 1..<min(verb + 4, tokens.count)).first(where: isMark),
            (verb + 1..<open).allSatisfy({ tokens[$0].kind == .word })
        else { return false }
        var close = open + 1
        var words = 0
        while close < tokens.count, !isMark(close) {
            if tokens[close].kind == .word { words += 1 }
            close += 1
        }
        return close < tokens.count && words <= 4
    }
}
