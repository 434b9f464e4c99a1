import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Where a name starts and ends, and which title-case lines are headings or labels rather than
/// names (issue 16). Invented text in the style of modern web pages.
extension EntityKindTests {
    @Test func aKnownWordHyphenedToAnUnknownOneIsOneName() {
        let text = "We mounted the lens on an Oxford-Quellbrook tripod last spring."
        #expect(label(of: "Oxford-Quellbrook", in: text) != nil)
        #expect(label(of: "Oxford", in: text) == nil)
        // Two known names joined by a hyphen stay two.
        let pair = "Talks between Iran-Russia envoys went on."
        #expect(label(of: "Iran", in: pair) == .gpe)
        #expect(label(of: "Russia", in: pair) == .gpe)
    }

    @Test func ofAndCapitalisedWordsGoOnAfterAHeadWord() {
        let text = "The Velmar Library of Old Maps opened, and the Oxford Academy of Fine Arts and Crafts followed."
        #expect(label(of: "Velmar Library of Old Maps", in: text) == .fac)
        // `and` and a capitalised word that closes the name go on with it.
        #expect(label(of: "Oxford Academy of Fine Arts and Crafts", in: text) != nil)
        #expect(label(of: "Oxford Academy of Fine Arts", in: text) == nil)
    }

    @Test func theLastOfTwoHeadWordsEndsTheName() {
        let text = "The fair moved to the Leeds Congress Center last spring."
        // A centre for meetings is a building.
        #expect(label(of: "Leeds Congress Center", in: text) == .fac)
        #expect(label(of: "Leeds Congress", in: text) == nil)
    }

    @Test func aLetterThatEndsASentenceIsNoInitial() {
        let text = "The rule holds for any value of Q. It follows that the sum is even."
        #expect(TestSupport.extract(text).entities(.person).isEmpty)
        #expect(label(of: "J. Marrot", in: "The notes of J. Marrot were kept.") == .person)
    }

    @Test func labelsBeforeAColonOrDashAreNoNames() {
        let text = "Care & Cleaning: wipe the tray with a damp cloth.\n\nThe tray ships from Leeds."
        #expect(label(of: "Care & Cleaning", in: text) == nil)
        // A firm's name before a dash stays a firm when the body names it.
        let firm = "Marrow & Pike – the bakery opened in Leeds in 1990.\n\nMarrow & Pike sells bread."
        #expect(labels(of: "Marrow & Pike", in: firm).count == 2)
        // A title-case label before a colon is a heading even when a product follows it.
        let review = "Brightest Beam on a Folding Camp Lantern: Quellbrook Glow 4S\n\nWe lit eleven lanterns."
        #expect(label(of: "Folding Camp Lantern", in: review) == nil)
        // A label with a model code is the product's name.
        let product = "Quellbrook Peak X2: a light watch for long days.\n\nWe wore it for a month."
        #expect(label(of: "Quellbrook Peak X2", in: product) == .product)
    }

    @Test func aSurnameEndingALongerHeadingPhraseIsItsNoun() {
        let text =
            "Tara Quillon spoke first. Quillon said the plan works.\n\nWhy the Garden Hose Quillon\n\n"
            + "Why Quillon Left\n\nMore text came here."
        // The body's surname and the short heading's; not the last word of the longer heading.
        #expect(labels(of: "Quillon", in: text) == [.person, .person])
    }

    @Test func numberedHeadingsAreHeadings() {
        let text = "3. Pick the Right Garden Hose Fittings\n\nStart with the hose you own already."
        #expect(TestSupport.extract(text).entities.isEmpty)
        // A numbered results line with brackets still lists people.
        let results = "1. Ann Vale (Ardia), Tom Roe (Velmar)\n\nShe won."
        #expect(label(of: "Ann Vale", in: results) == .person)
    }
}
