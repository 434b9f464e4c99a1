import NewsGraphCore

/// Sentences with a cue verb that still report nothing: the words after the verb say where,
/// when or to whom rather than what ("told us during an interview"), the verb is part of a
/// phrasal verb ("it all adds up"), the speaker is no noun phrase ("That's not to say …"), the
/// statement is only supposed ("if they say …"), or the source is the page itself ("This guide
/// explains …").
extension QuoteExtractor {
    /// Whether an attribution has the shape of a statement someone made.
    func hasStatementShape(_ attribution: Attribution, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        if let cue = attribution.cue {
            // "It all adds up", "shows up": a verb with the particle "up" is another verb; one
            // before "than" compares ("easier said than done").
            if cue.upperBound < tokens.count,
                tokens[cue.upperBound].foldedHash == Self.up || tokens[cue.upperBound].foldedHash == Self.than
            {
                return false
            }
            // "argued in his book", "told us during an interview", "announces itself": a
            // preposition or a reflexive where the reported clause should start reports nothing,
            let first = attribution.content.lowerBound
            // "said in a statement that …" still reports its clause; "called for …", "insisted
            // on …" and "said of X" take their object after the preposition.
            if attribution.kind != .direct, first >= cue.upperBound, first - cue.upperBound <= 2,
                Self.placeAndTime.contains(tokens[first].foldedHash)
                    || Self.reflexives.contains(tokens[first].foldedHash),
                !attribution.content.contains(where: { tokens[$0].foldedHash == FoldedWord.that })
            {
                return false
            }
        }
        guard let speaker = attribution.speaker?.tokens else { return true }
        // "X tells you how much you spend": told to the reader, it explains; nobody is reported.
        if attribution.kind != .direct, let cue = attribution.cue, cue.upperBound < tokens.count,
            Self.tellWords.contains(tokens[cue.lowerBound].foldedHash),
            Self.reader.contains(tokens[cue.upperBound].foldedHash)
        {
            return false
        }
        // "To be a certified consultant shows …", "Being a member shows …": a subject that
        // opens with "be" names a state, not a source.
        if opensWithState(speaker, analysis) { return false }
        // "If you watch my channel, you'll know that …", "a topic you don't understand": the
        // writer or the reader right before the verb group is its subject, whatever name the
        // sentence holds before them.
        if let cue = attribution.cue {
            var position = cue.lowerBound - 1
            while position >= 0, cue.lowerBound - position <= 3, !speaker.contains(position),
                Self.verbGroupWords.contains(tokens[position].foldedHash)
            {
                position -= 1
            }
            if position >= 0, !speaker.contains(position),
                QuoteLexicon.writerAndReader.contains(tokens[position].foldedHash)
            {
                return false
            }
        }
        // "So maybe Tom knows …": a statement the writer hedges supposes what someone thinks.
        if speaker.lowerBound > 0, Self.hedges.contains(tokens[speaker.lowerBound - 1].foldedHash) { return false }
        // "When agencies say …": "when" before a verb in its plain present form supposes what
        // a group does as a habit ("when he says …" and "when they said …" tell of one occasion).
        if tokens[speaker.lowerBound].foldedHash == Self.when
            || speaker.lowerBound > 0 && tokens[speaker.lowerBound - 1].foldedHash == Self.when,
            let cue = attribution.cue, attribution.kind != .direct, isPlainPresent(cue.lowerBound, analysis)
        {
            return false
        }
        // "… the code that tells cells to grow": after "that" or "which" the verb's subject is
        // the noun before them, not a speaker further back.
        if attribution.kind != .direct, let cue = attribution.cue, cue.lowerBound > 0,
            Self.relatives.contains(tokens[cue.lowerBound - 1].foldedHash), speaker.upperBound < cue.lowerBound - 1,
            !(speaker.upperBound == cue.lowerBound - 2 && analysis.isCharacter(speaker.upperBound, ","))
        {
            return false
        }
        // "Our 2023 Hedgerow Census found …": the writer's own study, even when it has a name.
        if Self.writings.contains(tokens[speaker.upperBound - 1].foldedHash) {
            var position = speaker.lowerBound - 1
            while position >= 0, speaker.lowerBound - position <= 3,
                tokens[position].kind == .number
                    || tokens[position].isCapitalized
                        && !Self.ourWords.contains(tokens[position].foldedHash)
            {
                position -= 1
            }
            if position >= 0, Self.ourWords.contains(tokens[position].foldedHash) { return false }
        }
        guard attribution.speaker?.mention == nil else { return true }
        let first = tokens[speaker.lowerBound].foldedHash
        let last = tokens[speaker.upperBound - 1].foldedHash
        // "That's not to say", "actions go a long way in showing": a noun phrase does not end
        // in a preposition.
        if Self.prepositions.contains(last) || last == FoldedWord.to { return false }
        // "Learn to Say "No"": the word right before an infinitive is not its speaker.
        if let cue = attribution.cue, cue.lowerBound >= 2, tokens[cue.lowerBound - 1].foldedHash == FoldedWord.to,
            speaker.upperBound == cue.lowerBound - 1
        {
            return false
        }
        // "if they say …", "every time a user writes …": a condition supposes a statement.
        if speaker.lowerBound > 0, Self.conditions.contains(tokens[speaker.lowerBound - 1].foldedHash) {
            return false
        }
        // "A review often suggests …": what a kind of thing usually does describes it; nobody
        // made a statement.
        if let cue = attribution.cue, attribution.speaker?.isPronoun == false, cue.lowerBound > 0,
            Self.habitualAdverbs.contains(tokens[cue.lowerBound - 1].foldedHash)
        {
            return false
        }
        if first == Self.every, speaker.count > 1, tokens[speaker.lowerBound + 1].foldedHash == Self.time {
            return false
        }
        // "Every agency says it …", "any dealer will tell …": what each of a kind says is a
        // generalisation, not a statement someone made.
        if attribution.kind != .direct, opensWithEach(speaker, analysis) { return false }
        // "This guide explains …", "our survey found …": the page and the writer's own work.
        if Self.thisWords.contains(first), Self.pageNouns.contains(last) { return false }
        if Self.ourWords.contains(first), Self.pageNouns.contains(last) || Self.writings.contains(last) {
            return false
        }
        return true
    }

