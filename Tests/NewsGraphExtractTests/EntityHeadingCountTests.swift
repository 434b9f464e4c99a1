import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Title-case lines with a count or a year are still headings, ordinary adjectives before a
/// common acronym are terms, names on a line of code are identifiers, and a site's own guides
/// and tools are no names (issue 16). Invented text.
extension EntityKindTests {
    @Test func aCountOrAYearKeepsATitleCaseLineAHeading() {
        let text =
            "Top 7 Lantern Makers of 2031\n\nWe tried many lanterns this year and liked most of them.\n\n"
            + "2031 Porch Lighting Trends Worth a Look\n\nPorches got brighter."
        #expect(label(of: "Top", in: text) == nil)
        #expect(label(of: "Lantern Makers", in: text) == nil)
        #expect(label(of: "Porch Lighting Trends Worth", in: text) == nil)
        // A results line has a second score: its sides stay names.
        #expect(label(of: "Velmar", in: "Ardley 3 Velmar 1\n\nThe match was tense.") != nil)
    }

    @Test func anOrdinaryAdjectiveBeforeACommonAcronymIsATerm() {
        let text = "Many shops now lean on Predictive AI to plan their stock, and Quorvane AI hired staff."
        #expect(label(of: "Predictive AI", in: text) == nil)
        #expect(label(of: "Quorvane AI", in: text) != nil)
        // A coined adjective in `-ic` or `-ive` that the word list lacks is one too.
        let coined = "Most studios now test Synaptic AI in small pilots, and Tarvel AI hired two editors."
        #expect(label(of: "Synaptic AI", in: coined) == nil)
        #expect(label(of: "Tarvel AI", in: coined) != nil)
    }

    @Test func namesOnALineOfCodeAreIdentifiers() {
        let text =
            "The loader looks like this:\n\nfunc loadPage() -> PageLoader {\n    // Reset Quorvane Cache first\n"
            + "    return nil\n}\n\nThe Quorvane Group maintains it."
        #expect(label(of: "PageLoader", in: text) == nil)
        #expect(label(of: "Reset Quorvane Cache", in: text) == nil)
        #expect(label(of: "Quorvane Group", in: text) != nil)
    }

    @Test func aSitesOwnGuideOrToolIsNoName() {
        let text =
            "Before you dig, see our Balcony Herb Planter Guide, or try our free Paint Cost Calculator. "
            + "Questions? Read our Quorvane Lamp FAQ page. The Quorvane Group makes lamps."
        #expect(label(of: "Balcony Herb Planter Guide", in: text) == nil)
        #expect(label(of: "Paint Cost Calculator", in: text) == nil)
        #expect(label(of: "Quorvane Lamp FAQ", in: text) == nil)
        #expect(label(of: "Quorvane Group", in: text) != nil)
    }

    @Test func aRankingIsNoBody() {
        let text = "This spring the shop made a list called Top Cheapest Local Bakeries in a food magazine."
        #expect(label(of: "Top Cheapest Local Bakeries", in: text) == nil)
        // A word no dictionary holds makes it a name again.
        #expect(label(of: "Top Quorvane Bakeries", in: "She ran the Top Quorvane Bakeries chain for years.") != nil)
    }
}
