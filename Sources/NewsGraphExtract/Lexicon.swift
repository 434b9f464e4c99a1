/// Closed word classes of English the entity and quote rules share, hashed once.
enum Lexicon {
    /// Reporting verbs in their forms: cues for quotes, and evidence that a subject is a person
    /// or an organisation.
    static let reportingVerbs = WordSet.folded([
        "said", "says", "say", "saying", "stated", "states", "state", "noted", "notes", "note", "mentioned",
        "mentions", "mention", "warned", "warns", "warn", "claimed", "claims", "claim", "denied", "denies", "deny",
        "told", "tells", "tell", "added", "adds", "add", "argued", "argues", "argue", "insisted", "insists",
        "insist", "explained", "explains", "explain", "announced", "announces", "announce", "reported", "reports",
        "suggested", "suggests", "suggest", "believes", "believed", "believe", "thinks", "thought", "think",
        "acknowledged", "acknowledges", "admitted", "admits", "admit", "confirmed", "confirms", "confirm",
        "asserted", "asserts", "declared", "declares", "stressed", "stresses", "emphasised", "emphasized",
        "emphasizes", "emphasises", "predicted", "predicts", "promised", "promises", "vowed", "vows",
        "pledged", "pledges", "urged", "urges", "wrote", "writes", "write", "replied", "replies", "responded",
        "responds", "answered", "recalled", "recalls", "observed", "observes", "concluded", "concludes",
        "estimated", "estimates", "agreed", "agrees", "revealed", "reveals", "disclosed", "alleged", "alleges",
        "contended", "contends", "maintained", "maintains", "complained", "complains", "accused", "accuses",
        "conceded", "concedes", "indicated", "indicates", "hinted", "hints", "signalled", "signaled",
        "feared", "fears", "expects", "expected", "predicted", "asked", "asks", "questioned",
        "announced", "commented", "comments", "remarked", "remarks", "testified", "testifies", "tweeted",
        "posted", "wrote", "cautioned", "cautions", "reiterated", "reiterates", "assured", "assures",
        "shows", "show", "showed", "found", "finds", "suggested", "knows", "knew", "feels", "felt",
        "noting", "saying", "adding", "warning", "arguing", "claiming", "insisting", "stating", "explaining",
    ])
    /// Verbs that report speech only with "clear": "made it clear that", "makes clear that".
    static let clarityVerbs = WordSet.folded(["made", "make", "makes", "making"])
    /// Verbs that take a speaker subject even without `that` ("X said", "X told").
    static let speechVerbs = WordSet.folded([
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "explained",
        "explains", "warned", "warns", "argued", "argues", "insisted", "insists", "asked", "asks", "replied",
        "replies", "wrote", "writes", "continued", "continues", "declared", "declares", "stressed", "stresses",
        "recalled", "recalls", "admitted", "admits", "mentioned", "claimed", "claims", "announced", "announces",
        "tweeted", "commented", "remarked", "acknowledged", "acknowledges", "confirmed", "confirms", "conceded",
        "concedes", "predicted", "predicts", "suggested", "suggests", "observed", "observes", "concluded",
        "concludes", "responded", "responds", "cautioned", "cautions", "reiterated", "reiterates",
    ])
    /// Words that may stand between a subject and its reporting verb ("Kahl also mentioned").
    static let auxiliaries = WordSet.folded([
        "also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
        "later", "then", "previously", "repeatedly", "recently", "earlier", "again", "further", "first",
        "already", "once", "publicly", "privately", "reportedly", "quickly", "firmly", "flatly", "simply",
        "clearly", "often", "always", "never", "not", "only", "just", "still", "even", "too", "at", "had",
        "been", "being", "did", "does", "do", "told", "reporters", "journalists",
    ])
    static let pronouns = WordSet.folded(["he", "she", "they", "it", "we", "i", "you"])
    static let personalPronouns = WordSet.folded(["he", "she"])
    /// Nouns for unnamed sources ("an Iranian official", "the expert", "sources").
    static let roleNouns = WordSet.folded([
        "official", "officials", "expert", "experts", "source", "sources", "spokesman", "spokeswoman",
        "spokesperson", "analyst", "analysts", "minister", "ministers", "diplomat", "diplomats", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "lawmaker", "lawmakers", "senator", "senators", "leader",
        "leaders", "president", "chairman", "chief", "executive", "executives", "director", "police", "officer",
        "officers", "witness", "witnesses", "residents", "resident", "statement", "report", "reports", "study",
        "survey", "poll", "polls", "critics", "critic", "supporters", "observers", "economists", "economist",
        "investigators", "prosecutors", "prosecutor", "lawyer", "lawyers", "attorney", "group", "government",
        "ministry", "agency", "company", "firm", "campaign", "administration", "team", "committee", "board",
        "commission", "secretary", "manager", "coach", "boss", "people", "scientists", "researchers", "doctors",
        "authorities", "negotiators", "candidate", "governor", "mayor", "spokespeople", "representatives",
        "member", "members", "democrats", "republicans", "voters", "americans", "staff", "aides", "insiders",
    ])
    static let determiners = WordSet.folded([
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "some", "many",
        "several", "one", "two", "three", "other", "another", "senior", "top", "former",
    ])
    static let indefiniteArticles = WordSet.folded(["a", "an"])
    /// Capitalised words that start sentences without being names.
    static let sentenceWords = WordSet.folded([
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "but",
        "and", "or", "so", "if", "when", "while", "after", "before", "as", "at", "in", "on", "for", "with", "by",
        "from", "to", "of", "there", "here", "his", "her", "their", "its", "our", "my", "your", "what", "who",
        "why", "how", "where", "which", "some", "many", "most", "all", "no", "not", "yes", "now", "then",
        "however", "although", "though", "because", "since", "until", "despite", "during", "also", "meanwhile",
        "additionally", "furthermore", "moreover", "frankly", "speaking", "according", "last", "next", "new",
    ])
    /// Lower-case words allowed inside a name (`Ludwig van Beethoven`, `Osama bin Laden`).
    static let nameParticles = WordSet.hashes([
        "van", "von", "de", "der", "den", "del", "della", "da", "das", "dos", "du", "di", "la", "le", "bin", "ibn",
        "al", "el", "ben", "y", "ter", "zu", "los", "las",
    ])
    /// Lower-case words allowed inside an organisation name (`Bank of England`).
    static let organisationConnectors = WordSet.hashes(["of", "for", "and", "&", "on", "de"])
    static let compassWords = WordSet.hashes(["West", "East"])
    static let leadingDeterminers = WordSet.hashes(["The", "A", "An", "THE"])
    /// The articles in any case: a person's name takes none.
    static let articles = WordSet.folded(["the", "a", "an"])
}
