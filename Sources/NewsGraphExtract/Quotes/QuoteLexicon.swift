/// Word lists of the quote rules only, hashed once (the shared ones live in `Lexicon`).
enum QuoteLexicon {
    /// Verbs that introduce or tag a direct quotation: `"…," she said`, `he warned: "…"`.
    static let quoteVerbs = Lexicon.speechVerbs.union(
        WordSet.folded([
            "say", "saying", "asked", "asking", "wrote", "writing", "tweeted", "tweets", "posted", "posts",
            "joked", "jokes", "quipped", "quips", "shouted", "shouts", "yelled", "yells", "cried", "exclaimed",
            "said", "told", "recounted", "recounts", "laughed", "added", "adding", "continued", "continuing",
            "explained", "explaining", "noted", "noting", "insisted", "insisting", "argued", "arguing", "warned",
            "warning", "declared", "announced", "responded", "replied", "retorted", "countered", "counters",
            "conceded", "admitted", "acknowledged", "boasted", "boasts", "bragged", "complained", "lamented",
            "laments", "mused", "muses", "pleaded", "promised", "predicted", "recalled", "remarked", "reflected",
            "repeated", "repeats", "stressed", "suggested", "told", "urged", "vowed", "whispered", "wondered",
            "wonders", "added", "says", "tells", "telling", "states", "stated", "thundered", "snapped", "charged",
            "charges", "claimed", "observed", "opined", "offered", "offers", "concluded", "writes", "tweeting",
            "emailed", "texted", "testified", "told", "read", "asserted", "asserts", "emphasized", "emphasised",
            "emphasizes", "emphasises", "chanted", "chants", "chanting", "reacted", "reported", "reports", "pointed",
            "put",
            "puts",
            "reads", "proclaimed", "proclaims", "interjected", "interrupted", "demanded",
            "demands", "cautioned", "mocked", "scoffed", "sniped", "blasted", "slammed", "praised", "wrote",
            "affirmed", "affirms", "surmised", "conjectured", "riffed", "ventured", "volunteered",
            "elaborated", "clarified", "confided", "gushed", "marveled", "marvelled", "grumbled", "groused",
            "fumed", "sighed", "hissed", "barked", "boomed",
        ]))

    /// Verbs whose object is a reported clause: speech, belief, finding (`polls show that`).
    static let clauseVerbs = Lexicon.reportingVerbs.union(
        WordSet.folded([
            "argue", "arguing", "assert", "asserting", "believing", "claiming", "concede", "conceding",
            "contend", "contending", "declare", "declaring", "deny", "denying", "disclose", "estimate",
            "explain", "fear", "fearing", "feel", "feeling", "figure", "figured", "figures", "find", "finding",
            "guess", "guessed", "imagine", "imagined", "indicate", "indicating", "insist",
            "know", "knowing", "learned", "learn", "maintain", "predict", "predicting",
            "promise", "promising", "realize", "realized", "realizes", "realise", "realised", "recognize",
            "recognized", "recognizes", "reckon", "reckoned", "reckons", "remember", "remembered", "reply",
            "report", "reporting", "reveal", "revealing", "show", "showing", "shown", "signal", "speculated",
            "speculate", "stress", "stressing", "suggesting", "suspect", "suspected", "suspects", "swear", "swore",
            "tell", "telling", "think", "thinking", "understand", "understood", "understands", "vow", "vowing",
            "warn", "worried", "worries", "worry", "wrote", "acknowledging", "admitting", "agree", "allege",
            "alleging", "announcing", "assume", "assumed", "assumes", "bet", "boasted", "boasting", "bragged",
            "charged", "charging", "complaining", "confirming", "conclude", "concluding", "convinced", "decided",
            "determined", "doubt", "doubted", "doubts", "emphasizing", "emphasising", "expect",
            "expecting", "forecast", "forecasts", "guaranteed", "implied", "implies", "insisting", "joked",
            "mentioning", "noticed", "notes", "pointed", "pointing", "proposed", "questioned",
            "recalling", "recommended", "remarked", "reminded", "reminding", "reported", "say", "saying",
            "stating", "suggest", "suppose", "supposed", "tweeted", "tweeting", "urging", "vowed", "warning",
            "wonder", "wondered", "wonders", "writes", "writing", "testified", "testifying", "conceded", "admit",
            "predicts", "explaining", "adding", "telling",
        ]))

