import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Places that are only a word of a longer name, a company's branch named by its country, and
/// bodies shown by the `its` of their clause. Invented sentences.
@Suite struct EntityInnerPlaceTests {
    func labels(of surface: String, in text: String) -> [EntityLabel] {
        TestSupport.extract(text).entities.filter { $0.text == surface }.map(\.label)
    }

    @Test func placeBetweenCapitalisedWordsIsPartOfTheName() {
        let text = "Members of the Quillbright Lisbon Makers collective repaired the old loom."
        #expect(labels(of: "Lisbon", in: text).isEmpty)
        // Beside lower-case words, a weekday or a compass word it stays a place.
        #expect(labels(of: "Lisbon", in: "The weavers moved to Lisbon last spring.") == [.gpe])
        #expect(labels(of: "Lisbon", in: "The weavers reached Lisbon Tuesday morning.") == [.gpe])
    }

    @Test func countryAfterKnownCompanyIsItsBranch() {
        let text = "The turbines were ordered from Siemens Portugal for the new dam."
        #expect(labels(of: "Siemens Portugal", in: text) == [.org])
        #expect(labels(of: "Portugal", in: text).isEmpty)
    }

    @Test func itsInTheNamesClauseMakesABody() {
        let text = "Last year Tarvolt expanded its range of garden pumps."
        #expect(labels(of: "Tarvolt", in: text) == [.org])
        // A verb of speech or a personal pronoun first: the `its` is someone else's.
        #expect(labels(of: "Tarvolt", in: "Last year Tarvolt said the dam had lost its power.") != [.org])
    }
}

/// Model numbers after a name of two words, and the field between two titles. Invented sentences.
@Suite struct EntityModelNumberTests {
    func labels(of surface: String, in text: String) -> [EntityLabel] {
        TestSupport.extract(text).entities.filter { $0.text == surface }.map(\.label)
    }

    @Test func fourDigitModelNumberEndsAProductName() {
        let text = "We fitted the Tarvo Glide 4180 to the bench and it ran cool."
        #expect(labels(of: "Tarvo Glide 4180", in: text) == [.product])
        // A year, a round hundred or a count of a plural noun is no model number.
        #expect(labels(of: "Tarvo Glide 2024", in: "The Tarvo Glide 2024 season ended.").isEmpty)
        #expect(labels(of: "Tarvo Glide 1174", in: "We sent the Tarvo Glide 1174 boxes north.").isEmpty)
        // Without an article, a brand's spelling or capitals, a team's total or an index's level.
        #expect(labels(of: "Tarvo Glide 4180", in: "Critics said Tarvo Glide 4180 was low.").isEmpty)
        #expect(labels(of: "Velmar Suite 301", in: "Send it to Velmar Suite 301 today.").isEmpty)
    }

    @Test func wordsBetweenTwoTitlesAreNoName() {
        let text = "The plan was approved, said Tova Brink, Chief Orchard Ventures Officer at the firm."
        #expect(labels(of: "Orchard Ventures", in: text).isEmpty)
    }
}
