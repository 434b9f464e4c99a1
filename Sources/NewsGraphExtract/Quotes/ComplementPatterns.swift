/// Attributions whose content is not a `that` clause: an intention (`vowed to …`, `urged
/// Congress to …`), a naming in quoted words (`called the plan "a disaster"`), or a stance on
/// a topic (`called for …`, `accused X of …`, `warned against …`).
struct ComplementPatterns {
    let analysis: TextAnalysis
    let isQuotationMark: (Int) -> Bool

    /// Verbs whose `to` infinitive is what the subject says or intends.
    /// A decision (`decided to …`) is an act, not something said, so "decide" is not one of them.
    static let infinitiveVerbs = WordSet.folded([
        "promised", "promises", "promise", "promising", "vowed", "vows", "vow", "vowing", "pledged", "pledges",
        "pledge", "pledging", "threatened", "threatens", "threaten", "threatening", "urged", "urges", "urge",
        "urging", "asked", "asks", "ask", "asking", "wants", "want", "wanted", "plans", "plan", "planned",
        "planning", "agreed", "agrees", "agree", "refused", "refuses",
        "refuse", "declined", "declines", "decline", "offered", "offers", "intends", "intend", "intended",
        "vowed", "told", "tells", "called", "calls", "calling", "encouraged",
        "encourages", "demanded", "demands", "proposed", "proposes", "sought", "seeks", "seek", "seeking",
        "expects", "expect", "expected", "warned", "warns", "insisted", "argued", "aims", "aimed", "wished",
        "wishes", "wish", "pushed", "pushing",
        "pressed", "pressing", "challenged", "challenges", "invited", "invites", "forced", "advised", "advises",
        "instructed", "ordered", "orders", "directed", "appealed", "appeals",
    ])
    /// Verbs whose infinitive follows them at once (`offered to help`, `plans to build`): they take
    /// no addressee, so a thing between is what is given, planned or sought (`offers a tool to track
    /// sales`, `is planning a survey to map …`) and the infinitive is its purpose.
    static let offerVerbs = WordSet.folded([
        "offer", "offers", "offered", "offering", "plan", "plans", "planned", "planning", "aim", "aims", "aimed",
        "seek", "seeks", "seeking", "sought", "agree", "agrees", "agreed", "refuse", "refuses", "refused",
        "decline", "declines", "declined",
    ])
    /// Verbs that name something in the speaker's words: `called the plan "a disaster"`.
    static let namingVerbs = WordSet.folded([
        "called", "calls", "call", "calling", "described", "describes", "describe", "describing", "labeled",
        "labelled", "labels", "dubbed", "dubs", "branded", "brands", "termed", "terms", "deemed", "deems",
        "criticized", "criticised", "criticizes", "criticises", "praised", "praises", "blasted", "blasts",
        "slammed", "slams", "denounced", "denounces", "dismissed", "dismisses", "hailed", "hails", "accused",
        "accuses", "characterized", "characterizes", "referred", "refers", "decried", "decries", "mocked",
        "mocks", "attacked", "attacks", "defended", "defends", "touted", "touts", "pledged", "promised",
    ])
    /// Verbs with the preposition that introduces what they are about.
    static let stanceVerbs: [UInt64: Set<UInt64>] = {
        var table: [UInt64: Set<UInt64>] = [:]
        func add(_ verbs: [String], _ prepositions: [String]) {
            for verb in verbs { table[TokenHash.foldedHash(verb), default: []].formUnion(WordSet.folded(prepositions)) }
        }
        add(
            [
                "called", "calls", "call", "calling", "pushed", "pushes", "pushing", "argued", "argues", "arguing",
                "pressed", "presses", "advocated", "advocates", "lobbied", "fought", "fights",
            ], ["for"])
        add(["warned", "warns", "warning", "cautioned", "cautions"], ["of", "about", "against"])
        add(
            [
                "complained", "complains", "complaining", "talked", "talks", "talking", "spoke", "speaks", "speaking",
                "joked", "jokes", "boasted", "boasts", "bragged", "brags", "worried", "worries", "lied", "lies",
                "wrote", "writes", "tweeted", "tweets", "asked", "asks", "asking", "testified", "commented",
                "comments", "remarked", "raved", "ranted", "railed", "rails", "mused", "muses",
            ], ["about", "on"])
        add(
            [
                "railed", "rails", "argued", "argues", "warned", "campaigned", "campaigns", "protested", "voted",
                "votes",
            ], ["against"])
        add(
            [
                "accused", "accuses", "accusing", "convicted", "suspected", "criticized", "criticizes",
                "criticised", "blamed", "blames", "blaming", "praised", "praises",
            ], ["of", "for"])
        add(
            [
                "insisted", "insists", "commented", "comments", "reported", "reports",
                "elaborated", "weighed", "reflected", "reflects",
            ], ["on"])
        return table
    }()
    /// Stance verbs whose object stands before their preposition: "accused the mayor of …",
    /// "warned voters against …"; the others take the preposition next ("spoke about …").
    static let objectFirstVerbs = WordSet.folded([
        "accused", "accuses", "accusing", "convicted", "suspected", "criticized", "criticizes", "criticised",
        "blamed", "blames", "blaming", "praised", "praises", "warned", "warns", "warning", "cautioned", "cautions",
        "pressed", "presses", "pushed", "pushes", "pushing", "called", "calls", "call", "calling", "asked", "asks",
        "asking", "lobbied",
    ])
    /// Verbs of stance whose object is what the subject holds or says about it: `praised
    /// the senator's record`, `has proposed banning …`, `backs Clinton`, `cited the poll`.
    static let objectVerbs = WordSet.folded([
        "support", "supports", "supported", "supporting", "backs", "backed", "backing", "endorse",
        "endorses", "endorsed", "endorsing", "oppose", "opposes", "opposed", "opposing", "criticize", "criticizes",
        "criticized", "criticizing", "criticise", "criticises", "criticised", "praise", "praises", "praised",
        "praising", "defend", "defends", "defended", "defending", "attack", "attacks", "attacked", "attacking",
        "reject", "rejects", "rejected", "rejecting", "cite", "cites", "cited", "citing", "propose", "proposes",
        "proposed", "proposing", "blame", "blames", "blamed", "blaming", "dismiss", "dismisses", "dismissed",
        "welcome", "welcomes", "welcomed", "condemn", "condemns", "condemned", "condemning", "applaud",
        "applauds", "applauded", "slam", "slams", "slammed", "blast", "blasts", "blasted", "highlight",
        "highlights", "highlighted", "highlighting", "tout", "touts", "touted", "touting", "favor", "favors",
        "favored", "favour", "favours", "favoured", "prefer", "prefers", "preferred", "denounce", "denounces",
        "denounced", "decry", "decries", "decried", "mock", "mocks", "mocked", "mocking", "demand", "demands",
        "demanded", "recommend", "recommends", "recommended", "announce", "announces", "announced", "announcing",
        "deny", "denies", "denied", "denying", "want", "wants", "wanted", "question", "questions", "questioned",
        "questioning", "promise", "promises", "promised", "promising", "pledge", "pledges", "pledged",
        "describe", "describes", "described", "describing", "predict", "predicts", "predicted", "echo",
        "echoes", "echoed", "echoing", "embrace", "embraces", "embraced", "embracing", "champion", "champions",
        "championed", "championing", "advocate", "advocates", "advocated", "advocating", "discuss", "discusses",
        "discussed", "discussing", "address", "addresses", "addressed", "addressing", "express", "expresses",
        "expressed", "expressing", "offer", "offered", "offering", "reference", "referenced", "references",
        "ignore", "ignores", "ignored", "ignoring", "acknowledge", "acknowledges", "acknowledged", "acknowledging",
        "articulate", "articulated", "articulates", "portray", "portrays", "portrayed", "portraying", "liken",
        "likens", "likened", "bemoan", "bemoans", "bemoaned", "lament", "laments", "lamented", "assail",
        "assails", "assailed", "downplay", "downplays", "downplayed", "downplaying", "herald", "heralds",
        "heralded", "hail", "hails", "hailed", "congratulate", "congratulates", "congratulated", "thank",
        "thanks", "thanked", "thanking", "request", "requests", "requested", "requesting", "accept", "accepts",
        "accepted", "denouncing", "slamming", "blasting", "assailing", "lauded", "lauds", "applauding",
        "resist", "resists", "resisted", "dispute", "disputes", "disputed", "disputing", "contest", "contested",
        "challenge", "challenges", "challenged", "challenging", "refute", "refuted", "rebut", "rebutted",
        "decry", "insult", "insults", "insulted", "ridicule", "ridiculed", "ridicules", "fault", "faults",
        "faulted", "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "stress", "stresses",
        "stressed", "underscore", "underscored", "underscores", "recount", "recounts", "recounted",
        "reiterate", "reiterates", "reiterated", "outline", "outlines", "outlined", "outlining", "unveil",
        "unveils", "unveiled", "unveiling", "tweet", "tweeted", "reveal", "revealed", "reveals", "repeat",
        "repeated", "repeats", "mention", "mentioned", "mentions", "mentioning",
    ])
    /// Stance verbs in the simple present of one subject (`embraces bold colour`, `addresses
    /// poverty in her films`, `prefers oat milk`): a habit or a taste the writer describes, so
    /// their plain noun phrase is no one's claim and only a proposition after them is reported.
    private static let practiceVerbs = WordSet.folded([
        "embraces", "addresses", "challenges", "questions", "prefers",
    ])
    /// Conjunctions that join clauses, never open a topic.
    private static let conjunctions = WordSet.folded(["but", "and", "or", "so", "yet", "nor"])
    /// Conjunctions and prepositions that cannot stand between a verb and who it addresses.
    static let joiners = WordSet.folded(["and", "or", "but", "from", "of", "with", "in", "at", "by", "into"])
    /// Words that cannot open an object: prepositions, conjunctions, clause words; after them
    /// the verb is intransitive here or takes another pattern.
    static let nonObjects = WordSet.folded([
        "to", "that", "by", "in", "on", "at", "with", "for", "from", "of", "as", "and", "or", "but", "if",
        "when", "while", "because", "after", "before", "since", "until", "during", "into", "about", "against",
        "over", "under", "it", "them", "him", "her", "me", "us", "you", "this", "there", "here", "so", "up",
        "out", "off", "down", "back", "again", "too", "also", "not", "yesterday", "today", "tonight", "among",
        "amongst", "across", "within", "behind", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    ])
    /// Forms of "be" before a participle: a passive ("was criticized by …") names no speaker here.
    static let passiveAuxiliaries = WordSet.folded([
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "get", "got", "gets", "getting",
    ])
    private static let to = FoldedWord.to
    /// Verbs of wishing or inviting, which say what the subject would have someone do.
    private static let wishVerbs = WordSet.folded([
        "wants", "want", "wanted", "expects", "expect", "expected", "invites", "invite", "invited", "wishes",
        "wish", "wished",
    ])
    private static let readerAndWriter = WordSet.folded(["you", "us"])
    /// Prepositions between a verb and the one it addresses: "called on Congress to …",
    /// "called for every bidder to …".
    private static let objectMarkers = WordSet.folded(["on", "upon", "for"])

