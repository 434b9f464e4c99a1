import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Words that are both a person's name and a place's: a place cue beats a given name, and a town
/// that is a named person's surname is that person (branch `ner-21`, issue 16). Invented sentences.
extension EntityKindTests {
    @Test func aNameAGivenNameLeadsAfterTheVillageOfIsAPlace() {
        #expect(
            label(of: "Arden Vale", in: "She was raised in the village of Arden Vale, by the river.") == .gpe)
        // Without the cue the given name still leads a person's name.
        #expect(label(of: "Arden Vale", in: "The jury thanked Arden Vale for her patience.") == .person)
    }

    @Test func aTownThatIsANamedPersonsSurnameIsThatPerson() {
        let text =
            "The sculptor Lydia Modena opened a studio by the canal. Modena smiled at the crowd. "
            + "Later she flew to Modena for a show. Modena, Italy, was warm that week."
        let modenas = TestSupport.extract(text).entities.filter { $0.text == "Modena" }
            .sorted { $0.start < $1.start }
        #expect(modenas.map(\.label) == [.person, .gpe, .gpe])
        // Without the person in the text the town stays a town.
        #expect(label(of: "Modena", in: "The crowd in the square smiled. Modena was warm that week.") == .gpe)
    }
}
