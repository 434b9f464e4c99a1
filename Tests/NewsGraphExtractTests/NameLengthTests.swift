import NewsGraphCore
import NewsGraphExtract
import NewsGraphTestSupport
import Testing

/// A name holds at most ``EntityRecognizer/maximumNameWords`` words and
/// ``EntityRecognizer/maximumNameBytes`` bytes: a longer capitalised run is no name. Invented text,
/// inside ordinary English sentences so the document is read as English.
@Suite struct NameLengthTests {
    static let context =
        "The council said on Monday that the plan would go ahead after a long debate about the cost of the bridge. "

    /// Distinct invented title-case words.
    static func run(_ count: Int) -> String {
        var words: [String] = []
        for index in 0..<count {
            let first = Character(UnicodeScalar(UInt8(65 + index % 26)))
            let second = Character(UnicodeScalar(UInt8(97 + index / 26 % 26)))
            words.append("Quorvel\(first)\(second)ar")
        }
        return words.joined(separator: " ")
    }

    static func names(_ sentence: String) -> [String] {
        TestSupport.extract(context + sentence + "\n" + context).entities.map(\.text).filter { $0 != "Monday" }
    }

    @Test func aRunOverTheWordCapIsNoName() {
        let cap = EntityRecognizer.maximumNameWords
        #expect(Self.names("Mr " + Self.run(cap) + " said it was over.") == [Self.run(cap)])
        #expect(Self.names("Mr " + Self.run(cap + 1) + " said it was over.").isEmpty)
        #expect(Self.names("The banner read " + Self.run(400) + " all week.").isEmpty)
    }

    @Test func aNameOverTheByteCapIsNoName() {
        let cap = EntityRecognizer.maximumNameBytes
        let fits = "Brennholt" + String(repeating: "a", count: cap - "Brennholt Industries".utf8.count)
        #expect(Self.names("Yesterday \(fits) Industries said it would close the plant.") == [fits + " Industries"])
        let over = fits + "a"
        #expect(Self.names("Yesterday \(over) Industries said it would close the plant.").isEmpty)
    }

    /// Long ordinary names stay whole.
    @Test func aLongOrganisationNameStaysOneName() {
        let name = "Northern Association of Independent Harbour Pilots"
        #expect(Self.names("A spokesman for the \(name) said the strike would end.") == [name])
    }
}