    /// The content that the word at `verb` introduces, if one of the patterns fits.
    func content(after verb: Int, in sentence: Sentence) -> Range<Int>? {
        let tokens = analysis.tokens
        let hash = tokens[verb].foldedHash
        let end = sentence.tokens.upperBound
        // An object of at most four words, then the pattern's word.
        let reach = min(verb + 6, end)
        // "Trump's plan to …", "their promise to …": after a possessor or determiner the word is a noun.
        let previous = verb > sentence.tokens.lowerBound ? tokens[verb - 1] : nil
        let isNoun =
            previous.map {
                $0.kind == .possessive || Lexicon.determiners.contains($0.foldedHash)
                    || QuoteLexicon.possessivePronouns.contains($0.foldedHash)
            } ?? false || isNounAfterIndefinite(verb, sentence)
        if Self.infinitiveVerbs.contains(hash), !isNoun {
            var position = verb + 1
            while position < reach, tokens[position].kind == .word || tokens[position].kind == .possessive,
                tokens[position].foldedHash != Self.to
            {
                position += 1
            }
            if position < reach, tokens[position].foldedHash == Self.to, position + 1 < end,
                tokens[position + 1].kind == .word
            {
                // "urged Congress to act": who is asked is part of what is asked; "from planning
                // and supplier management to …" joins nouns, and its "to" is no infinitive.
                if (verb + 1..<position).contains(where: { Self.joiners.contains(tokens[$0].foldedHash) }) {
                    return nil
                }
                // "wants you to …", "expected us to …": a wish aimed at the reader or the writer
                // is the writer's account of a site or a product, not a stance someone reported.
                if position == verb + 2, Self.wishVerbs.contains(hash),
                    Self.readerAndWriter.contains(tokens[verb + 1].foldedHash)
                {
                    return nil
                }
                // "offers a tool to track …", "planned a rally to …": a thing before the infinitive is
                // what is offered or planned.
                if position > verb + 1, Self.offerVerbs.contains(hash) { return nil }
                var start = position
                if position > verb + 1 {
                    start = verb + 1
                    while start < position, Self.objectMarkers.contains(tokens[start].foldedHash) { start += 1 }
                }
                return start..<clauseEnd(from: position, sentence)
            }
        }
        if Self.namingVerbs.contains(hash) {
            for position in verb + 1..<min(verb + 10, end) where isQuotationMark(position) {
                var close = position + 1
                while close < end, !isQuotationMark(close) { close += 1 }
                guard close < end else { break }
                // The naming runs to the end of its clause: `called the chaos "a lesson" about …`.
                return verb + 1..<max(clauseEnd(from: verb + 1, sentence), close)
            }
            if let described = describedObject(after: verb, in: sentence) { return described }
        }
        if let prepositions = Self.stanceVerbs[hash] {
            // "accused the mayor of …" has its object first; "spoke about …" does not, and in
            // "spoke in a barn on Friday" the later "on" is no topic.
            let objectFirst = Self.objectFirstVerbs.contains(hash)
            let stanceReach = objectFirst ? reach : min(verb + 3, end)
            var position = verb + 1
            while position < stanceReach, !prepositions.contains(tokens[position].foldedHash),
                tokens[position].kind == .word || tokens[position].kind == .possessive,
                objectFirst || isAdverb(position)
            {
                position += 1
            }
            // "a crag every climber complains about but few avoid": a preposition left at the end of
            // its clause has no topic after it.
            if position < stanceReach, prepositions.contains(tokens[position].foldedHash), position + 1 < end,
                tokens[position + 1].kind == .word && !Self.conjunctions.contains(tokens[position + 1].foldedHash)
                    || isQuotationMark(position + 1)
            {
                return position + 1..<clauseEnd(from: position + 1, sentence)
            }
        }
        return nil
    }

