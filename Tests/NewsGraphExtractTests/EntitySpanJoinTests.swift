import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Names cut at a word they go on with: particles, a current after a place, a product's edition,
/// a place-led institution closing a heading line; and fragments that name nothing: a piece after
/// `&`, a unit after a number (issue 16). Invented text.
extension EntityKindTests {
    @Test func twoParticlesGoOnWithAPersonsName() {
        let text = "The surgeon Anna van der Oost said the ward would reopen in spring."
        #expect(label(of: "Anna van der Oost", in: text) == .person)
        #expect(label(of: "Anna", in: text) == nil)
    }

    @Test func aCurrentAfterAKnownPlaceIsOneNaturalPlace() {
        let text = "Fishing boats followed the warm Corsica Current north, past the Velmix Stream office."
        #expect(label(of: "Corsica Current", in: text) == .loc)
        #expect(label(of: "Velmix Stream", in: text) != .loc)
    }

    @Test func anEditionWordAfterAKnownProductStaysInItsName() {
        let text = "The team moved Linux Server to the new racks over the weekend."
        #expect(label(of: "Linux Server", in: text) == .product)
    }

    @Test func aPlaceLedInstitutionEndingAHeadingLineIsOneName() {
        let text = "Where to study\n\nCourse Notes - Ontario Maritime Institute\n\nThe list changes every year."
        #expect(label(of: "Ontario Maritime Institute", in: text) == .org)
        #expect(label(of: "Ontario", in: text) == nil)
    }

    @Test func aCapitalAJoinedToAnAmpersandIsNoArticle() {
        let text = "Reviewers sent the draft to two Q&Rs and three A&Ks last month, the editor wrote."
        #expect(!TestSupport.extract(text).entities.contains { $0.text.hasPrefix("&") })
    }

    @Test func aUnitAfterANumberIsAQuantityNoName() {
        let text = "The kettle holds a 2 QT XL pot, and the tablet ships with 128 GB Storage, said Mira Dale."
        let names = TestSupport.extract(text).entities.map(\.text)
        #expect(!names.contains("QT XL"))
        #expect(!names.contains("GB Storage"))
        #expect(names.contains("Mira Dale"))
    }

    @Test func aMuseumNamedInAnotherLanguageKeepsItsParticles() {
        let text = "Her prints hang in the Museo del Mar Salado and the Museum für Alte Uhren, she said."
        #expect(label(of: "Museo del Mar Salado", in: text) != nil)
        #expect(label(of: "Museum für Alte Uhren", in: text) != nil)
        #expect(label(of: "Alte Uhren", in: text) == nil)
    }
}