    /// Nouns that report a finding or a claim after `that`: "the report found that …" is covered by
    /// the verb; these let "his claim that …" and "the belief that …" through.
    static let clauseNouns = WordSet.folded([
        "claim", "claims", "belief", "beliefs", "assertion", "allegation", "allegations", "argument",
        "suggestion", "insistence", "promise", "pledge", "warning", "view", "conclusion", "statement",
        "assurance", "assurances", "announcement", "contention", "prediction", "notion", "idea", "hope", "fear",
        "fears", "charge", "accusation", "accusations", "admission", "remark", "remarks", "comments",
        "comment", "message", "report", "reports", "finding", "findings", "evidence", "sense", "impression",
    ])

    /// Object pronouns and audiences that can stand between a verb and its clause: "told reporters that".
    static let audiences = WordSet.folded([
        "me", "him", "her", "us", "them", "you", "reporters", "journalists", "supporters", "the", "a", "an",
        "his", "their", "our", "its", "crowd", "audience", "voters", "congress", "lawmakers", "listeners",
        "viewers", "readers", "followers", "students", "members", "donors", "colleagues", "staff", "senators",
    ])

    /// The first and second persons, with their contractions: outside quotation marks the writer
    /// and the reader, whose own statements are no attributions.
    static let writerAndReader = WordSet.folded([
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "me", "we", "we're", "we’re", "we've",
        "we’ve", "we'd", "we’d", "we'll", "we’ll", "us", "you", "you're", "you’re", "you've", "you’ve", "you'd",
        "you’d", "you'll", "you’ll",
    ])

    /// Words that are the writer's own when they stand alone as a speaker: a possessive of the
    /// first or second person ("my view that …"), a demonstrative ("This suggests …").
    static let writersOwnWords = WordSet.folded(["my", "our", "your", "this", "these"])
    /// Words that open a subject naming no one (`no company has agreed …`, `none of this implies …`):
    /// nobody is reported to have said anything.
    static let negativeSubjects = WordSet.folded(["no", "none", "nobody", "neither", "nothing", "nor"])

    /// Stances that need a named holder (an entity or "he"/"she"): products offer and support,
    /// customers want and prefer, without anyone taking a position.
    static let namedStanceVerbs = WordSet.folded([
        "want", "wants", "wanted", "offer", "offers", "offered", "offering", "prefer", "prefers", "preferred",
        "support", "supports", "supported", "supporting", "accept", "accepts", "accepted",
    ])

    /// Pronouns that can be a speaker in the object or possessive case of a clause ("his claim").
    static let possessivePronouns = WordSet.folded(["his", "her", "their", "its", "our", "my"])

    /// Verbs of belief and knowledge that take a bare clause: "He thinks she will win".
    static let beliefVerbs = WordSet.folded([
        "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
        "know", "knows", "knew", "fear", "fears", "feared", "worry", "worries", "worried", "guess",
        "suspect", "suspects", "suspected", "expect", "expects", "expected", "figure", "figures", "figured",
        "suppose", "reckon", "reckons", "insist", "insists", "insisted", "argued", "argues", "claimed", "claims",
    ])

    /// Verbs of knowing, understanding and coming to know or perceive (`knew`, `understands`,
    /// `realised`, `noticed`): they presuppose their clause, so it is a fact the writer vouches
    /// for, not something anyone claims.
    static let discoveryVerbs = WordSet.folded([
        "realize", "realizes", "realized", "realise", "realises", "realised", "notice", "notices", "noticed",
        "know", "knows", "knew", "knowing", "understand", "understands", "understood", "understanding",
    ])

    /// Verbs of thinking, knowing and feeling: they report a mind, so their subject must have one.
    static let mindVerbs = WordSet.folded([
        "think", "thinks", "thought", "thinking", "believe", "believes", "believed", "believing", "feel", "feels",
        "felt", "feeling", "hope", "hopes", "hoped", "hoping", "know", "knows", "knew", "knowing", "fear", "fears",
        "feared", "worry", "worries", "worried", "suspect", "suspects", "suspected", "expect", "expects", "expected",
        "understand", "understands", "understood", "realize", "realizes", "realized", "realise", "realises",
        "realised",
    ])

    /// Nouns for unnamed sources beyond the shared list: people quoted by what they are.
    static let roleNouns = Lexicon.roleNouns.union(
        WordSet.folded([
            "judge", "judges", "justice", "justices", "candidates", "organizers", "organisers", "opponents",
            "protesters", "activists", "activist", "delegates", "delegate", "friend", "friends", "neighbor",
            "neighbour", "historian", "historians", "professor", "professors", "scholar", "scholars", "strategist",
            "strategists", "consultant", "consultants", "pollster", "pollsters", "operative", "operatives", "donor",
            "donors", "advocate", "advocates", "allies", "ally", "spokesmen", "spokeswomen", "aides", "partner",
            "partners", "chairwoman", "chair", "founder", "author", "authors", "editor", "editors", "columnist",
            "reporter", "reporters", "correspondent", "officials", "employee", "employees", "worker", "workers",
            "parents", "students", "teachers", "veterans", "republican", "democrat", "conservatives", "liberals",
            "progressives",
        ]))

