import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Names given as an example of a kind of thing, or as the body a page speaks for, which read
/// as people's names by their shape. Invented sentences.
extension EntityKindTests {
    @Test func aNameGivenAsAnExampleOfAKindOfThingTakesThatKind() {
        let charity = "Each order sends a meal to charities like Rowan Hale in the county."
        #expect(label(of: "Rowan Hale", in: "Each order sends a meal to Rowan Hale in the county.") == .person)
        #expect(label(of: "Rowan Hale", in: charity) == .org)
        #expect(label(of: "Rowan Hale", in: "We back non-profits like Rowan Hale each winter.") == .org)
        #expect(label(of: "Clara Penn", in: "Learners practise with apps such as Clara Penn at night.") == .product)
        // Its other mentions in the document follow.
        #expect(labels(of: "Rowan Hale", in: charity + "\nRowan Hale opened a second kitchen.") == [.org, .org])
        // A noun for people keeps a person.
        #expect(label(of: "Rowan Hale", in: "The fair booked singers like Rowan Hale for the evening.") == .person)
    }

    @Test func aNameAfterAtAndBeforeWeIsTheBodyThePageSpeaksFor() {
        let text = "At Tessa Marlow, we build garden sheds to order.\nTessa Marlow ships across the county."
        #expect(labels(of: "Tessa Marlow", in: text) == [.org, .org])
        #expect(label(of: "Tessa Marlow", in: "At Tessa Marlow's party, we danced.") != .org)
    }

    @Test func aBodysNameGivenAsAnExampleOfSoftwareIsThatProduct() {
        #expect(label(of: "LedgerLoop", in: "Freelancers pay LedgerLoop each month.") == .org)
        let text = "Scrapers parse their pages with libraries like LedgerLoop.\nLedgerLoop sends reminders too."
        #expect(labels(of: "LedgerLoop", in: text) == [.product, .product])
        // Its people stay the body's.
        #expect(
            labels(of: "LedgerLoop", in: text + "\nA LedgerLoop engineer wrote the guide.") == [
                .product, .product, .org,
            ])
        #expect(
            label(of: "LedgerLoop", in: "Coders reach for frameworks such as LedgerLoop, which is free.") == .product)
    }

    @Test func aNameLaterInAListOfExamplesTakesTheKindToo() {
        let text = "Learners practise with apps like Quillo, Tessavane and Clara Penn at night."
        #expect(label(of: "Clara Penn", in: text) == .product)
        let middle = "Each order helps charities such as Quorbitz, Rowan Hale, and Tessfield this winter."
        #expect(label(of: "Rowan Hale", in: middle) == .org)
        // A name after the list has ended is no example.
        #expect(label(of: "Tom Vale", in: "We tried apps like Quillo, Tom Vale said on Monday.") == .person)
    }

    @Test func aPersonsNameAmongANumberedListOfFirmsIsAFirm() {
        func ranking(_ names: [String], saying line: String) -> String {
            names.enumerated().map { "\($0.offset + 1). \($0.element)\n\n\($0.element) \(line)\n\n" }.joined()
        }
        let movers = ["Northgate Van Lines", "Allpoint Relocation Group", "Mabel Quince", "Tidewater Moving Company"]
        let list = ranking(movers, saying: "packs and ships homes across the state at a fair price.")
        #expect(labels(of: "Mabel Quince", in: "Our picks for movers this year.\n\n" + list) == [.org, .org])
        // Among people, or beside too few firms, a person stays one.
        let painters = ["Mabel Quince", "Oren Vidal", "Lucia Brandt", "Tomas Keel"]
        let artists = ranking(painters, saying: "painted the harbour at dawn for thirty years.")
        #expect(labels(of: "Mabel Quince", in: "Four painters to know.\n\n" + artists) == [.person, .person])
        let short = ranking(Array(movers.dropFirst()), saying: "packs and ships homes at a fair price.")
        #expect(labels(of: "Mabel Quince", in: "Our picks.\n\n" + short) == [.person, .person])
    }
}