    /// A group named in general, by a quantifier or as people at large ("many parents", "people",
    /// "smart buyers"), speaks for no one in particular: on a page that is not a report, that is
    /// the writer's generalisation. So is a "they" that stands for no one named.
    func isGeneric(_ speaker: SpeakerFinder.Speaker, _ analysis: TextAnalysis) -> Bool {
        guard speaker.mention == nil else { return false }
        let tokens = analysis.tokens
        let first = speaker.tokens.lowerBound
        if speaker.isPronoun { return tokens[first].foldedHash == Self.they }
        if tokens[first].kind == .number || speaker.tokens.contains(where: { analysis.isCharacter($0, "%") }) {
            return false
        }
        if Self.referring.contains(tokens[first].foldedHash) { return false }
        return Self.generalQuantifiers.contains(tokens[first].foldedHash)
            || Self.peopleAtLarge.contains(tokens[speaker.tokens.upperBound - 1].foldedHash)
    }

    /// The noun phrase of the speaker opens with "every" or "any", in it or a few words before it.
    private func opensWithEach(_ speaker: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        if speaker.count > 1, Self.eachOfAKind.contains(tokens[speaker.lowerBound].foldedHash) { return true }
        var position = speaker.lowerBound - 1
        while position >= 0, speaker.lowerBound - position <= 3, tokens[position].kind == .word {
            if Self.eachOfAKind.contains(tokens[position].foldedHash) { return true }
            position -= 1
        }
        return false
    }

