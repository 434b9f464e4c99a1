import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Bodies' names used as a medium (a site, a network, a service) or listed with products, which
/// name the product rather than the firm. Invented sentences.
extension EntityKindTests {
    @Test func aBodyAfterAPrepositionOfMediumIsThePlatform() {
        #expect(label(of: "TallyNest", in: "TallyNest hired forty engineers last spring.") == .org)
        #expect(label(of: "TallyNest", in: "The potter sells her mugs on TallyNest.") == .product)
        #expect(label(of: "TallyNest", in: "Guests may settle the bill via TallyNest and keep a receipt.") == .product)
        #expect(label(of: "TallyNest", in: "The knitting club shares its patterns across TallyNest.") == .product)
        // The bodies listed with it are platforms too.
        let list = "Follow the choir on TallyNest, BrightQuill and MossPage for news."
        #expect(labels(of: "BrightQuill", in: list) == [.product])
        #expect(labels(of: "MossPage", in: list) == [.product])
    }

    @Test func aBodyThatTakesWhatOneStreamsOrUploadsIsThePlatform() {
        let list = "The choir streams to TallyNest, Windows, BrightQuill and MossPage every Friday."
        #expect(labels(of: "TallyNest", in: list) == [.product])
        // The list goes on past a product already known.
        #expect(labels(of: "BrightQuill", in: list) == [.product])
        #expect(labels(of: "MossPage", in: list) == [.product])
        #expect(label(of: "TallyNest", in: "Every clip was uploaded to TallyNest.") == .product)
        // A letter or an officer posted to a body goes to the firm.
        #expect(label(of: "TallyNest", in: "The draft contract was posted to TallyNest.") != .product)
    }

    @Test func aBodyGivenAsAnExampleOfAPlatformIsThatPlatform() {
        let text = "Bakers swap recipes on sites such as TallyNest or BrightQuill every week."
        #expect(labels(of: "TallyNest", in: text) == [.product])
        #expect(labels(of: "BrightQuill", in: text) == [.product])
        #expect(label(of: "TallyNest", in: "Search engines like TallyNest rank the pages.") == .product)
        // Its other mentions keep the firm; a name cut short says nothing.
        #expect(
            labels(of: "TallyNest", in: "Use platforms like TallyNest for that.\nTallyNest hired forty engineers.")
                == [.product, .org])
        #expect(label(of: "TallyNest", in: "Post on platforms like TallyNest Ads daily.") != .product)
    }

    @Test func aBodyThatAVerbOfUsingTakesIsTheToolUsed() {
        #expect(label(of: "TallyNest", in: "Most florists we met use TallyNest to plan deliveries.") == .product)
        #expect(label(of: "TallyNest", in: "Last year the guild switched to TallyNest.") == .product)
        #expect(label(of: "TallyNest", in: "The shop's menu site was built with TallyNest and a map.") == .product)
        // Not before a noun it modifies, nor as a path in code.
        #expect(label(of: "TallyNest", in: "Most florists use TallyNest vans for deliveries.") != .product)
        #expect(label(of: "TallyNest", in: "global using TallyNest.Storage;") != .product)
        // With no conjunction, the last name of a list may open the next clause.
        #expect(
            label(of: "MossPage", in: "By using Windows, Linux, MossPage opened a second shop.") == .org)
    }

    @Test func aPodcastIsAWorkAndAMakersPodcastsItsProductLine() {
        #expect(label(of: "Quiet Orchard Podcast", in: "We spoke on the Quiet Orchard Podcast last May.") == .workOfArt)
        #expect(label(of: "Marrowby", in: "She hosts the podcast Marrowby from her shed.") == .workOfArt)
        #expect(label(of: "Samsung Podcasts", in: "New episodes reach Samsung Podcasts each Friday.") == .product)
    }

    @Test func aTopicARankingOrACreditBeforeTheNameKeepsTheBody() {
        #expect(label(of: "TallyNest", in: "Read the new report on TallyNest, out today.") == .org)
        #expect(label(of: "TallyNest", in: "The shop ranks #2 on TallyNest for tea.") == .org)
        #expect(label(of: "TallyNest", in: "A harbour at dusk. Photo via TallyNest.") == .org)
        // An acronym after `on` names a broadcaster as often as a platform.
        let station = "Quillmoor Valley Television (QVT) covers the dale. The mayor said on QVT that it reopens."
        #expect(labels(of: "QVT", in: station) == [.org, .org])
        // A possessive, a hyphen or a noun after it makes it part of a longer phrase.
        #expect(label(of: "TallyNest", in: "She relied on TallyNest's maps for the trip.") == .org)
        #expect(label(of: "TallyNest", in: "The guide sold well on TallyNest stores abroad.") == .org)
    }

    @Test func aBodyListedOnlyWithProductsIsOne() {
        #expect(
            label(of: "TallyNest", in: "The game runs on laptops with Windows, Linux or TallyNest installed.")
                == .product)
        // Two names and a comma alone may be two clauses.
        #expect(label(of: "TallyNest", in: "When the phone runs Android, TallyNest adds a widget.") == .org)
    }

    @Test func brandSpelledWordsFillAListWithAProduct() {
        let text = "Our old laptop ran Windows, TallyNest and QuorraPad for the whole term."
        #expect(label(of: "TallyNest", in: text) == .product)
        #expect(label(of: "QuorraPad", in: text) == .product)
        // With no product in the list the spelling alone keeps them bodies.
        #expect(label(of: "TallyNest", in: "Shares of TallyNest, QuorraPad and Velmico rose today.") == .org)
    }
}
