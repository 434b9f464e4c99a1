import NewsGraphCore

/// What the words around a mention tell the document-level pass: slots that name no person,
/// articles and phrases of ordinary words, words the page also writes in lower case, and the
/// people who share a name.
extension DocumentResolver {
    /// What an unknown name of capitalised words is when the word before it says it names no
    /// one: after an article (`the Grey Owls`, `a Velder Prize`) a body, after a person's
    /// possessive (`Marlowe's Silent Orchard`) a work; a place's or a body's possessive leads
    /// to its people (`Ardia's Tomas Vell`).
    func nonPersonSlot(before index: Int, after possessor: NameCandidate?) -> EntityLabel? {
        guard index >= 0 else { return nil }
        let token = analysis.tokens[index]
        if token.kind == .possessive {
            guard let possessor, possessor.tokens.upperBound == index, possessor.label == .person else { return nil }
            return .workOfArt
        }
        guard token.kind == .word, Self.articles.contains(token.foldedHash) else { return nil }
        // `starred in The Quiet Year`: a capitalised article inside a sentence opens a title;
        // at a sentence's start it is capitalised for the sentence.
        return token.isCapitalized && !analysis.isSentenceInitial(index) ? .workOfArt : .org
    }

    private static let articles = Lexicon.articles

    func isArticle(_ index: Int) -> Bool {
        index >= 0 && analysis.tokens[index].kind == .word && Self.articles.contains(analysis.tokens[index].foldedHash)
    }
    /// Capitalised words that open sentences, directions and greetings before a name.
    static let openers = ContextCues.sentenceOpeners.union(Lexicon.sentenceWords)
        .union(WordSet.folded(["hey", "hi", "hello", "st", "saint"]))

    /// `Mind Your Step`, `Lantern Yield Optimisation`: a run with a function word after its
    /// first word, or an abstract noun, is a phrase in capitals (a slogan, a term), not a
    /// person's name.
    func isPhraseOfWords(_ range: Range<Int>) -> Bool {
        range.contains { index in
            analysis.tokens[index].kind == .word
                && (index > range.lowerBound && Self.functionWords.contains(analysis.tokens[index].foldedHash)
                    || analysis.isAbstractNoun(index))
        }
    }

    private static let functionWords = Lexicon.sentenceWords

    /// Which capitalised words of `names` the document also writes in lower case, by folded
    /// hash: one pass over the tokens against the few words asked, not a set of every word.
    func wordsWrittenInLowerCase(of names: [NameCandidate]) -> TokenHashSet {
        let asked = TokenHashSet(
            names.lazy.flatMap { $0.tokens }.filter { analysis.tokens[$0].isCapitalized }
                .map { analysis.tokens[$0].foldedHash })
        var found: [UInt64] = []
        for token in analysis.tokens where token.kind == .word && !token.isCapitalized {
            if asked.contains(token.foldedHash) { found.append(token.foldedHash) }
        }
        return TokenHashSet(found)
    }

    /// "Okafor" and "Daniel Okafor" and "Daniel T. Okafor": each person takes the longest name in the
    /// document that shares its last word.
    func unifyPeople(_ mentions: inout [Resolved]) {
        var longest = TokenHashMap<String>()
        for mention in mentions where mention.label == .person {
            let last = Self.lastWordHash(of: mention.canonical)
            if let known = longest[last], known.utf8.count >= mention.canonical.utf8.count { continue }
            longest[last] = mention.canonical
        }
        for index in mentions.indices where mentions[index].label == .person {
            let canonical = mentions[index].canonical
            guard let full = longest[Self.lastWordHash(of: canonical)], full.utf8.count > canonical.utf8.count,
                full.hasSuffix(canonical)
            else { continue }
            mentions[index].canonical = full
        }
    }

    /// The ``TokenHash`` of the text after the last space, read from the bytes in place.
    static func lastWordHash(of name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            var start = bytes.count
            while start > 0 && bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
            var hash = TokenHash.offset
            for index in start..<bytes.count { TokenHash.add(&hash, bytes[index]) }
            return hash
        }
    }
}