    /// The speaker phrase is, or ends, a subject that opens its sentence with "to be", "being"
    /// or "becoming", no comma between.
    private func opensWithState(_ speaker: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[speaker.lowerBound])]
        var first = sentence.tokens.lowerBound
        if tokens[first].foldedHash == FoldedWord.to, first + 1 < sentence.tokens.upperBound { first += 1 }
        guard Self.copulas.contains(tokens[first].foldedHash), speaker.lowerBound - first <= 8 else { return false }
        // A speaker phrase that itself opens with `To be` is that subject.
        guard first < speaker.lowerBound else { return true }
        return !(first..<speaker.lowerBound).contains { analysis.isCharacter($0, ",") }
    }

    /// A verb in its plain form: no "-s", no "-ed" and no irregular past ("say", "think").
    func isPlainPresent(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokens[index]
        if Self.irregularPasts.contains(token.foldedHash) { return false }
        let end = Int(token.end)
        guard token.length >= 2, end >= 2, end <= analysis.text.count else { return false }
        let last = analysis.text[end - 1]
        return last != UInt8(ascii: "s") && last != UInt8(ascii: "d")
    }
    private static let irregularPasts = WordSet.folded([
        "said", "told", "wrote", "thought", "knew", "felt", "found", "saw", "made", "gave", "took", "put", "read",
        "swore", "forecast", "bet", "spoke", "understood", "taught", "meant", "sought", "thought",
    ])
    private static let when = TokenHash.foldedHash("when")
    /// Auxiliaries, negations and adverbs between a subject and its verb ("you don't really know").
    private static let verbGroupWords = Lexicon.auxiliaries.union(
        WordSet.folded([
            "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "can", "can't", "can’t", "won't", "won’t",
            "should", "must", "really", "probably", "already", "all",
        ]))
    private static let hedges = WordSet.folded(["maybe", "perhaps"])
    private static let tellWords = WordSet.folded(["tell", "tells", "told", "telling"])
    private static let reader = WordSet.folded(["you", "yourself"])
    private static let copulas = WordSet.folded(["be", "being", "become", "becoming"])
    private static let habitualAdverbs = WordSet.folded([
        "often", "usually", "typically", "generally", "sometimes", "always", "rarely", "frequently", "normally",
        "commonly", "seldom",
    ])
    private static let up = TokenHash.foldedHash("up")
    private static let than = TokenHash.foldedHash("than")
    private static let every = TokenHash.foldedHash("every")
    private static let eachOfAKind = WordSet.folded(["every", "any"])
    private static let they = TokenHash.foldedHash("they")
    private static let time = TokenHash.foldedHash("time")
    static let prepositions = WordSet.folded([
        "in", "on", "at", "during", "for", "with", "about", "over", "from", "into", "by", "through", "after",
        "before", "under", "against", "of", "without", "within", "across", "behind", "toward", "towards",
    ])
    /// Prepositions of place, time, manner and topic, which no verb of saying takes as its object.
    private static let placeAndTime = WordSet.folded([
        "in", "at", "during", "about", "over", "from", "into", "by", "through", "after", "before", "under",
        "against", "without", "within", "across", "behind", "toward", "towards",
    ])
    private static let reflexives = WordSet.folded([
        "itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself", "yourselves",
    ])
    private static let relatives = WordSet.folded(["that", "which"])
    private static let conditions = WordSet.folded(["if", "unless", "whenever"])
    private static let thisWords = WordSet.folded(["this", "these"])
    private static let ourWords = WordSet.folded(["our", "my"])
    /// What a page calls itself.
    private static let pageNouns = WordSet.folded([
        "article", "articles", "guide", "guides", "post", "posts", "page", "piece", "blog", "tutorial", "list",
        "site", "website", "chapter", "section", "roundup", "overview",
    ])
    private static let generalQuantifiers = WordSet.folded(["many", "some", "most", "few", "lots", "plenty", "all"])
    /// Nouns for people at large rather than for a role someone holds.
    static let peopleAtLarge = WordSet.folded([
        "people", "parents", "users", "customers", "buyers", "owners", "students", "readers", "folks", "others",
        "everyone", "someone", "anyone", "consumers", "shoppers", "travelers", "travellers", "beginners", "fans",
    ])
    /// Words that make a noun phrase point at someone in particular.
    private static let referring = WordSet.folded([
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "one", "two", "three",
        "four", "five", "both", "each", "another", "former", "senior", "top",
    ])
}
