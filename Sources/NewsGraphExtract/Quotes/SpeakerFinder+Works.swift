import NewsGraphCore

/// A work named with its author before the verb: `Ann Vance's new book, Salt Roads, argues` and
/// `Salt Roads, Ann Vance's new book, argues` — a book cannot speak, so its author does.
extension SpeakerFinder {
    /// Nouns for a work one person makes and speaks through.
    static let workNouns = WordSet.folded([
        "book", "books", "memoir", "memoirs", "novel", "biography", "autobiography", "essay", "essays", "poem",
        "poems", "play", "documentary", "album", "thesis", "dissertation", "column", "blog",
    ])

    /// The author of a work whose phrase ends with the comma at `comma`: either the phrase is
    /// `X's [up to three words] book` itself, or it is the title in apposition to one.
    func authorOfWork(endingAt comma: Int, _ sentence: Sentence) -> Speaker? {
        guard comma - 1 > sentence.tokens.lowerBound, analysis.isCharacter(comma, ",") else { return nil }
        if let author = author(ofWorkNoun: comma - 1, sentence) { return author }
        // The title in apposition: back over its words to the comma after the work noun.
        var position = comma - 1
        while position > sentence.tokens.lowerBound, comma - position <= 8, !analysis.isCharacter(position, ",") {
            guard tokens[position].kind == .word || tokens[position].kind == .number else { return nil }
            position -= 1
        }
        guard position < comma - 1, analysis.isCharacter(position, ",") else { return nil }
        return author(ofWorkNoun: position - 1, sentence)
    }

    /// `X's new book` with the work noun at `noun`: the person before the possessive.
    private func author(ofWorkNoun noun: Int, _ sentence: Sentence) -> Speaker? {
        guard noun > sentence.tokens.lowerBound, tokens[noun].kind == .word,
            Self.workNouns.contains(tokens[noun].foldedHash)
        else { return nil }
        var position = noun - 1
        while position > sentence.tokens.lowerBound, noun - position <= 3, tokens[position].kind == .word,
            !tokens[position].isCapitalized
        {
            position -= 1
        }
        guard position > sentence.tokens.lowerBound, tokens[position].kind == .possessive,
            let person = mentionEndingAt[position - 1], person.label == .person
        else { return nil }
        return Speaker(tokens: person.tokens, mention: person, isPronoun: false)
    }
}
