import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Capitalised ordinary words that are nobody's name (`Firm`, `Orbit`) make no person, and a
/// brand's spelling before a product line names the product (issue 16). Invented text in the
/// style of modern web pages.
extension EntityKindTests {
    @Test func aNameWithAnOrdinaryWordIsNoPersonByShape() {
        #expect(label(of: "Velmar Elevator", in: "Their clients include Velmar Elevator, a coding school.") != .person)
        #expect(label(of: "Quorin Moisturizer", in: "I tried Quorin Moisturizer for a month.") != .person)
        // A person's name of names stays one, by shape alone too.
        #expect(label(of: "Tavish Brask", in: "The tour was led by Tavish Brask last year.") == .person)
        // A given name leads a person when a family name follows, not an ordinary word.
        #expect(label(of: "Daniel Stone", in: "The talk was given by Daniel Stone on Monday.") == .person)
        #expect(label(of: "Daniel Orbit", in: "The talk was given by Daniel Orbit on Monday.") != .person)
    }

    @Test func anOrdinaryWordThatSpeaksIsNoPerson() {
        let text = "Steadfast said moves got cheaper. Reviews of Steadfast are mixed, Steadfast said."
        #expect(label(of: "Steadfast", in: text) != .person)
        // A surname that speaks is still a person.
        #expect(label(of: "Brask", in: "Prices fell, Brask said on Monday.") == .person)
    }

    @Test func ordinaryWordsInCapitalsAreNoName() {
        #expect(label(of: "Delivery & Refunds", in: "Delivery & Refunds – ask us about them.") == nil)
        #expect(label(of: "Total Monthly Savings", in: "Find the Total Monthly Savings before you buy.") == nil)
        // Names joined by `&` are still a firm.
        #expect(label(of: "Hatzel & Buehler", in: "The work was done by Hatzel & Buehler last year.") == .org)
    }

    @Test func aBrandBeforeAProductLineNamesTheProduct() {
        #expect(label(of: "LedgerLoop Cloud", in: "Most shops now run LedgerLoop Cloud for their books.") == .product)
        #expect(label(of: "LedgerLoop", in: "Most shops now pay LedgerLoop for their books.") == .org)
    }

    @Test func anAcronymSpelledOutInLowerCaseIsATerm() {
        let text = "We liked its active noise cancelling (ANC) most. On the train the ANC did well."
        #expect(labels(of: "ANC", in: text).isEmpty)
        // Spelled out as a name, it stays the body.
        let named = "The Arden Noise Council (ANC) met. The ANC voted on Monday."
        let bodies = labels(of: "ANC", in: named)
        #expect(!bodies.isEmpty && bodies.allSatisfy { $0 == .org })
    }

    @Test func lettersJoinedByAnAmpersandSpelledOutInLowerCaseAreATerm() {
        let text = "Log each trial and error (T&E) round. Later the T&E notes helped the crew."
        #expect(labels(of: "T&E", in: text).isEmpty)
        // Spelled out in capitals, a firm's name, it stays the body.
        let named = "Tarvo and Elling (T&E) opened a shop. T&E hired ten people."
        #expect(labels(of: "T&E", in: named).allSatisfy { $0 == .org })
    }

    @Test func identifiersAndCurrenciesAreNoNames() {
        #expect(label(of: "LoadLedger", in: "Then call ledger.LoadLedger(path) once at start.") == nil)
        #expect(label(of: "US", in: "The plan costs US$12 a month.") == nil)
        #expect(label(of: "US", in: "The plan is sold in the US for less.") == .gpe)
    }

    @Test func ordinaryWordsInCapitalsAreCodeOrEmphasis() {
        #expect(label(of: "PRODUCTION", in: "We saw the fault in PRODUCTION last week.") == nil)
        #expect(label(of: "NATO", in: "Ministers of NATO met in the spring.") == .org)
    }
}