    /// "a radical promise to …": after "a" and one word, a cue in its plain form is a noun,
    /// since a singular subject takes "promises" or "promised".
    private func isNounAfterIndefinite(_ verb: Int, _ sentence: Sentence) -> Bool {
        let tokens = analysis.tokens
        guard verb - 2 >= sentence.tokens.lowerBound, tokens[verb - 1].kind == .word,
            Lexicon.indefiniteArticles.contains(tokens[verb - 2].foldedHash)
        else { return false }
        let token = tokens[verb]
        let end = Int(token.end)
        guard token.length > 2, end <= analysis.text.count else { return false }
        let last = analysis.text[end - 1]
        return last != UInt8(ascii: "s") && last != UInt8(ascii: "d")
    }

    /// The object of a stance verb at `verb` and the rest of its clause: `praised the plan`.
    /// The caller checks that a speaker stands right before the verb, since most of these words
    /// are nouns as often ("their support", "the plan").
    func object(after verb: Int, in sentence: Sentence) -> Range<Int>? {
        let tokens = analysis.tokens
        guard Self.objectVerbs.contains(tokens[verb].foldedHash), verb + 2 < sentence.tokens.upperBound,
            verb > sentence.tokens.lowerBound, !Self.passiveAuxiliaries.contains(tokens[verb - 1].foldedHash)
        else { return nil }
        // "announced a new tablet" is the act of announcing; "announced plans to …" reports one.
        if QuoteLexicon.actionCues.contains(tokens[verb].foldedHash)
            || Self.practiceVerbs.contains(tokens[verb].foldedHash)
        {
            return QuoteExtractor.opensProposition(at: verb + 1, sentence, analysis)
                ? verb + 1..<clauseEnd(from: verb + 1, sentence) : nil
        }
        let next = tokens[verb + 1]
        let opens =
            next.kind == .number || next.kind == .openingQuote
            || (next.kind == .word && !Self.nonObjects.contains(next.foldedHash))
        return opens ? verb + 1..<clauseEnd(from: verb + 1, sentence) : nil
    }

