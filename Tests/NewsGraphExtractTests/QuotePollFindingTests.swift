import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A poll, survey or average that shows or finds someone where they stand reports a small clause
/// with no verb of its own, and so does `reported` with a form in -ing and its object; a picture
/// that shows someone doing something reports nothing. An inverted tag's speaker keeps a relative
/// clause in its appositive and a title before its name.
@Suite struct QuotePollFindingTests: QuoteProbing {
    @Test func aPollShowingANameAndAFormInIngReportsTheStanding() {
        let found = reported(
            "Ines Corvale and Pavel Strand are running. The county poll shows Corvale leading by six points.")
        #expect(found.map(\.content) == ["Corvale leading by six points"])
        #expect(found.first?.speaker?.hasSuffix("poll") == true)
    }

    @Test func aSurveyFindingAPronounWithALeadReportsTheStanding() {
        let found = reported(
            "Ines Corvale is running. A new survey by the Lakeside Institute found her with a slim lead in the hills.")
        #expect(found.map(\.content) == ["her with a slim lead in the hills"])
    }

    @Test func aPictureShowingSomeoneReportsNothing() {
        let found = reported("Ines Corvale is running. The photo shows Corvale leading a march through the square.")
        #expect(found.isEmpty)
    }

    @Test func aRelativeClauseInAnInvertedTagsAppositiveDescribesTheSpeaker() {
        let found = reported(
            "The orchard lost money for a decade, said Ines Corvale, a manager with the board that runs it.")
        #expect(found.map(\.content) == ["The orchard lost money for a decade"])
        #expect(found.first?.speaker == "Ines Corvale")
    }

    @Test func aTitleOfLowerCaseWordsBeforeAnInvertedTagsNameIsTheNamesTitle() {
        let found = reported("Pears keep best in a dry cellar, says orchard historian Ines Corvale in her new guide.")
        #expect(found.map(\.content) == ["Pears keep best in a dry cellar"])
        #expect(found.first?.speaker == "Ines Corvale")
    }

    @Test func reportedBeforeAFormInIngWithItsObjectReportsTheAct() {
        let found = reported("The Lakeside Growers Fund reported spending $2 million on water pumps last year.")
        #expect(found.map(\.content) == ["spending $2 million on water pumps last year"])
        #expect(found.first?.speaker == "Lakeside Growers Fund")
    }

    @Test func reportedBeforeAPlainNounInIngReportsNothing() {
        #expect(reported("The Lakeside Growers Fund reported flooding in the lower orchard.").isEmpty)
    }
}
