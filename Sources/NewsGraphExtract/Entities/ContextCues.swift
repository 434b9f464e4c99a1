/// Words next to an unknown capitalised name that say what it names, hashed once.
///
/// Kept apart from ``Lexicon`` (shared with the quote rules) because only the entity rules read
/// them.
enum ContextCues {
    /// Lower-case roles written right before a person's name: `striker Alan Shearer`,
    /// `coach Hiddink`, `spokesman Nicholas Burns`.
    static let personRoles = WordSet.hashes([
        "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "winger",
        "captain", "skipper", "batsman", "bowler", "spinner", "opener", "all-rounder", "rounder", "pitcher",
        "catcher", "outfielder", "infielder", "shortstop", "quarterback", "jockey", "trainer", "rider", "driver",
        "champion", "veteran", "teammate", "team-mate", "compatriot", "countryman", "seed", "newcomer",
        "rookie", "substitute", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist",
        "colleague", "chairman", "chairwoman", "president", "director", "executive", "chief", "leader",
        "minister", "secretary", "premier", "envoy", "ambassador", "commander", "general", "lawyer",
        "attorney", "judge", "prosecutor", "dealer", "trader", "strategist", "author", "writer", "actor",
        "actress", "singer", "player", "son", "daughter", "wife", "husband", "brother", "sister", "father",
        "mother", "widow", "rival", "opponent", "challenger", "incumbent", "candidate", "defending",
        "friend", "professor", "student", "pupil", "teacher", "mentor", "uncle", "aunt", "cousin", "nephew",
        "niece", "grandson", "granddaughter", "grandfather", "grandmother", "boyfriend", "girlfriend", "poet",
        "painter", "composer", "architect", "philosopher", "novelist", "playwright", "mathematician", "historian",
        "journalist", "photographer", "producer", "rapper", "musician", "comedian", "founder", "co-founder",
    ])
    /// Last words of states by their form of rule: `Ardish Empire`, `Velmar Republic`.
    static let stateHeads = WordSet.hashes([
        "Empire", "Kingdom", "Republic", "Caliphate", "Sultanate", "Emirate", "Duchy", "Principality", "Khanate",
    ])
    /// Verbs of sports results: `X beat Y`, `drew with Y`, `lost to Y`; the sides are teams or
    /// players, and an unknown side that no person name explains is a team.
    static let resultVerbs = WordSet.folded([
        "beat", "beats", "defeated", "defeats", "drew", "draws", "edged", "thrashed", "routed", "crushed",
        "overcame", "trounced", "downed", "outplayed", "hammered", "whipped", "upset", "blanked",
    ])
    /// Words joined to a place by a hyphen: `London-based`, `Texas-born`.
    static let placeCompounds = WordSet.folded(["based", "born", "bound", "registered", "headquartered", "made"])
    /// Nouns after which a capitalised name is a team or a company: `the Ajax team`.
    static let organisationHeads = WordSet.folded([
        "club", "clubs", "side", "team", "squad", "outfit", "company", "firm", "group", "bank", "newspaper",
        "daily", "agency", "party", "airline", "carrier", "insurer", "broker", "brokerage", "unit",
    ])
    /// Lower-case nouns for a firm that a name in apposition names (`the startup, Quorlo,`).
    static let firmNouns = WordSet.folded([
        "company", "firm", "startup", "start-up", "brand", "retailer", "marketplace", "aggregator", "provider",
        "vendor", "manufacturer", "maker", "website", "site", "platform", "service",
    ])
    /// Lower-case nouns for a program that a name in apposition names (`our app, Quorlo,`).
    static let programNouns = WordSet.folded(["software", "app", "application", "tool", "program", "plugin"])
    /// Last words of event names: `UEFA Cup`, `Texas Open`, `Atlanta Games`, `Labour Day`; not
    /// `Shield`, which names products (a VPN, a screen guard) far more often than trophies.
    static let eventHeads = WordSet.hashes([
        "Cup", "Open", "Championship", "Championships", "Games", "Olympics", "Classic", "Trophy", "Series",
        "Tournament", "Masters", "Invitational", "Marathon", "Rally", "Derby", "Bowl", "Festival", "Day",
        "Prix", "Stakes", "Handicap", "Plate", "Final", "Finals", "Tour", "Awards", "War", "Revolution",
        "Uprising", "Rebellion", "Massacre", "Summit", "Biennale", "Biennial", "Triennale", "Triennial", "Expo",
    ])
    /// Last words of buildings, streets and sites: `Wall Street`, `Trent Bridge`, `Ellis Park`;
    /// `Museet` is the museum in the Scandinavian languages, and `Jinja`, `Taisha`, `Jingu` (shrines),
    /// `Koen` (a park) and `Gyoen` (a garden) are Japanese, kept untranslated in names.
    static let facilityHeads = WordSet.hashes([
        "Jinja", "Taisha", "Jingu", "Jingū", "Koen", "Kōen", "Gyoen",
        "Street", "Road", "Square", "Avenue", "Lane", "Boulevard", "Bridge", "Stadium", "Airport", "Park",
        "Hospital", "Prison", "Hotel", "Motel", "Tower", "Towers", "Arena", "Ground", "Palace", "Castle",
        "Cathedral", "Mosque", "Temple", "Airbase", "Base", "Station", "Port", "Harbour", "Harbor", "Dam",
        "Canal", "Highway", "Building", "Mall", "Course", "Track", "Racecourse", "Circuit", "Hall", "Plaza",
        "Museum", "Museet", "Gallery", "Cemetery", "Terrace", "Trail", "Expressway", "Turnpike", "Overpass",
        "Statue", "Monument", "Memorial", "Theatre", "Theater", "Library", "Chapel", "Abbey", "Monastery", "Place",
        "Drive", "Parkway", "St.", "Ave", "Ave.", "Blvd", "Blvd.", "Rd", "Rd.", "Greenway", "Shrine",
    ])
    /// Singular nouns for office jobs, seldom the last word of a body's name: `Data Engineer`.
    static let jobNouns = WordSet.hashes([
        "Consultant", "Engineer", "Analyst", "Coordinator", "Writer", "Strategist", "Developer", "Designer",
        "Specialist", "Editor", "Planner", "Technician", "Administrator", "Scientist", "Advisor", "Adviser",
        "Theorist", "Accountant", "Auditor", "Recruiter", "Programmer",
    ])
    /// Last words of institutions' names that towns never end in (`Park` and `Station` do):
    /// `Arden Museum, Texas` is no town.
    static let institutionHeads = WordSet.hashes([
        "Museum", "Museums", "Museet", "Gallery", "Galleries", "Kunsthalle", "Kunsthaus", "Kunstmuseum", "Hospital",
        "Library", "Theatre", "Theater", "Hotel", "Stadium", "Arena", "Airport", "Cathedral", "University", "College",
        "Institute", "School", "Foundation",
    ])
    /// Words for a museum or a gallery, in English and in the languages whose words for them the
    /// web keeps untranslated, that open an institution's name: `Museum Arvel`, `Kunsthalle Dorn`.
    static let institutionLeaders = WordSet.hashes([
        "Museum", "Musée", "Museo", "Museu", "Muzeum", "Kunsthalle", "Kunsthaus", "Kunstmuseum", "Galerie",
        "Galleria", "Pinacoteca",
    ])
    /// Words for meetings, shows or shopping before `Center`/`Centre` that make it a building,
    /// not a body: `Arden Convention Center`, `Velmar Civic Centre`.
    static let venueKinds = WordSet.folded([
        "convention", "congress", "conference", "exhibition", "expo", "events", "event", "civic", "shopping",
    ])
    /// `Center` and `Centre`, a body's suffix unless a venue's kind comes before them.
    static let centreWords = WordSet.hashes(["Center", "Centre"])
    /// First words of natural places: `Lake Orvel`, `Mount Ysk`, `Cape Dorn`.
    static let naturalPlaceLeaders = WordSet.hashes(["Lake", "Mount", "Mt.", "Mt", "Cape", "Isle", "Lac"])
    /// First words of towns: `Fort Carrow`, `Port Essel`.
    static let settlementLeaders = WordSet.hashes(["Fort", "Port"])
    /// Honours and degrees written after a name: `Mira Ardelt FRS`, `Tom Vale MP`.
    static let postNominals = WordSet.hashes([
        "FRS", "FRSE", "FBA", "FREng", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KCMG", "RA", "QC", "KC", "MP",
        "MEP", "MSP", "PhD", "Ph.D.", "MD", "Esq.",
    ])
    /// Last words of natural places: `Lilac Falls`, `Kura River`, `Mill Creek`, `Cape Verde` aside.
    static let locationHeads = WordSet.hashes([
        "River", "Lake", "Mountains", "Mountain", "Mount", "Island", "Islands", "Valley", "Bay", "Sea", "Desert",
        "Falls", "Strait", "Peninsula", "Coast", "Gulf", "Hills", "Forest", "Plain", "Plains", "Basin", "Delta",
        "Province", "Region", "District", "County", "Oblast", "Prefecture", "Territory", "Plateau", "Cliffs",
        "Reserve", "Glacier", "Canyon", "Cape", "Beach", "Trench", "Ridge", "Creek", "Bayou",
        "Heights", "Midlands", "Highlands", "Lowlands",
    ])
    /// Last words of currents in the sea or the air (`Ardish Current`), a natural place only
    /// after a known place: elsewhere they end the names of software and services.
    static let currentHeads = WordSet.hashes(["Stream", "Current"])
    /// Last words of laws: `Affordable Care Act`, `Treaty of Rome` aside, `Fifth Amendment`.
    static let lawHeads = WordSet.hashes([
        "Act", "Acts", "Bill", "Treaty", "Amendment", "Code", "Constitution", "Charter", "Protocol", "Accord",
        "Accords", "Agreement", "Statute", "Ordinance", "Directive", "Declaration",
    ])
    /// Last words of prizes, which OntoNotes tags as works: `Nobel Peace Prize`, `Royal Gold Medal`.
    static let workHeads = WordSet.hashes(["Prize", "Award", "Medal"])
    /// Last words of shows, works too (`Quiet Garden Podcast`); their plural after a maker's
    /// name is its product line (`Velmar Podcasts`), so they are kept apart from ``workHeads``.
    static let showHeads = WordSet.hashes(["Podcast"])
    /// Capitalised nouns that after `the` name a governing body: `the House`, `the Cabinet`.
    static let chamberWords = WordSet.hashes(["House", "Cabinet", "Government", "Legislature", "Crown", "Church"])
    /// Lower-case nouns before a title: `the film Match Point`, `the journal Nature`.
    static let workNouns = WordSet.folded([
        "book", "books", "novel", "novels", "film", "films", "movie", "movies", "album", "albums", "song", "songs",
        "single", "poem", "poems", "opera", "musical", "sitcom", "documentary", "journal", "journals", "essay",
        "painting", "sculpture", "memoir", "treatise", "anthology", "titled", "entitled", "published", "novella",
        "comic", "hymn", "symphony", "podcast",
    ])
    /// Verbs before `in` and a title: `starred in X`, `published in X`.
    static let workVerbs = WordSet.folded(["starred", "published", "appeared", "featured", "premiered", "cast"])
    /// Lower-case nouns after a product's name: `the Kindle app`, `the Juno spacecraft`.
    static let productNouns = WordSet.folded([
        "app", "apps", "software", "browser", "smartphone", "smartphones", "phone", "phones", "tablet", "laptop",
        "console", "device", "devices", "spacecraft", "rocket", "satellite", "telescope", "processor", "chip",
        "programming", "operating", "handset", "headset", "rover", "probe", "spaceflight", "plugin", "plugins",
        "extension", "extensions", "database", "databases", "framework", "camera", "cameras", "earbuds",
        "headphones", "router", "routers", "drone", "drones", "printer", "printers", "smartwatch", "firmware",
        "chatbot", "chatbots", "users", "update", "updates", "version", "versions", "subscription", "installer",
        "beta", "interface",
    ])
    /// Kinds of device that many makers sell under their own name: `a Brantly camera`.
    /// Head nouns that say what software or a device is: `X is a note-taking app`, `X, a free
    /// browser extension,`; a service, a company or a maker is no head here, nor a platform
    /// (``platformKinds``).
    static let productKinds = WordSet.folded([
        "app", "application", "software", "browser", "extension", "plugin", "tool", "toolkit",
        "library", "framework", "database", "editor", "chatbot", "assistant", "smartphone", "phone", "laptop",
        "tablet", "console", "camera", "headset", "earbuds", "headphones", "smartwatch", "router", "drone",
        "game", "videogame", "compiler", "interpreter",
    ])
    /// Acronyms for kinds of software or hardware, which head a product's name: `Velmar VPN`,
    /// `Quorra CLI`; not `TV` or `AI`, which end channels' and firms' names as often.
    static let productAcronyms = WordSet.hashes([
        "VPN", "OS", "API", "CLI", "SDK", "IDE", "CRM", "ERP", "CMS", "LMS", "GPU", "CPU", "SSD",
    ])
    /// Heads that call a name an online place of trade or learning, run by a firm:
    /// `X is a platform for freelancers`, `X, an online marketplace,`.
    static let platformKinds = WordSet.folded(["platform", "marketplace"])
    /// Heads that call a name a business or a body (`X is a small design agency`, `X, a
    /// consulting firm,`); not `maker` (a coffee maker) or `developer` (a person as often).
    static let firmKinds = WordSet.folded([
        "firm", "company", "agency", "startup", "start-up", "consultancy", "brand", "provider", "retailer",
        "manufacturer", "nonprofit", "non-profit", "charity", "organization", "organisation", "corporation",
    ])
    /// The same acronyms made plural, common nouns after a product's or maker's name (`Quorra
    /// SDKs`, `Tarvo GPUs`); the hardware among them (``hardwareAcronymPlurals``) follow a maker's
    /// one plain word as `cameras` does (`Brantly DSLRs`).
    static let productAcronymPlurals = WordSet.hashes([
        "VPNs", "APIs", "CLIs", "SDKs", "IDEs", "GPUs", "CPUs", "SSDs", "DSLRs",
    ])
    static let hardwareAcronymPlurals = WordSet.hashes(["GPUs", "CPUs", "SSDs", "DSLRs"])
    /// Kinds of software before `like` or `such as` and an example: `an app like X`, `tools such
    /// as X`; the example is that software. A platform may as well be a marketplace or a firm.
    static let softwareKinds = WordSet.folded([
        "app", "apps", "application", "applications", "software", "tool", "tools", "browser", "browsers",
        "extension", "extensions", "plugin", "plugins", "editor", "editors",
    ])
    static let deviceNouns = WordSet.folded([
        "camera", "cameras", "laptop", "laptops", "printer", "printers", "headphones", "earbuds",
        "router", "routers", "smartphone", "smartphones", "phone", "phones", "tablet", "drone", "drones",
    ])
    /// Last words of product names, which marketing adds to a model's name: `Velo Trail Pro`,
    /// `Arden Max`, and `Cam`, a camera's short name (`Arden Doorbell Cam`); no person's or
    /// place's name ends in them.
    static let productSuffixes = WordSet.hashes(["Pro", "Max", "Mini", "Ultra", "Lite", "Cam"])
    /// Editions of a known software product written after its name (`Velmix Server`, `Velmix
    /// Mobile`): one product, where after a company's name the same words name a line of its own.
    static let productEditions = WordSet.hashes(["Server", "Mobile", "Desktop"])
    /// Words for a line of business or a part of a company, which after its name make a
    /// division or the company itself, not a product (`Arden Research`, `Arden Studios`); the
    /// gazetteer's organisation suffixes (`Bank`, `Energy`) count too.
    static let divisionWords = WordSet.hashes([
        "Research", "Labs", "Lab", "Studios", "Studio", "Media", "Health", "News", "Music", "Pictures", "Records",
        "Ventures", "Motors", "Motor", "Publishing", "Press", "Books", "Sports", "International", "Global",
        "Foundation", "Institute", "Team", "Division",
    ])
    /// Prepositions after which a company's name followed by capitals is a part of it where
    /// someone works or that someone heads: `economist at`, `head of`, `works for`.
    static let organisationPrepositions = WordSet.folded(["at", "of", "for"])
    /// Days of the week, which follow a company's name as the time of the news (`Arden Monday said`).
    static let weekdays = WordSet.hashes(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    /// Verbs whose object is software or a device, not a person: `installed X`, `using X`
    /// (`use X` is left out: a coach uses a player).
    static let productVerbs = WordSet.folded([
        "using", "install", "installs", "installed", "installing", "download", "downloads",
        "downloaded", "downloading", "uninstall", "uninstalled", "reinstall", "upgraded", "configure",
        "configured", "configuring", "updating", "upgrading", "uninstalling", "reinstalling", "reinstalled",
        "reinstalls", "uninstalls",
    ])
    /// Verbs after a name that only a body takes: `X acquired`, `X hired`, `X announced`.
    static let organisationVerbs = WordSet.folded([
        "acquired", "acquires", "hired", "hires", "announced", "announces", "raised", "employs", "employed",
        "said", "says", "reported", "reports", "founded", "sued", "filed", "partnered", "invested", "laid",
    ])
    /// Words after a model's number that go on with the sentence, not count: `the Glide 3 over
    /// the past months`, `the Glide 3 has`.
    static let versionFollowers = WordSet.folded([
        "over", "in", "on", "from", "into", "during", "after", "against", "has", "had", "offers", "comes",
        "costs", "delivers", "features", "uses", "runs", "gets", "will", "can", "does",
    ])
    /// Determiners that give the thing after them an owner: `our Help Centre`.
    static let possessiveDeterminers = WordSet.folded(["our", "your", "my", "their"])
    /// Words before `with` that make its object software or a device: `compatible with X`.
    static let productPartners = WordSet.folded([
        "compatible", "compatibility", "integrates", "integrate", "integrated", "integration", "syncs", "sync", "pairs",
        "interoperable",
    ])
    /// Words before a language's name: `speaks Mandarin`, `translated into Greek`, `in Latin.`
    static let languageCues = WordSet.folded([
        "speak", "speaks", "spoke", "spoken", "speaking", "speaker", "speakers", "learn", "learned", "learnt",
        "learning", "teach", "taught", "teaching", "fluent", "translated", "translate", "translation", "into",
        "in", "from", "write", "wrote", "written", "read", "understand", "dialect", "knew", "know", "study",
        "studied", "studies", "studying",
    ])
    /// Words that tell how well or in which form a language is used, between a cue and the
    /// language: `in plain Welsh`, `speaks broken Dutch`, `in both Irish and Gaelic`.
    static let languageModifiers = WordSet.folded([
        "plain", "broken", "perfect", "good", "basic", "elementary", "ancient", "modern", "simple",
        "conversational", "both", "much", "little", "native",
    ])
    /// Words that may follow a language standing alone: `in French and German`, `in Greek, …`.
    static let clauseWords = WordSet.folded([
        "and", "or", "but", "as", "is", "was", "with", "to", "for", "at", "by", "than", "while", "which", "when",
        "because", "so", "too", "instead", "only", "fluently", "well",
    ])
    /// Short English words joined to a name by a hyphen that make an adjective, not a name:
    /// `Kremlin-led`, `Soviet-era`; a lower-case syllable otherwise continues it (`Jae-in`).
    static let hyphenWords = WordSet.folded([
        "led", "run", "era", "old", "set", "won", "fed", "cut", "made", "born", "bred", "like", "free", "wide",
        "only", "area", "size", "type", "year", "term", "long", "held", "bound", "in-law", "day", "week", "man",
        "up", "to", "of", "and", "the", "a",
    ])
    /// Words after a language's name: `the Mandarin language`, `Hungarian-speaking`, and nouns
    /// for what is said, written or taught in it (`Welsh subtitles`, `Dutch lessons`).
    static let languageHeads = WordSet.folded([
        "language", "languages", "speaking", "speaker", "speakers", "dialect", "dialects", "translation",
        "version", "edition", "word", "words", "term", "name", "names", "text", "texts", "grammar", "literature",
        "translations", "subtitles", "subtitle", "captions", "phrase", "phrases", "phrasebook", "lessons", "lesson",
        "tutor", "tutors", "vocabulary", "pronunciation", "dictionary", "alphabet", "sentence", "sentences",
        "spelling", "keyboard", "lyrics", "proficiency", "fluency",
    ])
    /// Acronyms that are common nouns, not names: `HTML`, `TV`, `DNA`, `CEO`, `GDP`, diseases.
    static let commonAcronyms = WordSet.hashes([
        "HTML", "CSS", "HTTP", "HTTPS", "URL", "URLs", "PDF", "TV", "TVs", "DNA", "RNA", "GPS", "CEO", "CEOs", "CFO",
        "CTO", "COO", "MVP", "IQ", "OK", "AM", "PM", "AD", "BC", "BCE", "CE", "GDP", "GNP", "ICT", "IT", "AI", "IoT",
        "API", "APIs", "SQL", "XML", "JSON", "USB", "CD", "CDs", "DVD", "DVDs", "LED", "LCD", "SUV", "SUVs",
        "UFO", "VIP", "ATM", "PIN", "SMS", "PC", "PCs", "FAQ", "DIY", "HIV", "PhD", "MBA", "BA", "MA", "MD", "BSc",
        "MSc", "LGBT", "LGBTQ", "DJ", "HD", "GMT", "UTC", "ID", "VPN", "CPU", "GPU", "RAM", "OS", "PR", "HR",
        "RPG", "MP3", "CCTV", "RSS", "WWW", "Wi-Fi", "WiFi", "VR", "AR", "3D", "2D", "ICU", "ER", "IVF", "BMI", "CO2",
        "COVID", "SARS", "MERS", "AIDS", "ADHD", "PTSD", "OCD",
    ])
    /// Words before which an unknown acronym is a common noun (`an HVAC unit`, `your SEO`): an
    /// indefinite article or a possessive; `the` is left out (`the FBI`).
    static let commonNounDeterminers = WordSet.folded([
        "a", "an", "your", "our", "my", "their", "its", "his", "her", "every", "any", "each", "no",
    ])
    /// Verbs only people take as subjects: `Holt graduated`, `Nida retired`.
    static let personVerbs = WordSet.folded([
        "died", "dies", "married", "marries", "divorced", "graduated", "graduates", "studied", "starred", "stars",
        "retired", "retires", "attended", "enrolled", "resigned", "smiled", "smiles", "laughed", "laughs", "wept",
        "cried", "forgave", "befriended", "learned", "learnt", "taught", "composed", "painted", "sang",
        "apologised", "apologized", "confessed", "prayed",
    ])
    /// Verbs of saying that a firm takes as often as a person (`X announced`, `X confirms`): they
    /// make no person of a lone word.
    static let statementVerbs = WordSet.folded([
        "announced", "announces", "confirmed", "confirms", "claimed", "claims", "states", "stated", "notes",
        "predicts", "suggests", "acknowledges",
    ])
    /// Words that make a city's name a team's: `Norwich City`, `Philadelphia Eagles` aside.
    static let teamHeads = WordSet.hashes(["City", "United", "Town", "Rovers", "Athletic", "Wanderers", "Albion"])
    /// Capitalised words that are never a name on their own: months without a day, ordinals
    /// opening list items, the pronoun `I` and its contractions.
    static let neverNames = WordSet.folded([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "i", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d",
    ])
    /// Plural nouns that open news sentences as subjects (`Traders said`, `Prices rose`): a
    /// capital at a sentence start does not make them names.
    static let commonSubjects = WordSet.folded([
        "traders", "dealers", "brokers", "investors", "prices", "figures", "shares", "stocks", "bonds",
        "markets", "banks", "companies", "firms", "workers", "farmers", "fans", "players", "students",
        "teachers", "protesters", "demonstrators", "rebels", "troops", "soldiers", "refugees", "passengers",
        "voters", "newspapers", "eyewitnesses", "others", "everyone", "practice", "match", "yields", "sales",
        "profits", "earnings", "exports", "imports", "talks", "results", "scores", "standings", "rain",
    ])
    /// Capitalised words that open sentences before a name without being part of it, beyond
    /// ``Lexicon/sentenceWords``: adverbs (`Later Brask taught`), prepositions, auxiliaries and
    /// the imperatives of guides (`Visit Port Ellin`).
    static let sentenceOpeners = WordSet.folded([
        "later", "finally", "eventually", "today", "yesterday", "tomorrow", "initially", "soon", "afterwards",
        "afterward", "still", "instead", "indeed", "perhaps", "sometimes", "often", "thus", "hence", "therefore",
        "even", "only", "just", "once", "again", "nevertheless", "nonetheless", "otherwise", "earlier",
        "recently", "currently", "originally", "subsequently", "ultimately", "unfortunately", "fortunately",
        "together", "like", "unlike", "following", "whereas", "whether", "every", "each", "both", "either",
        "neither", "any", "such", "upon", "under", "over", "through", "within", "without", "into", "about",
        "against", "among", "between", "beyond", "toward", "towards", "via", "except", "did", "does", "do",
        "is", "was", "are", "were", "will", "would", "can", "could", "should", "must", "has", "have", "had",
        "let", "please", "see", "visit", "get", "take", "enjoy", "try", "go", "head", "explore", "ask", "thanks",
        "dear", "welcome", "congratulations",
    ])
    /// Prepositions after which an unknown name is a place: `in`, `near`, `outside`; not `at`,
    /// `to`, `from`, which today's text puts before companies and sites as often (`works at X`,
    /// `moved to X`, `data from X`).
    static let placeOnlyPrepositions = WordSet.folded([
        "in", "near", "across", "outside", "inside", "around", "throughout",
    ])
    /// Nouns of form or medium: after them `in X` tells how something is written or kept
    /// (`in Quillmark format`, `in Brasko code`), not where.
    static let formNouns = WordSet.folded([
        "format", "formats", "code", "syntax", "notation", "markup", "file", "files", "script", "scripts",
        "template", "templates", "mode",
    ])
    /// Nouns for what software keeps or shows, and participles of keeping, showing or editing
    /// data: before `in` they make what follows the program that holds them (`my notes in X`,
    /// `visualized in X`), not a town.
    static let softwareHeldWords = WordSet.folded([
        "notes", "reports", "documents", "spreadsheets", "dashboards", "dashboard", "designs", "mockups",
        "prototypes", "interfaces", "menus", "inbox", "folders", "notebooks", "playlists", "stored", "saved",
        "visualized", "visualised", "viewed", "edited", "tracked", "synced", "rendered", "logged",
    ])
    /// Last words of a museum's or a gallery's name: the body that shows art as well as its rooms.
    static let museumHeads = WordSet.hashes([
        "Museum", "Museums", "Museet", "Gallery", "Galleries", "Kunsthalle", "Kunsthaus", "Kunstmuseum",
    ])
    /// Participles before `by` and verbs after a name that only a body does: a museum that
    /// `organized` a show acts as an institution, not as a building.
    static let institutionActs = WordSet.folded([
        "organized", "organised", "curated", "commissioned", "presented", "hosted", "funded", "sponsored",
        "acquired", "produced", "awarded", "said", "says", "announced", "announces", "presents", "hosts",
    ])
    /// Points of the compass before `of`, after which a name is a place: `west of Arden`.
    static let compassPoints = WordSet.folded([
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ])
    /// Verbs and prepositions of travel before a road's code: `take I-45`, `along US-75`.
    static let travelVerbs = WordSet.folded([
        "take", "took", "taking", "follow", "follows", "along", "via", "down", "off", "onto", "exit", "join", "joins",
    ])
    /// Lower-case nouns for settlements and divisions before `of`: `the town of Arden`.
    static let settlementNouns = WordSet.folded([
        "town", "city", "village", "island", "islands", "suburb", "province", "county", "region", "district",
        "borough", "hamlet", "municipality", "neighbourhood", "neighborhood",
    ])
    /// Short words that title case leaves in lower case: `Tips for the Garden`, `Over-the-Top`.
    static let headingFunctionWords = WordSet.folded([
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
        "vs", "vs.", "via", "into", "onto", "over", "per", "up", "out", "off",
    ])
    /// Words that set one thing against another: a name never holds them between its words.
    static let versusWords = WordSet.folded(["vs", "vs.", "versus"])
    /// Words for a division of a text or a series before its Roman numeral: `Part IV`, `STAGE II`.
    static let workDivisions = WordSet.folded([
        "part", "chapter", "section", "volume", "vol.", "book", "episode", "season", "act", "phase", "stage", "step",
        "level", "type", "class", "tier", "appendix", "annex", "lesson", "unit", "module",
    ])
    /// Compass words that can open a nationality: `West Indian`, `South Korean`, `S. Korean`.
    static let compassAdjectives = WordSet.folded([
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "n.",
        "s.",
    ])
    /// Adjectives made from a point of the compass: before a lower-case noun they describe a
    /// people or culture (`Eastern traditions`), they name no place.
    static let compassDescriptors = WordSet.folded([
        "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
        "southwestern",
    ])
    /// Plural heads after a nationality that name a family, a group, not one language:
    /// `Slavic languages`.
    static let languageFamilies = WordSet.folded(["languages", "dialects"])
}
