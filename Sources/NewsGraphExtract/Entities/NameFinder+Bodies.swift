import NewsGraphCore

/// Names the clause around them shows to be a body, not a person: the `its` of a clause whose
/// subject the name is.
extension NameFinder {
    /// `Tarvolt has kept its lead`: a name with a finite verb after it and `its` further on in the same
    /// clause (no punctuation, quotation mark, verb of speech or personal pronoun between) is the
    /// thing `its` stands for, a body. A name led by a given name is left to its person rules.
    func isSubjectOfIts(_ name: Range<Int>, after next: Int) -> Bool {
        guard next + 1 < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            tokens[next].newlinesBefore == 0, !words.speechVerbs.contains(tokens[next].foldedHash),
            !has(.givenName, at: name.lowerBound)
        else { return false }
        // `Kotlin gained its fans`: a programming language's name is left to the page's
        // other languages, which make it software.
        if name.count == 1, ProgrammingLanguages.shared.all.contains(tokens[name.lowerBound].hash) { return false }
        // `Turn the crate on its end`, `Ready for its launch`: the word after the name must
        // look like a finite verb (`-s`, `-ed`, or an auxiliary), or the capital opens an imperative
        // or a phrase, not a subject.
        if !isFiniteVerbShape(next) { return false }
        // `the fleet under Tarvolt began its run`: after a preposition the name is no subject.
        if name.lowerBound > 0, tokens[name.lowerBound - 1].kind == .word, !tokens[name.lowerBound - 1].isCapitalized,
            Self.prepositions.contains(tokens[name.lowerBound - 1].foldedHash)
        {
            return false
        }
        let sentence = analysis.sentenceOfToken[next]
        var position = next + 1
        while position < min(tokens.count, next + 12), analysis.sentenceOfToken[position] == sentence {
            let token = tokens[position]
            guard token.kind == .word || token.kind == .number || token.kind == .hyphen, token.newlinesBefore == 0
            else { return false }
            if token.foldedHash == Self.its { return true }
            if Self.personalPronouns.contains(token.foldedHash) || words.speechVerbs.contains(token.foldedHash) {
                return false
            }
            position += 1
        }
        return false
    }

    /// `expands`, `launched`, `has`, `will`: a word shaped like a verb with a subject.
    private func isFiniteVerbShape(_ index: Int) -> Bool {
        let token = tokens[index]
        if Self.auxiliaries.contains(token.foldedHash) { return true }
        guard token.length >= 4 else { return false }
        let end = Int(token.end)
        let last = analysis.text[end - 1] | 0x20
        let before = analysis.text[end - 2] | 0x20
        if last == UInt8(ascii: "s") { return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") }
        return last == UInt8(ascii: "d") && before == UInt8(ascii: "e")
    }

    private static let auxiliaries = WordSet.folded([
        "has", "had", "is", "was", "can", "could", "will", "would", "may", "might", "must", "should", "did", "does",
        "began", "grew", "made", "won", "took", "built", "kept", "became", "brought", "sold", "bought", "put", "set",
    ])
    private static let prepositions = WordSet.folded([
        "under", "by", "with", "from", "for", "of", "to", "at", "in", "on", "than", "about", "against", "between",
        "via", "without", "behind", "beside", "after", "before", "into", "onto", "over", "through",
    ])
    private static let its = TokenHash.foldedHash("its")
    private static let personalPronouns = WordSet.folded([
        "he", "she", "him", "his", "her", "hers", "they", "them", "their", "we", "our", "i", "my", "you", "your",
    ])
}
