import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Words that are both a person's name and a place's: a place cue beats a given name, and a town
/// that is a named person's surname is that person, a plural title heads a list of people (branch
/// `ner-21`, issue 16). Invented sentences.
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

    @Test func aPluralTitleIsTheTitleOfEachNameInTheListAfterIt() {
        let text = "Rain fell all week. The harbour plan was backed by Governors Quellby, Vorrin and Isseldt."
        let people = TestSupport.extract(text).entities.filter { $0.label == .person }.map(\.text)
        #expect(people == ["Quellby", "Vorrin", "Isseldt"])
        // One name after the plural is no list: the rule waits for a second name.
        #expect(label(of: "Quellby", in: "Rain fell all week. Governors Quellby spoke.") != .person)
        // A list that holds a known place is no list of people.
        let places = "Rain fell all week. The harbour plan was backed by Governors Quellby, Vorrin and Leeds."
        #expect(!TestSupport.extract(places).entities.contains { $0.label == .person })
    }
}
