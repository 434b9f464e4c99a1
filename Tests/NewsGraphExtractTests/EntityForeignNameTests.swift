import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Names opened by a word of another language for a body, a site, a natural place or a prize,
/// Japanese words that end a shrine's or a park's name, and nationalities that name a language
/// before a noun of what is said in it or after `languages such as`, and a prize two people
/// give (issue 16). Invented text.
extension EntityKindTests {
    @Test func aWordOfAnotherLanguageForABodyOpensItsName() {
        let text = "The grant came from the Fondazione Orsetti and the Universidad de Valmora, she said."
        #expect(label(of: "Fondazione Orsetti", in: text) == .org)
        #expect(label(of: "Universidad de Valmora", in: text) == .org)
        // A known name right after the word is the rest of the body's name, not the firm alone.
        let known = "The prints toured the Fondation Renault before the winter."
        #expect(label(of: "Fondation Renault", in: known) == .org)
        #expect(label(of: "Renault", in: known) == nil)
    }

    @Test func aWordOfAnotherLanguageForASiteANaturalPlaceOrAPrizeOpensItsName() {
        #expect(label(of: "Parque Lindoro", in: "Families picnic in the Parque Lindoro on Sundays.") == .fac)
        #expect(label(of: "Bosque Tarrena", in: "The town is planting the Bosque Tarrena along its edge.") == .loc)
        #expect(label(of: "Prix Valmont", in: "Her series won the Prix Valmont last spring.") == .workOfArt)
        // An ordinary word after it makes no name of the pair.
        #expect(label(of: "Teatro Tickets", in: "Teatro Tickets go on sale at noon.") == nil)
    }

    @Test func aKnownInstitutionsUnitEndsAtItsOwnHeadWord() {
        let text = "She heads the sleep clinic at Oxford University Vellan Medical Center, the paper says."
        #expect(label(of: "Oxford University Vellan Medical Center", in: text) == .org)
        #expect(label(of: "Vellan Medical Center", in: text) == nil)
        // A year in brackets after a site a foreign word opens makes no work of it.
        #expect(label(of: "Kunsthalle Dornach", in: "Shows include Kunsthalle Dornach (2022).") == .fac)
    }

    @Test func aJapaneseWordForAShrineOrAParkEndsItsName() {
        #expect(label(of: "Orikawa Jinja", in: "We climbed to Orikawa Jinja before dawn.") == .fac)
        #expect(label(of: "Tamenishi Koen", in: "Take the bus to Tamenishi Koen station.") == .fac)
    }

    @Test func aCreekADistrictOrAShrineEndsAPlacesName() {
        #expect(label(of: "Tarrow Creek", in: "The path follows Tarrow Creek for a mile.") == .loc)
        #expect(label(of: "Orlin Heights", in: "They bought a flat in Orlin Heights last year.") == .loc)
        #expect(label(of: "Velka Shrine", in: "We walked on to the quiet Velka Shrine at dusk.") == .fac)
    }

    @Test func aNationalityBeforeANounOfWhatIsSaidInItIsALanguage() {
        #expect(label(of: "Welsh", in: "The film ships with Welsh subtitles for every scene.") == .language)
        #expect(label(of: "Dutch", in: "She gives Dutch lessons at the library.") == .language)
        // Before other nouns it stays a people or a culture.
        #expect(label(of: "Dutch", in: "Dutch farmers met at the library.") == .norp)
    }

    @Test func aNationalityGivenAsAnExampleOfALanguageIsOne() {
        let text = "The app covers languages such as Danish or Greek, among others."
        #expect(label(of: "Danish", in: text) == .language)
        #expect(label(of: "Greek", in: text) == .language)
        #expect(label(of: "Welsh", in: "Few apps teach languages like Welsh.") == .language)
    }

    @Test func aNationalityThatIsSpokenOrTaughtIsALanguage() {
        #expect(label(of: "Welsh", in: "In the valley Welsh is widely spoken at home.") == .language)
        #expect(label(of: "Dutch", in: "At the old school Dutch was not taught.") == .language)
        #expect(label(of: "Welsh", in: "For the farmers Welsh is the everyday language.") == .language)
        // A copula before other words says nothing of it.
        #expect(label(of: "Welsh", in: "The Welsh team is ready.") != .language)
    }

    @Test func aPrizeNamedForTwoPeopleIsOneName() {
        let text = "She won the Tomas and Ilse Brannock Prize for her glass work."
        #expect(label(of: "Tomas and Ilse Brannock Prize", in: text) == .workOfArt)
        #expect(label(of: "Tomas", in: text) == nil)
        // Two people named together stay two people.
        #expect(label(of: "Tomas", in: "The shop was opened by Tomas and Ilse Brannock in May.") == .person)
    }

    @Test func aListOfLanguagesGoesOnPastAsWellAs() {
        let text = "The school teaches in Danish and Greek, as well as Polish."
        #expect(label(of: "Polish", in: text) == .language)
    }
}
