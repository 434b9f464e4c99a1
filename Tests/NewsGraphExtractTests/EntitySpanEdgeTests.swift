import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Where an institution's, a firm's or a work's name ends and starts: `of the`, a legal form in a
/// heading, a place after a head word, a title's article (issue 16). Invented text.
extension EntityKindTests {
    @Test func ofTheAfterAHeadWordGoesOnWithTheName() {
        let text = "She trained at the Velmar Institute of the Open Sea before moving on."
        #expect(label(of: "Velmar Institute of the Open Sea", in: text) == .org)
        #expect(label(of: "Open Sea", in: text) == nil)
    }

    @Test func aLegalFormNamesTheFirmInAHeading() {
        let text = "Our top picks follow.\n\n4. Tarvane Lighting Corp.\n\nHeadquarters: a quiet town"
        #expect(label(of: "Tarvane Lighting Corp.", in: text) == .org)
    }

    @Test func aPlaceAfterAnInstitutionsHeadWordEndsItsName() {
        let text = "The grant came from the Quellbrook Craft Centre Norway in 2021, and she taught in Leeds."
        #expect(label(of: "Quellbrook Craft Centre Norway", in: text) == .org)
        #expect(label(of: "Norway", in: text) == nil)
        #expect(label(of: "Leeds", in: text) == .gpe)
    }

    @Test func aCapitalisedArticleInProseOpensAWorksTitle() {
        let text = "Last winter she read A Quiet Orchard twice, and he kept quoting The Harbour Keeper."
        #expect(label(of: "A Quiet Orchard", in: text) == .workOfArt)
        #expect(label(of: "Quiet Orchard", in: text) == nil)
        #expect(label(of: "Harbour Keeper", in: text) == .workOfArt)
    }
}
