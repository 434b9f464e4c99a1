import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A model's code of digits then capitals after a name, and a round-hundred model number after a
/// known maker's line. Invented sentences.
@Suite struct EntityModelCodeTests {
    func labels(of surface: String, in text: String) -> [EntityLabel] {
        TestSupport.extract(text).entities.filter { $0.text == surface }.map(\.label)
    }

    @Test func digitsThenCapitalsEndAProductName() {
        #expect(labels(of: "Tarvo Glide 2S", in: "I carried the Tarvo Glide 2S across the dunes.") == [.product])
        #expect(labels(of: "Quellmoor Orbit 70EQ", in: "The Quellmoor Orbit 70EQ sat on the roof.") == [.product])
        // A resolution, a network's generation or a unit is no model's code.
        #expect(labels(of: "Tarvo Glide 4K", in: "I carried the Tarvo Glide 4K across the dunes.").isEmpty)
        #expect(labels(of: "Tarvo Glide 5G", in: "I carried the Tarvo Glide 5G across the dunes.").isEmpty)
    }

    @Test func roundHundredAfterAKnownMakersLineIsAModel() {
        let text = "The Sony Velmora 3100 hummed quietly on the shelf."
        #expect(labels(of: "Sony Velmora 3100", in: text) == [.product])
        // After an unknown name a round hundred is an index's size or a list's.
        #expect(labels(of: "Tarvo Glide 3100", in: "The Tarvo Glide 3100 hummed on the shelf.").isEmpty)
    }

    @Test func capitalsAHyphenAndACodeEndAProductName() {
        let review = "Reviewers liked the Sony KR-2000QM more than its rival."
        #expect(labels(of: "Sony KR-2000QM", in: review) == [.product])
        let text = "Our kitchen kept the Trovell Brewer DXC-3100P1 for a year."
        #expect(labels(of: "Trovell Brewer DXC-3100P1", in: text) == [.product])
        // A code of two digits, a year, or one a hyphen goes on from names no model.
        #expect(labels(of: "Sony FY-2024", in: "Sony FY-2024 results were weak.").isEmpty)
        #expect(labels(of: "Sony KR-2000QM", in: "The Sony KR-2000QM-B arrived late.").isEmpty)
    }

    @Test func smallNumberBeforeALowerCaseWordEndsAThingsName() {
        let text = "We packed the Tarvo Glide 3 yesterday and the Quellmoor Pad 14 too."
        #expect(labels(of: "Tarvo Glide 3", in: text) == [.product])
        let list = "Campers liked the Tarvo Glide 3 and Quellmoor Pad 14 equally."
        #expect(labels(of: "Tarvo Glide 3", in: list) == [.product])
        // A plural after the number counts it: no model.
        #expect(labels(of: "Tarvo Glide 3", in: "We packed the Tarvo Glide 3 boxes today.").isEmpty)
    }

    @Test func editionWordsAfterAKnownMakersModelNumberStayInTheName() {
        let text = "Hikers swore by the Sony Velmora 4 Gentle Mid on wet rock."
        #expect(labels(of: "Sony Velmora 4 Gentle Mid", in: text) == [.product])
        let brush = "My dentist suggested the Sony 370 Calm Wave for sore gums."
        #expect(labels(of: "Sony 370 Calm Wave", in: brush) == [.product])
        // A person's name, a street or another number after them is no edition.
        let shop = "The Sony 214 Quarry Drive store closed early."
        #expect(labels(of: "Sony 214 Quarry Drive", in: shop).isEmpty)
        let meeting = "Tickets for the Sony 370 Partner Conference sold out."
        #expect(labels(of: "Sony 370 Partner Conference", in: meeting).isEmpty)
        let tie = "It finished Sony Velmora 4 Tarvel Ridge 2 on Sunday."
        #expect(labels(of: "Sony Velmora 4 Tarvel Ridge", in: tie).isEmpty)
    }

    @Test func anAcronymAndASmallNumberAfterAKnownMakerAreItsModel() {
        let text = "Students liked the Sony QLV 13 for its weight."
        #expect(labels(of: "Sony QLV 13", in: text) == [.product])
        // A plural after the number counts it: no model.
        #expect(labels(of: "Sony QLV 13", in: "Sony QLV 13 units shipped.").isEmpty)
    }
}
