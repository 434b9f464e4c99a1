import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Where the evidence for a name is weak, no name beats a wrong person, organisation or place:
/// acronyms used as terms, title-case headings, numbered steps, brands spelt with inner
/// capitals, phrases in capitals (issue 16). Invented text in the style of modern web pages.
extension EntityKindTests {
    @Test func unknownAcronymsAreTermsUnlessSpelledOut() {
        let text = "Good ZPL tuning pays off, and pay-per-view (PPVX) sales rose. Ask about QRB first."
        #expect(label(of: "ZPL", in: text) == nil)
        #expect(label(of: "PPVX", in: text) == nil)
        #expect(label(of: "QRB", in: text) == nil)
        // The gazetteer's acronyms stay bodies.
        #expect(label(of: "NATO", in: "Ministers of NATO met in the spring.") == .org)
    }

    @Test func headingsNameOnlyWhatTheBodyNames() {
        let heading = "Garden Lights and Fence Solutions\nWe fitted new lights and a fence last week."
        #expect(label(of: "Fence Solutions", in: heading) == nil)
        #expect(label(of: "Garden Lights", in: heading) == nil)
        let named = "Quillane Lamp Company\nThe lamps come from Quillane Lamp Company, a small firm in Leeds."
        #expect(labels(of: "Quillane Lamp Company", in: named).count == 2)
        // A person named by a rule (a given name) is one in a heading too.
        #expect(label(of: "Daniel Okafor", in: "Daniel Okafor\nHe writes about gardens.") == .person)
    }

    @Test func numberedStepsAreNoTeams() {
        #expect(label(of: "Part", in: "Part 3: Final Checks\nThat is all.") == nil)
        #expect(label(of: "Step", in: "Step 2 – measure the room\nThen cut.") == nil)
        // A results line still makes its sides teams.
        #expect(label(of: "Wexcombe", in: "Wexcombe 3 Barnsworth 1\nMore results follow.") == .org)
    }

    @Test func brandsSpeltWithInnerCapitalsAreNoPlacesOrPeople() {
        #expect(label(of: "LedgerLoop", in: "Our team moved its books to LedgerLoop last spring.") == .org)
        #expect(label(of: "LedgerLoop", in: "She works at LedgerLoop in the city.") == .org)
        // A capitalised `At` opening the sentence makes the firm too, with its product line's word.
        #expect(label(of: "TarnSoft Cloud", in: "At TarnSoft Cloud, we answer every call.") == .org)
        #expect(label(of: "Tara McKenzie", in: "The talk was given by Tara McKenzie on Monday.") == .person)
    }

    @Test func modelCodesMakeProducts() {
        #expect(label(of: "Velo GT2", in: "The best value for range is the Velo GT2 this year.") == .product)
        #expect(label(of: "Arden X3", in: "Reviewers liked the Arden X3 more than its rivals.") == .product)
    }

    @Test func phrasesInCapitalsAreNoPeople() {
        let text = "Signs say Mind Your Step here, and Lantern Yield Optimisation is new."
        #expect(label(of: "Mind Your Step", in: text) != .person)
        #expect(label(of: "Lantern Yield Optimisation", in: text) != .person)
        #expect(
            label(of: "Stella Museum of Fine Art", in: "Her prints hang in the Stella Museum of Fine Art.") != .person
        )
        #expect(label(of: "Merry Fool", in: "The Merry Fool recommends two stocks.") != .person)
        #expect(label(of: "Merry Fool", in: "Readers of the Merry Fool trust it.") == .org)
    }

    @Test func aWordTheTextWritesInLowerCaseIsNoPlace() {
        let text = "Farms do well in Harvest when the harvest comes early."
        #expect(label(of: "Harvest", in: text) == nil)
        #expect(label(of: "Velmora", in: "She took her degree in Velmora at a small college.") == .gpe)
        // `at`, `to` and `from` come before companies as often as before places.
        #expect(label(of: "Quorvane", in: "She spent ten years at Quorvane before leaving.") != .gpe)
    }
}
