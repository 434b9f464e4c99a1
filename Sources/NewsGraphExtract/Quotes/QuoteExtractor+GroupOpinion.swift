import NewsGraphCore

/// `Most chemists believed that …`, `our testers felt that …`: a kind of people's former view, or
/// the writer's own group's, is the writer's account of an opinion nobody is shown voicing;
/// `some officials think` picks out people who were asked, and a kind's present view may be what
/// its members say now.
extension QuoteExtractor {
    /// Verbs of opinion, which report what a mind holds rather than what anyone said.
    private static let opinionVerbs = WordSet.folded([
        "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt",
    ])
    /// The past forms: a view once held.
    private static let pastForms = WordSet.folded(["believed", "thought", "felt"])
    /// The singular present: its subject is one, so a plural-looking capitalised word is a name.
    private static let singularForms = WordSet.folded(["believes", "thinks", "feels"])
    /// Quantifiers that make a plural generic: the kind, not particular people.
    private static let genericQuantifiers = WordSet.folded(["many", "most", "all"])
    /// The writer's own group (`our test team`): its views are the writer's.
    private static let writersOwn = WordSet.folded(["our", "my"])

    /// The attribution reports an opinion held by no one in particular: a generic plural's in the
    /// past (`historians believed`, `most chemists thought`) or the writer's own group's (`our
    /// staff felt`); a name, a pronoun, a share of a poll (`61% think`) and particular people
    /// (`some aides`, `the researchers`, `his team`) still hold their views.
    func isUnvoicedGroupOpinion(
        _ attribution: Attribution, source: EntityRecognizer.Mention?, _ analysis: TextAnalysis
    ) -> Bool {
        let tokens = analysis.tokens
        guard attribution.kind != .direct, let cue = attribution.cue, let speaker = attribution.speaker,
            !speaker.isPronoun, Self.opinionVerbs.contains(tokens[cue.lowerBound].foldedHash),
            source?.label != .person
        else { return false }
        if speaker.mention != nil || source != nil { return false }
        if speaker.tokens.contains(where: { tokens[$0].kind != .word }) { return false }
        // A capital opening the sentence is no name: `Historians think …`.
        let opening = analysis.sentences[Int(analysis.sentenceOfToken[speaker.tokens.lowerBound])].tokens.lowerBound
        let words = speaker.tokens.filter { !(tokens[$0].isCapitalized && $0 == opening) }
        guard words.allSatisfy({ !tokens[$0].isCapitalized }), let last = speaker.tokens.last else { return false }
        let head = tokens[last]
        if head.isCapitalized, isNameElsewhere(last, analysis) { return false }
        let determiner = determiner(of: speaker.tokens, analysis)
        if Self.groups.contains(head.foldedHash) {
            return determiner.map { Self.writersOwn.contains(tokens[$0].foldedHash) } == true
        }
        let plural =
            head.length > 3 && analysis.endsInPluralS(last) && !QuoteLexicon.quantifiers.contains(head.foldedHash)
        // `Vances believes`: a verb in the singular makes the capitalised word a name.
        guard plural, !Self.singularForms.contains(tokens[cue.lowerBound].foldedHash) else { return false }
        let word = determiner.map { tokens[$0].foldedHash }
        if let word, Self.writersOwn.contains(word) { return true }
        // A kind of people's view in the past (`most chemists believed`) is a former consensus
        // the writer recounts; in the present it may be what they say now.
        guard Self.pastForms.contains(tokens[cue.lowerBound].foldedHash) else { return false }
        return word.map { Self.genericQuantifiers.contains($0) } ?? true
    }

    /// The word that opens the speaker's noun phrase when it is a determiner, a quantifier or a
    /// possessive: the speaker's own first word, or one up to three plain words before it, across
    /// an `of` (`most of our staff`); nil for a bare phrase.
    private func determiner(of speaker: Range<Int>, _ analysis: TextAnalysis) -> Int? {
        let tokens = analysis.tokens
        func isDeterminer(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .possessive || token.kind == .number
                || Lexicon.determiners.contains(token.foldedHash)
                || QuoteLexicon.possessivePronouns.contains(token.foldedHash)
                || QuoteLexicon.quantifiers.contains(token.foldedHash) || Self.writersOwn.contains(token.foldedHash)
                || Self.someWords.contains(token.foldedHash)
        }
        if isDeterminer(speaker.lowerBound) { return speaker.lowerBound }
        let sentenceStart = analysis.sentences[Int(analysis.sentenceOfToken[speaker.lowerBound])].tokens.lowerBound
        var position = speaker.lowerBound - 1
        while position >= sentenceStart, speaker.lowerBound - position <= 4 {
            if isDeterminer(position) { return position }
            let token = tokens[position]
            guard token.kind == .word || token.kind == .possessive else { return nil }
            if token.isCapitalized && position != sentenceStart { return position }
            position -= 1
        }
        return nil
    }
    /// The capitalised word at `index` is written with a capital inside a sentence elsewhere in
    /// the text: a name (a family name in the plural's shape), not a kind of people.
    private func isNameElsewhere(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let hash = analysis.tokens[index].foldedHash
        for (position, token) in analysis.tokens.enumerated()
        where position != index && token.foldedHash == hash && token.isCapitalized {
            let opening = analysis.sentences[Int(analysis.sentenceOfToken[position])].tokens.lowerBound
            if position != opening { return true }
        }
        return false
    }
    /// Words that pick out particular members of a kind, or count them.
    private static let someWords = WordSet.folded([
        "some", "several", "these", "those", "such", "other", "two", "three",
    ])
}
