import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Names that the words around them place: a point of the compass or a settlement noun before
/// `of`, and the other rules of branch `ner-5` (issue 16). Invented sentences.
extension EntityKindTests {
    @Test func aNameAfterACompassPointAndOfIsAPlace() {
        #expect(label(of: "Brommel", in: "The bakery sits just west of Brommel on the old road.") == .gpe)
        #expect(label(of: "Tassenby", in: "Northeast of Tassenby lies a quiet lake.") == .gpe)
        // Its other mentions follow, even at a sentence start.
        let text = "Our cabin was east of Ulverin.\nUlverin has a small harbour."
        #expect(labels(of: "Ulverin", in: text) == [.gpe, .gpe])
        // Any other word before `of` leads nowhere.
        #expect(label(of: "Brommel", in: "A friend of Brommel wrote the letter.") != .gpe)
    }

    @Test func aNameAfterASettlementNounAndOfIsAPlace() {
        #expect(label(of: "Ulverin", in: "She grew up in the fishing village of Ulverin.") == .gpe)
        // Before a verb of speech the place is where the speaker is.
        #expect(label(of: "Tassenby", in: "A guard in the town of Tassenby told reporters little.") == .gpe)
        // A capitalised noun is part of the name, not a settlement noun.
        #expect(label(of: "Arden Council", in: "The City of Arden Council met today.") == .org)
    }
}

extension EntityKindTests {
    @Test func aNameTheDocumentAlsoWritesInLowerCaseIsThatPhrase() {
        let heading = "Hire the Social Media experts at Quillon today."
        #expect(label(of: "Social Media", in: heading) == .org)
        #expect(label(of: "Social Media", in: heading + "\nEvery shop needs social media now.") == nil)
        let studio = "She runs the Garden Design Studio in town."
        #expect(label(of: "Garden Design Studio", in: studio) == .org)
        #expect(label(of: "Garden Design Studio", in: studio + "\nGood garden design studio work is rare.") == nil)
        // A place that a leading word makes stays one, even misspelt in lower case.
        #expect(
            label(of: "Fort Arden", in: "Fort Arden is a quiet town.\nSince fort arden is small, parking is easy.")
                == .gpe)
        // Words in lower case apart, not in a row, are no phrase.
        #expect(label(of: "Social Media", in: heading + "\nA social club needs media.") == .org)
    }

    @Test func aCommonAcronymMayOpenThePhraseWrittenInLowerCase() {
        let firms = "We compared eight HR Staffing firms this year."
        #expect(label(of: "HR Staffing", in: firms) == .org)
        #expect(label(of: "HR Staffing", in: firms + " Small HR staffing firms charge by the hour.") == nil)
    }
}

extension EntityKindTests {
    @Test func aLetterCodeJoinedToANumberIsARoadBesideACompassWordOrATravelVerb() {
        #expect(label(of: "I-45 South", in: "It takes an hour down I-45 South to reach the farm.") == .fac)
        let along = "Drive along US-75 to the lake, then turn left."
        #expect(label(of: "US-75", in: along) == .fac)
        #expect(label(of: "US", in: along) == nil)
        // Without either, the same shape is a model's code.
        #expect(label(of: "F-16", in: "The F-16 flew over the base at dawn.") != .fac)
    }
}

extension EntityKindTests {
    @Test func aGivenNameJoinedToAPlaceByAndIsAPlace() {
        #expect(label(of: "Leonia", in: "The old trade route ran from Lisbon to Leonia and Amsterdam.") == .gpe)
        // Alone, or joined to a person, the given name stays a person's.
        #expect(label(of: "Leonia", in: "The old trade route ran from Lisbon to Leonia.") == .person)
        #expect(label(of: "Leonia", in: "At the party she met Leonia and Daniel Okafor.") == .person)
    }
}

extension EntityKindTests {
    @Test func aRoleThatOpensTheSentenceIsNoPartOfTheName() {
        let text = "Striker Tomas Vellner scored twice in the second half."
        #expect(label(of: "Tomas Vellner", in: text) == .person)
        #expect(label(of: "Striker Tomas Vellner", in: text) == nil)
    }
}

extension EntityKindTests {
    @Test func thePronounIIsNoPartOfANameAndIntroducesOne() {
        #expect(label(of: "Tomas Vellner", in: "Hey, I'm Tomas Vellner, and I write about boats.") == .person)
        // `I'm` before a single word introduces the writer, whose later mentions follow.
        let writer = "Hey, I’m Kev, a home cook who loves soup.\nKev’s Take\nThe pot is fine."
        #expect(labels(of: "Kev", in: writer) == [.person, .person])
        // A capital `I` joined by a hyphen is a brand's letter, not the pronoun.
        #expect(label(of: "Velmar", in: "Here at I-Velmar, we cook every day.") == nil)
    }
}

extension EntityKindTests {
    @Test func aCompassAdjectiveBeforeANounDescribesAPeopleNotAPlace() {
        #expect(label(of: "Eastern", in: "Many of these breads began in Eastern bakeries.") == .norp)
        #expect(label(of: "Southern", in: "Few farmers in Southern orchards grew pears.") == .norp)
        // Before a capitalised word it opens a place's name, as before.
        #expect(label(of: "Western Velmaria", in: "They settled in Western Velmaria last year.") == .gpe)
        // Before a clause word it is no adjective of a noun, and `in` still places it.
        #expect(label(of: "Eastern", in: "They lived in Eastern and worked in town.") == .gpe)
    }

    @Test func aNationalityBeforeAPluralOfLanguagesNamesAGroup() {
        #expect(label(of: "Slavic", in: "She reads three Slavic dialects with ease.") == .norp)
        #expect(label(of: "Slavic", in: "The letter mixes Slavic words with Latin.") == .language)
    }

    @Test func aNationalityListedBesideALanguageIsALanguage() {
        let text = "The museum guide is printed in Portuguese, Polish and Greek."
        #expect(label(of: "Polish", in: text) == .language)
        #expect(label(of: "Greek", in: text) == .language)
        // Before a noun the listed word stays a people.
        #expect(label(of: "Polish", in: "Guides speak Portuguese and Polish visitors ask questions.") == .norp)
    }

    @Test func aWordOfMannerOrASentenceStartStillLeadsToALanguage() {
        #expect(label(of: "Welsh", in: "The sign on the barn was in plain Welsh.") == .language)
        #expect(label(of: "Dutch", in: "The old ferryman speaks broken Dutch.") == .language)
        #expect(label(of: "Welsh", in: "In Welsh, the word for milk is short.") == .language)
        // The first of two nationalities before a noun describes that noun.
        #expect(label(of: "Greek", in: "The name comes from both Greek and Latin roots.") == .norp)
    }
}

extension EntityKindTests {
    @Test func aNameGivenAsAnExampleOfSoftwareIsThatSoftware() {
        let text = "Check your splits in Tallyrun after a run.\nOr sync rides to a third-party app like Tallyrun."
        #expect(labels(of: "Tallyrun", in: text) == [.product, .product])
        #expect(label(of: "Quillnote", in: "Writers use tools such as Quillnote every day.") == .product)
        // Without the kind of software `in` still makes a place, and an acronym there is a kind of tool.
        #expect(label(of: "Tallyrun", in: "Check your splits in Tallyrun after a run.") == .gpe)
        #expect(label(of: "QZR", in: "Small shops skip tools like QZR at first.") != .product)
    }
}
