import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// One test per rule family of the entity recognizer, on short made-up news text.
@Suite struct EntityRuleTests {
    /// The mentions of `text` as (surface, label) pairs, in text order.
    func names(_ text: String) -> [(String, EntityLabel)] {
        TestSupport.extract(text).entities.filter(\.label.isName).map { ($0.text, $0.label) }
    }

    func label(of surface: String, in text: String) -> EntityLabel? {
        names(text).first { $0.0 == surface }?.1
    }

    func entity(of surface: String, in text: String) -> String? {
        TestSupport.extract(text).entities.first { $0.text == surface }?.entity
    }

    @Test func gazetteerNamesKeepTheirLabelsAndCanonicalNames() {
        #expect(label(of: "London", in: "He flew to London with England players.") == .gpe)
        #expect(label(of: "England", in: "He flew to London with England players.") == .gpe)
        #expect(label(of: "Australian", in: "The Australian fans cheered.") == .norp)
        #expect(entity(of: "U.S.", in: "The U.S. said no.") == "GPE:United States")
    }

    @Test func titleOrGivenNameMakesAPerson() {
        #expect(label(of: "Zorbaz", in: "Talks were led by President Zorbaz on Monday.") == .person)
        #expect(label(of: "Michael Quarrington", in: "The bill was filed by Michael Quarrington.") == .person)
        #expect(label(of: "Deputy Secretary of State", in: "The Deputy Secretary of State, he said, left.") == nil)
    }

    @Test func organisationSuffixesAndPrefixesMakeAnOrganisation() {
        #expect(label(of: "Quarrow Holdings", in: "Shares in Quarrow Holdings fell.") == .org)
        #expect(label(of: "Bank of Quarrow", in: "A loan from the Bank of Quarrow was due.") == .org)
        #expect(label(of: "Douglas & Lomby", in: "Profits at Douglas & Lomby rose.") == .org)
    }

    @Test func headWordsNameEventsSitesAndPlaces() {
        #expect(label(of: "Texas Open", in: "He won the Texas Open on Sunday.") == .event)
        #expect(label(of: "Brinkley Cup", in: "They lost the Brinkley Cup final.") == .event)
        #expect(label(of: "Grace Road", in: "Rain stopped play at Grace Road again.") == .fac)
        #expect(label(of: "Kura River", in: "Boats sailed down the Kura River today.") == .loc)
        #expect(label(of: "Tokyo Stock Exchange", in: "Trade on the Tokyo Stock Exchange was thin.") == .org)
        #expect(label(of: "Norwich City", in: "Fans of Norwich City sang.") == .org)
    }

    @Test func contextCuesLabelUnknownNames() {
        #expect(label(of: "Quenby", in: "The goal came from striker Quenby in the second half.") == .person)
        #expect(label(of: "Dariel Fonk", in: "Dariel Fonk, 45, took the title.") == .person)
        #expect(label(of: "Bergamo", in: "The Bergamo-based firm grew.") == .gpe)
        #expect(label(of: "Wexcombe", in: "On Friday Wexcombe beat the visitors easily.") == .org)
        #expect(label(of: "Morwenna Teague", in: "1. Morwenna Teague (Britain) 3:31.45") == .person)
    }

    @Test func resultsTablesNameTeams() {
        let table = "Standings:\nWexcombe 4 3 1 0 9 4 10\nBarnsworth 4 2 1 1 6 5 7"
        #expect(label(of: "Wexcombe", in: table) == .org)
        #expect(label(of: "Barnsworth", in: table) == .org)
    }

    @Test func initialsAndHyphenatedGivenNamesMakePeople() {
        #expect(label(of: "M. Quenby", in: "Australia: M. Quenby c Healy b Warne 12") == .person)
        #expect(label(of: "Jean-Michel Fonk", in: "The title went to Jean-Michel Fonk on Sunday.") == .person)
    }

    @Test func aCompassWordBeforeANationalityIsOneNationality() {
        #expect(label(of: "West Indian", in: "The West Indian all-rounder took four wickets.") == .norp)
        #expect(label(of: "West", in: "Ukraine and its allies in the West agreed.") == .loc)
    }

    @Test func monthsAndOrdinalsAreNeverNamesAlone() {
        #expect(names("Prices rose in June and fell in July.").isEmpty)
        #expect(names("Results:\nFirst round: no upsets.").isEmpty)
    }

    @Test func aCityInAResultsLineIsItsClubButACountryStaysAPlace() {
        let table = "Results:\nChicago 5 Boston 3\nFrance 2 Italy 1"
        #expect(label(of: "Chicago", in: table) == .org)
        #expect(label(of: "Boston", in: table) == .org)
        #expect(label(of: "France", in: table) == .gpe)
        #expect(label(of: "LONDON", in: "LONDON 1996-08-30\nShares fell.") == .gpe)
    }

    @Test func datelinesNameThePlaceOfFiling() {
        #expect(label(of: "LONDON", in: "LONDON 1996-08-30\nThe market fell.") == .gpe)
        #expect(label(of: "ZARKOVO", in: "ZARKOVO 1996-08-30\nThe market fell.") == .gpe)
        #expect(label(of: "CRICKET", in: "CRICKET - SURREY WIN AGAIN\nThe match ended.") == nil)
        #expect(label(of: "ZARKOVO", in: "ZARKOVO (Reuters) - The market fell.") == .gpe)
        // Words in the bracket that spell the capitals out make them an acronym, no place.
        #expect(label(of: "QRM", in: "Notes.\nQRM (Quick Route Mapping) plans each van's day.") == nil)
        // A common acronym before a dash labels what follows.
        #expect(label(of: "SEO", in: "Thanks for reading.\n\nSEO— helps small shops get found.") == nil)
        #expect(label(of: "ZARKOVO", in: "ZARKOVO - The market fell on Monday.") == .gpe)
    }

    @Test func capsLinesTakeTheirLabelsFromTheBody() {
        let text =
            "SOCCER - QUENBY SCORES FOR WEXCOMBE\nThe striker Alan Quenby scored as Wexcombe beat Barnsworth 2-1."
        let found = names(text)
        #expect(found.contains { $0.0 == "QUENBY" && $0.1 == .person })
        #expect(found.contains { $0.0 == "WEXCOMBE" && $0.1 == .org })
        #expect(!found.contains { $0.0 == "SCORES" || $0.0 == "SOCCER" })
        #expect(entity(of: "QUENBY", in: text) == "PERSON:Alan Quenby")
    }

    @Test func surnamesAndAcronymsJoinTheFullName() {
        let people = "Prime Minister Dariel Fonk spoke. On Friday, Fonk left."
        #expect(entity(of: "Fonk", in: people) == "PERSON:Dariel Fonk")
        let acronym = "The Federal Widget Safety Board (FWSB) met. The FWSB said no."
        #expect(label(of: "FWSB", in: acronym) == .org)
        #expect(entity(of: "FWSB", in: acronym) == "ORG:Federal Widget Safety Board")
    }

    @Test func aConfidentMentionLabelsTheOthers() {
        let text = "Wexcombe beat Barnsworth on Friday. Barnsworth will play again in May."
        let labels = names(text).filter { $0.0 == "Barnsworth" }.map(\.1)
        #expect(labels == [.org, .org])
    }

    @Test func sentenceInitialCapitalsCreateNothingAlone() {
        #expect(names("Despite the rain, play went on.").isEmpty)
        #expect(names("Yesterday was quiet. Nothing happened.").isEmpty)
    }
}
