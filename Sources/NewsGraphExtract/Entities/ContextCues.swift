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
    /// Last words of event names: `UEFA Cup`, `Texas Open`, `Atlanta Games`, `Labour Day`.
    static let eventHeads = WordSet.hashes([
        "Cup", "Open", "Championship", "Championships", "Games", "Olympics", "Classic", "Trophy", "Series",
        "Tournament", "Masters", "Invitational", "Marathon", "Rally", "Derby", "Bowl", "Festival", "Day",
        "Prix", "Stakes", "Handicap", "Shield", "Plate", "Final", "Finals", "Tour",
    ])
    /// Last words of buildings, streets and sites: `Wall Street`, `Trent Bridge`, `Ellis Park`.
    static let facilityHeads = WordSet.hashes([
        "Street", "Road", "Square", "Avenue", "Lane", "Boulevard", "Bridge", "Stadium", "Airport", "Park",
        "Hospital", "Prison", "Hotel", "Motel", "Tower", "Towers", "Arena", "Ground", "Palace", "Castle",
        "Cathedral", "Mosque", "Temple", "Airbase", "Base", "Station", "Port", "Harbour", "Harbor", "Dam",
        "Canal", "Highway", "Building", "Mall", "Course", "Track", "Racecourse", "Circuit",
    ])
    /// Last words of natural places: `Lilac Falls`, `Kura River`, `Cape Verde` aside.
    static let locationHeads = WordSet.hashes([
        "River", "Lake", "Mountains", "Mountain", "Mount", "Island", "Islands", "Valley", "Bay", "Sea", "Desert",
        "Falls", "Strait", "Peninsula", "Coast", "Gulf", "Hills", "Forest", "Plain", "Plains", "Basin", "Delta",
        "Province", "Region", "District", "County", "Oblast", "Prefecture", "Territory",
    ])
    /// Words that make a city's name a team's: `Norwich City`, `Philadelphia Eagles` aside.
    static let teamHeads = WordSet.hashes(["City", "United", "Town", "Rovers", "Athletic", "Wanderers", "Albion"])
    /// Capitalised words that are never a name on their own: months without a day, ordinals
    /// opening list items, `I` contractions.
    static let neverNames = WordSet.folded([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d",
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
    /// Compass words that can open a nationality: `West Indian`, `South Korean`, `S. Korean`.
    static let compassAdjectives = WordSet.folded([
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "n.",
        "s.",
    ])
}
