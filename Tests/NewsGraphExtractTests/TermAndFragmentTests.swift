import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// What looks like a name on a web page but is none (issue 16): acronyms of common technical
/// phrases, nationalities inside common nouns, words that open a clause, questions used as link
/// titles, identifiers in code. Invented text in the style of modern web pages.
extension EntityKindTests {
    @Test func anAcronymOfACommonTechnicalPhraseIsATerm() {
        #expect(labels(of: "SEO", in: "Most bakeries now pay for SEO work. A good SEO agency costs a lot.").isEmpty)
        #expect(label(of: "SaaS", in: "Our team sells a SaaS tool to florists.") == nil)
        // Spelled out as a body, the same letters name it.
        let named = "The Portland Market Institute (PMI) met. The PMI voted on Monday."
        let bodies = labels(of: "PMI", in: named)
        #expect(!bodies.isEmpty && bodies.allSatisfy { $0 == .org })
        // A state's code after a town stays a place.
        #expect(label(of: "CO", in: "The brewery opened in Greeley, CO, last spring.") == .gpe)
    }

    @Test func aNationalityInACommonNounNamesNoPeople() {
        #expect(label(of: "Dutch", in: "Bake the loaf in a Dutch oven for an hour.") == nil)
        #expect(label(of: "French", in: "Slice the French bread thinly before serving.") == nil)
        #expect(label(of: "Dutch", in: "Dutch voters went to the polls on Monday.") == .norp)
    }

    @Test func aWordOpeningAClauseIsNoPartOfTheNameAfterIt() {
        #expect(TestSupport.extract("Tip: Some VPNs keep logs of your visits.").entities.isEmpty)
        #expect(label(of: "Use AI", in: "Tools on every plan – Use AI for lesson plans and quizzes.") == nil)
        #expect(label(of: "Advanced GPUs", in: "Its key strengths: Advanced GPUs and a large community.") == nil)
        #expect(TestSupport.extract("Step two: As I said before, the rain came early.").entities.isEmpty)
    }

    @Test func aQuestionInsideALineIsATitleNotAName() {
        let text = "Prices vary by region (more: How Much Does a Velmar Plan Cost?)."
        #expect(!TestSupport.extract(text).entities.contains { $0.text.hasPrefix("How") })
    }

    @Test func namesInCodeOrWebAddressesAreIdentifiers() {
        #expect(label(of: "BuildLock", in: "Add <_BuildLock>true</_BuildLock> to the project file.") == nil)
        #expect(
            label(of: "ReturnByPost", in: "Set \"method\": \"https://schema.org/ReturnByPost\" in the feed.") == nil)
        #expect(label(of: "AutoFormat", in: "Pass AutoFormat=false to skip the step.") == nil)
    }

    @Test func variantsAndPluralsOfCommonTermsAreTerms() {
        let text = "It charges over USB-C and ships with PaaS plans. Check their P&Ls first."
        let names = TestSupport.extract(text).entities.map(\.text)
        #expect(!names.contains("USB-C") && !names.contains("PaaS") && !names.contains("P&Ls"))
        // A common acronym written with a hyphen or as one word is the same term.
        #expect(TestSupport.extract("It connects over Wi-Fi and WiFi 6 easily.").entities.isEmpty)
    }

    @Test func piecesOfAddressesLettersAndTimesAreNoNames() {
        let text = "Visit us at 120 3rd St. Suite 400 downtown.\n\nP.P.S. - Reply and tell me.\n\n6:13 P.M. EDT\n"
        #expect(TestSupport.extract(text).entities.filter { $0.label != .date }.isEmpty)
        #expect(label(of: "Mon-Fri", in: "Store hours: Mon-Fri 9 am to 5 pm.") == nil)
        #expect(label(of: "Total Time12", in: "Total Time12 hrs 50 mins") == nil)
    }

    @Test func anOrdinaryWordBeforeANounOfBusinessIsTheTrade() {
        #expect(label(of: "Insurance", in: "According to the Insurance company Velmar Mutual, claims rose.") == nil)
        // A name that is no ordinary word stays the firm.
        #expect(label(of: "Quorvex", in: "Shares of the Quorvex company rose on Monday.") == .org)
    }

    @Test func aDiagramNodeLabelIsNoName() {
        #expect(
            label(of: "Velmar Memory Settings", in: "The chart reads A[Velmar Memory Settings] --> B[cache].") == nil)
    }

    @Test func aTitleAfterATermOfAddressIsThePersonAddressed() {
        #expect(label(of: "Speaker", in: "Thank you, Madam Speaker. The bill is ready.") == .person)
        // Before a name, the title is no part of it.
        #expect(label(of: "Vance", in: "Thank you, Madam Speaker Vance.") == .person)
    }

    @Test func lettersAfterAModelNumberEndTheModel() {
        let text = "These are the ratings we gave the Velmar Sonique 3 SE in our review."
        #expect(label(of: "Velmar Sonique 3 SE", in: text) == .product)
    }

    @Test func aGivenNameJoinedToAFullNameSharesItsFamilyName() {
        let text = "She joined the class of Tomas and Ilse Brannock in Bonn."
        let tomas = TestSupport.extract(text).entities.first { $0.text == "Tomas" }
        #expect(tomas?.label == .person)
        #expect(tomas?.entity == "PERSON:Tomas Brannock")
    }
}