    /// Finite auxiliaries and modals: after a short noun phrase they show a clause has begun. A
    /// negated one is as finite as its positive form, with a straight or a curly apostrophe
    /// (`weren't`, `weren’t`).
    static let finiteAuxiliaries = WordSet.folded([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "should", "could", "can", "must", "may",
        "might", "does", "did", "won't", "can't", "wouldn't", "isn't", "wasn't", "doesn't", "didn't", "aren't",
        "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "couldn't", "mustn't", "won’t", "can’t", "wouldn’t",
        "isn’t", "wasn’t", "doesn’t", "didn’t", "aren’t", "weren’t", "hasn’t", "haven’t", "hadn’t", "shouldn’t",
        "couldn’t", "mustn’t",
    ])

    /// Quantifiers that float off a subject to stand before its verb (`the two firms both said`).
    static let floatingQuantifiers = WordSet.folded(["both", "all", "each"])

    /// Labels that open a line with a colon without naming a speaker ("Update:", "Photos:").
    static let lineLabels = WordSet.folded([
        "update", "updated", "note", "editor", "correction", "related", "photo", "photos", "video", "videos",
        "watch", "read", "see", "source", "sources", "credit", "advertisement", "listen", "share", "more", "also",
        "subscribe", "follow", "contact", "email", "tags", "topics", "by", "posted", "published", "warning",
        "breaking", "exclusive", "opinion", "analysis", "live", "transcript", "background", "disclosure",
    ])

    /// Verbs that report a question, and the words that open one ("asked whether …").
    static let questionVerbs = WordSet.folded([
        "asked", "asks", "ask", "asking", "wondered", "wonders", "wonder", "wondering", "questioned", "inquired",
        "queried",
    ])
    static let questionWords = WordSet.folded(["whether", "if", "why", "what", "how", "when", "where", "who", "which"])

    /// Shares of a group that can be the subject of a finding: "47% say", "most believe".
    static let quantifiers = WordSet.folded([
        "percent", "majority", "minority", "half", "third", "thirds", "quarter", "quarters", "fourths", "most",
        "many", "few", "both", "others", "plurality",
    ])

    /// Cue words that are as often nouns ("in 30 states", "his remarks"): cues only with `that`.
    static let nounLikeCues = WordSet.folded([
        "states", "state", "notes", "note", "reports", "report", "claims", "claim", "comments", "remarks", "calls",
        "answers", "replies", "promises", "warns", "concludes", "estimates", "fears", "hopes", "responds",
    ])

    /// Verbs whose passive names who was addressed, so its infinitive is what was asked of
    /// them ("was told to leave"); "is committed to helping" or "was planned to open" report nothing.
    static let addressVerbs = WordSet.folded([
        "told", "asked", "urged", "ordered", "instructed", "advised", "encouraged", "invited", "pressed",
        "directed", "challenged", "called", "warned", "begged", "pushed", "pressured", "forced", "requested",
    ])
    /// Verbs of coming to know or finding, which like belief take their "that" right after them.
    static let learnVerbs = WordSet.folded([
        "learn", "learns", "learned", "learnt", "learning", "find", "finds", "found", "finding", "discover",
        "discovers", "discovered",
    ])
    /// Cues that are as often acts done to a thing ("added a dark mode", "claimed the title",
    /// "observed the birds", "continued the work"): they report speech only with a clause after
    /// them (`added that …`, `claimed she would …`, `claimed we'd …`), never a plain noun phrase.
    /// Announcing and unveiling a thing (`announced a new tablet`, `unveiled its budget`) is an
    /// act too: only a clause after them is what was said.
    static let actionCues = WordSet.folded([
        "add", "adds", "added", "adding", "claim", "claims", "claimed", "claiming", "observe", "observes",
        "observed", "observing", "continue", "continues", "continued", "continuing", "announce", "announces",
        "announced", "announcing", "unveil", "unveils", "unveiled", "unveiling",
    ])
    /// Nouns whose own infinitive or `that` clause is a proposition (`announced plans to close the
    /// plant`, `unveiled a proposal that …`): the act of announcing them reports what they say.
    static let propositionNouns = WordSet.folded([
        "plan", "plans", "intention", "intentions", "intent", "decision", "proposal", "proposals", "bid",
        "commitment", "pledge", "promise",
    ])
}
