import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A people or place named with a point of the compass opening a longer name that ends in a head
/// word. Invented sentences.
@Suite struct EntityCompassLedNameTests {
    func labels(of surface: String, in text: String) -> [EntityLabel] {
        TestSupport.extract(text).entities.filter { $0.text == surface }.map(\.label)
    }

    @Test func compassPeopleOpenABodysName() {
        let text = "The count comes from the North American Orchard Growers Association each spring."
        #expect(labels(of: "North American Orchard Growers Association", in: text) == [.org])
        #expect(labels(of: "North American", in: text).isEmpty)
        // With no head word after it, the people stays a people.
        let plain = "The North American Orchard growers met in spring."
        #expect(labels(of: "North American", in: plain) == [.norp])
    }
}