    /// A lower-case word in -ly, or a particle: "spoke openly about", "spoke out against".
    private func isAdverb(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        if Self.particles.contains(token.foldedHash) { return true }
        guard token.kind == .word, !token.isCapitalized, token.length > 4 else { return false }
        let end = Int(token.end)
        return analysis.text[end - 2] == UInt8(ascii: "l") && analysis.text[end - 1] == UInt8(ascii: "y")
    }
    private static let particles = WordSet.folded(["out", "up", "again", "publicly", "at", "length"])

    /// `called him a careless driver`, `calls the deal a mistake`: calling someone or something
    /// a thing, with no marks, is the speaker's description; the object is a pronoun or a few
    /// words before the description's `a` or `an` (`called it a day` is an idiom, not speech).
    private func describedObject(after verb: Int, in sentence: Sentence) -> Range<Int>? {
        let tokens = analysis.tokens
        let end = sentence.tokens.upperBound
        guard Self.callForms.contains(tokens[verb].foldedHash), verb + 3 < end else { return nil }
        let first = tokens[verb + 1]
        guard first.kind == .word, !Lexicon.indefiniteArticles.contains(first.foldedHash),
            !Self.nonObjects.contains(first.foldedHash) || Self.objectPronouns.contains(first.foldedHash)
        else { return nil }
        var position = verb + 1
        while position < min(verb + 7, end), tokens[position].kind == .word || tokens[position].kind == .possessive,
            !Lexicon.indefiniteArticles.contains(tokens[position].foldedHash)
        {
            position += 1
        }
        guard position < end - 1, position > verb + 1, Lexicon.indefiniteArticles.contains(tokens[position].foldedHash),
            tokens[position + 1].kind == .word, !Self.idiomHeads.contains(tokens[position + 1].foldedHash)
        else { return nil }
        return verb + 1..<clauseEnd(from: verb + 1, sentence)
    }
    private static let callForms = WordSet.folded(["called", "calls", "call", "calling"])
    private static let objectPronouns = WordSet.folded(["him", "her", "it", "them", "himself", "herself", "itself"])
    private static let idiomHeads = WordSet.folded(["day", "night", "draw", "truce"])

    /// The clause runs to the sentence's end or the next clause (`ClauseBoundary`).
    private func clauseEnd(from start: Int, _ sentence: Sentence) -> Int {
        ClauseBoundary(analysis: analysis).end(of: sentence, from: start)
    }
}
