import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Where `and` goes on with a body's name and where it ends it (issue 16). Invented text.
extension EntityKindTests {
    @Test func andGoesOnInsideANameThatOfOpens() {
        let text = "Funding came from the Velmar Bureau of Orchards and Rural Roads in March."
        #expect(label(of: "Velmar Bureau of Orchards and Rural Roads", in: text) == .org)
        #expect(label(of: "Velmar Bureau of Orchards", in: text) == nil)
        // A known place that opens the name keeps the words after `and` too.
        let led = "She studied at the Oxford Institute of Glass and Ceramics until 2031."
        #expect(label(of: "Oxford Institute of Glass and Ceramics", in: led) == .org)
    }

    @Test func andBeforeAnotherNameEndsTheFirst() {
        let known = "The Velmar Bureau of Orchards and Oxford University shared the grant."
        #expect(label(of: "Velmar Bureau of Orchards", in: known) == .org)
        let person = "The Velmar Bureau of Orchards and Anna Brask shared the grant."
        #expect(label(of: "Velmar Bureau of Orchards", in: person) == .org)
        #expect(label(of: "Anna Brask", in: person) == .person)
        // Two or more words closed by a body's word are a second body.
        let body = "The Velmar Bureau of Orchards and Quellbrook Tree Council shared the grant."
        #expect(label(of: "Velmar Bureau of Orchards", in: body) == .org)
    }

    @Test func ordinaryWordsJoinedByAndToABodysHeadAreOneName() {
        let text = "Ask the Pruning and Orchard Care Society about the course."
        #expect(label(of: "Pruning and Orchard Care Society", in: text) == .org)
        // A brand before `and` is a name of its own: the two stay apart.
        let brands = "Buy cover from Tarvexo and Quellbrook Travel Shield before you fly."
        #expect(label(of: "Tarvexo and Quellbrook Travel Shield", in: brands) == nil)
    }
}

/// Where a body's or a site's name ends after its last word: a syllable hyphened to a suffix,
/// a site's top-level domain (issue 16). Invented text.
extension EntityKindTests {
    @Test func aSyllableHyphenedToASuffixIsPartOfTheName() {
        let text = "We buy our flour at the Tarnbury Co-op every week."
        #expect(label(of: "Tarnbury Co-op", in: text) == .org)
        #expect(label(of: "Tarnbury Co", in: text) == nil)
    }

    @Test func aWordAndItsDomainNameOneSite() {
        let text = "Fares from Fernway.com were cheaper, and we listened to a book from Quillcast.fm on the way."
        #expect(label(of: "Fernway.com", in: text) == .org)
        // After `on`, the same site is the platform used (`DocumentResolver+Platforms`).
        let medium = "We compared fares on Fernway.com and listened to a book on the way."
        #expect(label(of: "Fernway.com", in: medium) == .product)
        #expect(label(of: "Quillcast.fm", in: text) != nil)
        // A path or a `www.` makes an address, and a capitalised word after it a longer name.
        let address = "See www.Fernway.com for fares, or try Velmar.net Core 4 for servers."
        #expect(label(of: "Fernway.com", in: address) == nil)
        #expect(label(of: "Velmar.net", in: address) == nil)
    }
}

/// A body's unit named after its acronym (issue 16). Invented text.
extension EntityKindTests {
    @Test func ordinaryWordsAfterABodysAcronymNameItsUnit() {
        let text = "She catalogued old reels for BBC Archive during the long winter."
        #expect(label(of: "BBC Archive", in: text) == .org)
        #expect(label(of: "BBC", in: text) == nil)
        // Inside a title-cased line the capitals say nothing.
        let line = "Readers Praise Quiet BBC Archive Reels in Northern Towns."
        #expect(label(of: "BBC Archive", in: line) == nil)
    }
}

/// A known name that opens a longer one ending in a head word four words on (issue 16). Invented text.
extension EntityKindTests {
    @Test func aKnownNameOpensALongerNameUpToFourWordsBeforeItsHead() {
        let text = "Tickets for the Leeds Rural Schools Gardening Summit went on sale in May."
        #expect(label(of: "Leeds Rural Schools Gardening Summit", in: text) == .event)
        #expect(label(of: "Leeds", in: text) == nil)
    }
}
