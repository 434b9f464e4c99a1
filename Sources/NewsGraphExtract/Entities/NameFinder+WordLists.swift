extension NameFinder {
    /// The word lists ``NameFinder``'s rules ask, gathered in one shared object.
    final class WordLists: Sendable {
        static let shared = WordLists()

        let commonAcronyms = ContextCues.commonAcronyms
        let commonNounDeterminers = ContextCues.commonNounDeterminers
        let chamberWords = ContextCues.chamberWords
        let clauseWords = ContextCues.clauseWords
        let commonSubjects = ContextCues.commonSubjects
        let compassAdjectives = ContextCues.compassAdjectives
        let compassDescriptors = ContextCues.compassDescriptors
        let compassWords = Lexicon.compassWords
        let compassPoints = ContextCues.compassPoints
        let settlementNouns = ContextCues.settlementNouns
        let travelVerbs = ContextCues.travelVerbs
        let eventHeads = ContextCues.eventHeads
        let facilityHeads = ContextCues.facilityHeads
        let inWord = TokenHash.foldedHash("in")
        let bornWord = TokenHash.foldedHash("born")
        let toWord = TokenHash.foldedHash("to")
        let statementVerbs = ContextCues.statementVerbs
        let andWord = TokenHash.foldedHash("and")
        let orWord = TokenHash.foldedHash("or")
        let ofWord = TokenHash.foldedHash("of")
        let byWord = TokenHash.foldedHash("by")
        let courtesyWord = TokenHash.foldedHash("courtesy")
        let hyphenWords = ContextCues.hyphenWords
        let headingFunctionWords = ContextCues.headingFunctionWords
        let versusWords = ContextCues.versusWords
        let workDivisions = ContextCues.workDivisions
        let languageCues = ContextCues.languageCues
        let languageModifiers = ContextCues.languageModifiers
        let languageHeads = ContextCues.languageHeads
        let languageFamilies = ContextCues.languageFamilies
        let lawHeads = ContextCues.lawHeads
        let leadingDeterminers = Lexicon.leadingDeterminers
        let locationHeads = ContextCues.locationHeads
        let nameParticles = Lexicon.nameParticles
        let articleWords = Lexicon.articles
        let naturalPlaceLeaders = ContextCues.naturalPlaceLeaders
        let institutionLeaders = ContextCues.institutionLeaders
        let bodyLeaders = ContextCues.bodyLeaders
        let siteLeaders = ContextCues.siteLeaders
        let naturalLeaders = ContextCues.naturalLeaders
        let prizeLeaders = ContextCues.prizeLeaders
        let venueKinds = ContextCues.venueKinds
        let centreWords = ContextCues.centreWords
        let settlementLeaders = ContextCues.settlementLeaders
        let postNominals = ContextCues.postNominals
        let neverNames = ContextCues.neverNames
        let firstPerson = WordSet.folded(["i", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d"])
        let selfIntroductions = WordSet.folded(["i'm", "i’m"])
        let organisationConnectors = Lexicon.organisationConnectors
        let organisationHeads = ContextCues.organisationHeads
        let personRoles = ContextCues.personRoles
        let personVerbs = ContextCues.personVerbs
        let placeCompounds = ContextCues.placeCompounds
        let placeOnlyPrepositions = ContextCues.placeOnlyPrepositions
        let formNouns = ContextCues.formNouns
        let softwareHeldWords = ContextCues.softwareHeldWords
        let museumHeads = ContextCues.museumHeads
        let institutionActs = ContextCues.institutionActs
        let pluralCopulas = WordSet.folded(["is", "are", "was", "were"])
        let platformKinds = ContextCues.platformKinds
        let firmKinds = ContextCues.firmKinds
        let productAcronyms = ContextCues.productAcronyms
        let productAcronymPlurals = ContextCues.productAcronymPlurals
        let hardwareAcronymPlurals = ContextCues.hardwareAcronymPlurals
        let productNouns = ContextCues.productNouns
        let deviceNouns = ContextCues.deviceNouns
        let productKinds = ContextCues.productKinds
        let softwareKinds = ContextCues.softwareKinds
        /// Nouns for parts and uses of software after its name: `the NetWeave protocol`, `QuorraDB queries`.
        let softwarePartNouns = WordSet.folded([
            "protocol", "protocols", "library", "libraries", "command", "commands", "query", "queries", "script",
            "scripts", "code", "syntax", "snippet", "snippets", "module", "modules", "cmdlet", "cmdlets",
        ])
        let copulaWords = WordSet.folded(["is", "was", "remains"])
        let kindDeterminers = WordSet.folded(["a", "an", "another", "the"])
        let questionWords = WordSet.folded(["how", "what", "why", "when", "where", "who", "which"])
        let streetAbbreviations = WordSet.hashes(["St.", "St", "Ave.", "Ave", "Rd.", "Rd", "Blvd.", "Blvd"])
        let businessHeads = WordSet.folded(["company", "firm", "agency", "group", "insurer", "broker", "brokerage"])
        let addressTerms = WordSet.folded(["madam", "madame", "mister", "mr.", "mr", "mrs.", "mrs", "ms.", "ms"])
        /// Days of the week and their abbreviations, as opening hours write them (`Mon-Fri`).
        let dayWords = WordSet.folded([
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun",
        ])
        /// Letters that end a model's name after its number (`3 SE`, `2 XL`), where after a name
        /// alone some would be a company's form (`SE`).
        let modelSuffixes = WordSet.hashes(["SE", "XL", "XS", "LE", "FE", "GT", "GTS", "RS", "Plus", "Air", "Neo"])
        let relativeWords = WordSet.folded(["that", "which", "who", "whose", "where", "when", "worth"])
        let productSuffixes = ContextCues.productSuffixes
        let productVerbs = ContextCues.productVerbs
        let organisationVerbs = ContextCues.organisationVerbs
        let possessiveDeterminers = ContextCues.possessiveDeterminers
        let forWord = TokenHash.foldedHash("for")
        let versionFollowers = ContextCues.versionFollowers
        let weekdays = ContextCues.weekdays
        let divisionWords = ContextCues.divisionWords
        let organisationPrepositions = ContextCues.organisationPrepositions
        let productPartners = ContextCues.productPartners
        let withWord = TokenHash.foldedHash("with")
        let asWord = TokenHash.foldedHash("as")
        let likeWord = TokenHash.foldedHash("like")
        let suchWord = TokenHash.foldedHash("such")
        let includingWord = TokenHash.foldedHash("including")
        let languagesWord = TokenHash.foldedHash("languages")
        let resultVerbs = ContextCues.resultVerbs
        let roleNouns = Lexicon.roleNouns
        let sentenceOpeners = ContextCues.sentenceOpeners
        let sentenceWords = Lexicon.sentenceWords
        let speechVerbs = Lexicon.speechVerbs
        let stateHeads = ContextCues.stateHeads
        let teamHeads = ContextCues.teamHeads
        let workHeads = ContextCues.workHeads
        let workNouns = ContextCues.workNouns
        let workVerbs = ContextCues.workVerbs
    }
}
