import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// The article NewsGraph was built for: what a careful reader finds in it (shared/seed/EXPECTED.md).
@Suite struct SeedArticleTests {
    let record = TestSupport.extract(TestSupport.seedText)

    @Test func offsetsSliceToTheMentionText() {
        for mention in record.entities {
            #expect(record.slice(mention.start, mention.end) == mention.text)
        }
    }

    @Test func peopleAreFoundAndSurnamesMergeIntoThem() {
        let people = Dictionary(grouping: record.entities(.person), by: \.entity)
        #expect(people["PERSON:Wendy Sherman"]?.map(\.text).sorted() == ["Sherman", "Sherman", "Wendy Sherman"])
        #expect(people["PERSON:Colin Kahl"]?.map(\.text).sorted() == ["Colin Kahl", "Kahl", "Kahl"])
        #expect(people.keys.contains("PERSON:Putin"))
        #expect(people.count == 3, "unexpected people: \(people.keys.sorted())")
    }

    @Test func countriesAreGPEWithCanonicalNames() {
        let places = Set(record.entities(.gpe).map(\.entity))
        for name in ["Russia", "Iran", "Ukraine", "North Korea", "United States", "Moscow", "Pyongyang"] {
            #expect(places.contains("GPE:\(name)"), "missing \(name)")
        }
        let unitedStates = record.entities(.gpe).filter { $0.entity == "GPE:United States" }.map(\.text)
        #expect(unitedStates.sorted() == ["U.S.", "U.S.", "US", "US"])
        #expect(record.entities(.gpe).filter { $0.entity == "GPE:Ukraine" }.count == 5)
    }

    @Test func hyphenatedPairYieldsTwoPlaces() throws {
        let scalars = Array(record.text.unicodeScalars)
        let needle = Array("Iran-Russia".unicodeScalars)
        let start = try #require(
            (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle })
        let inside = record.entities.filter { $0.start >= start && $0.end <= start + needle.count }
        #expect(inside.map(\.text) == ["Iran", "Russia"])
        #expect(inside.allSatisfy { $0.label == .gpe })
    }

    @Test func otherEntitiesHaveTheirLabels() {
        let byText = Dictionary(record.entities.map { ($0.text, $0.label) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["Tasnim"] == .org)
        #expect(byText["Sukhoi Su-35"] == .product)
        #expect(byText["Iranian"] == .norp)
        #expect(byText["Russian"] == .norp)
        #expect(byText["February 24"] == .date)
        #expect(byText["West"] == .loc)
        #expect(byText["Deputy Secretary of State"] == nil)
    }

    @Test func directQuotesHaveTheirSpeakers() {
        let direct = record.quotes.filter { $0.kind == .direct }
        #expect(direct.count == 2)
        let kahl = direct.first { record.slice($0.start, $0.end).hasPrefix("Frankly speaking") }
        #expect(kahl?.speaker == "Colin Kahl")
        #expect(kahl?.speakerEntity == "PERSON:Colin Kahl")
        #expect(kahl?.cue == "said")
        #expect(kahl.map { record.slice($0.speakerStart!, $0.speakerEnd!) } == "Kahl")
        #expect(kahl.map { record.slice($0.start, $0.end) }?.hasSuffix("North Korea,") == true)
        let sherman = direct.first {
            record.slice($0.start, $0.end) == "As Putin continues to escalate, we too will take action"
        }
        #expect(sherman?.speaker == "Wendy Sherman")
        #expect(sherman?.cue == "added")
    }

    @Test func reportedSpeechIsAttributed() {
        /// The reported clause may open with its complementizer ("that it did not send …").
        func quote(startingWith prefix: String) -> Quote? {
            record.quotes.first {
                $0.kind == .indirect
                    && (record.slice($0.start, $0.end).hasPrefix(prefix)
                        || record.slice($0.start, $0.end).hasPrefix("that " + prefix))
            }
        }
        #expect(quote(startingWith: "it is a sign of Russia's desperation")?.speaker == "Colin Kahl")
        #expect(quote(startingWith: "it is a sign of Russia's desperation")?.cue == "mentioned")
        #expect(quote(startingWith: "it did not send ammunition")?.speakerEntity == "GPE:North Korea")
        #expect(quote(startingWith: "it sent a small amount")?.speakerEntity == "GPE:Iran")
        #expect(quote(startingWith: "there have been frequent deliveries")?.speakerEntity == "GPE:Ukraine")
        #expect(quote(startingWith: "Iran will soon receive")?.speaker == "an Iranian official")
        #expect(quote(startingWith: "Iran will soon receive")?.speakerEntity == nil)
        #expect(quote(startingWith: "it is likely that Iran and Russia")?.speaker == "An expert")
        #expect(quote(startingWith: "the U.S. is closely monitoring")?.speaker == "Wendy Sherman")
        let he = quote(startingWith: "the U.S. will continue to support Ukraine")
        #expect(he?.speaker == "Wendy Sherman")
        #expect(he.map { record.slice($0.speakerStart!, $0.speakerEnd!) } == "He")
    }

    @Test func htmlPageGivesTheSameArticle() throws {
        let parsed = try ArticleFixtures.parseSeedPage()
        #expect(parsed.text == TestSupport.seedText)
        #expect(parsed.title == "US says Russia is turning to Iran and North Korea for weapons")
    }
}
