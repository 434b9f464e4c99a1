import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Institutions before a place's comma, single letters after `in`, and a document's model numbers.
/// Invented sentences.
@Suite struct EntityInstitutionPlaceTests {
    func labels(of surface: String, in text: String) -> [EntityLabel] {
        TestSupport.extract(text).entities.filter { $0.text == surface }.map(\.label)
    }

    @Test func aMuseumThatActsIsTheInstitution() {
        #expect(
            labels(of: "Pellmoor Art Museum", in: "The quilt show was organized by the Pellmoor Art Museum.") == [.org])
        #expect(
            labels(of: "Tarnby Gallery", in: "Last spring the Tarnby Gallery announced a new prize for weavers.") == [
                .org
            ])
        #expect(labels(of: "Orvell Museum", in: "Photograph courtesy of Orvell Museum.") == [.org])
        // A museum one visits or hangs work in stays a building.
        #expect(labels(of: "Pellmoor Art Museum", in: "We walked to the Pellmoor Art Museum after lunch.") == [.fac])
    }

    @Test func institutionBeforeARegionIsNoTown() {
        let text = "Her quilts hang in the Orvell Museum, Texas, and in the Brandlin Gallery, Ohio."
        #expect(labels(of: "Orvell Museum", in: text) == [.fac])
        #expect(labels(of: "Brandlin Gallery", in: text) == [.fac])
        #expect(labels(of: "Texas", in: text) == [.gpe])
        // A town's name stays a town there.
        #expect(labels(of: "Ardley", in: "The drive to Ardley, Texas, took four hours.") == [.gpe])
        // After an article the name is a site in the place, no town.
        #expect(labels(of: "Quarry Loft", in: "We met at the Quarry Loft, Lisbon, last June.") != [.gpe])
    }

    @Test func aMuseumsWordOpeningANameMakesABuilding() {
        let text = "The prints toured the Museum Orvelin, Lisbon, and then the Kunsthalle Brask, Vienna."
        #expect(labels(of: "Museum Orvelin", in: text) == [.fac])
        #expect(labels(of: "Kunsthalle Brask", in: text) == [.fac])
        // `Museet`, the museum in the Scandinavian languages, ends a building's name.
        #expect(labels(of: "Orvel Museet", in: "Her prints hang in the Orvel Museet, Oslo, this year.") == [.fac])
        // A body's suffix opening the name makes no town of it either.
        #expect(labels(of: "Centre Orvelin", in: "The prints went to Centre Orvelin, Lisbon, this year.") != [.gpe])
        // A title or an ordinary word after it makes no building.
        #expect(labels(of: "Museum Pieces", in: "She called the set Museum Pieces in her notes.") != [.fac])
    }

    @Test func aCenterForMeetingsOrShowsIsABuilding() {
        let text = "The fair opens on May 4 at the Tarnbury Convention Center, near the river."
        #expect(labels(of: "Tarnbury Convention Center", in: text) == [.fac])
        #expect(labels(of: "Tarnbury Research Center", in: "The Tarnbury Research Center hired ten staff.") == [.org])
    }

    @Test func singleLetterAfterInIsNoPlace() {
        #expect(labels(of: "B", in: "Take any element x in B and map it to A.").isEmpty)
        #expect(labels(of: "B.", in: "So every x lies in B.").isEmpty)
        #expect(labels(of: "U.K.", in: "The firm sold more boats in U.K. ports.") == [.gpe])
    }

    @Test func biennaleAndExpoHeadEvents() {
        let text = "Her tapestries were shown at the Orlin Biennale and later at the Marsh Valley Expo."
        #expect(labels(of: "Orlin Biennale", in: text) == [.event])
        #expect(labels(of: "Marsh Valley Expo", in: text) == [.event])
    }

    @Test func nameInAppositionToAFirmOrProgramIsNoPerson() {
        let text = "The bakery's ordering app, Quorlo, sends each bill. Quorlo also keeps the rota."
        #expect(labels(of: "Quorlo", in: text) == [.product, .product])
        #expect(labels(of: "Tarnwick", in: "He sold it to a fintech startup, Tarnwick, last year.") == [.org])
        // In a list of fields the noun is one item and the name the next.
        #expect(labels(of: "Tarvex", in: "The form asks for the size, colour, brand, Tarvex, and the shade.") != [.org])
    }

    @Test func modelNumberSeenElsewhereEndsTheName() {
        let text = "We tested the Sony Velo 4 for a month. The Sony Velo 4 wins on sound."
        #expect(labels(of: "Sony Velo 4", in: text) == [.product, .product])
        #expect(labels(of: "Sony Velo", in: text).isEmpty)
        let heading = """
            I carried the Garmin Tidepath 6 on every hike in April.
            Our pick for hikers: Garmin Tidepath 6 ($300)
            It lasted a week.
            """
        #expect(labels(of: "Garmin Tidepath 6", in: heading) == [.product, .product])
        // Without its maker's name the model keeps its number.
        let short = "Priya bought the Sony Velo 4 in May. She lent the Velo 4 to a cousin, and Velo said a fix was due."
        #expect(labels(of: "Velo 4", in: short) == [.product])
    }
}
