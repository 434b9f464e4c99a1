import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Sentences with a cue verb that report nothing, generic sources on pages that are no reports,
/// label lines of lists, and the person before an appositive that ends in a name.
@Suite struct QuoteShapeTests: QuoteProbing {
    @Test func aPrepositionOrAReflexiveAfterTheCueReportsNothing() {
        #expect(reported("The ferry captain told us during a long crossing.").isEmpty)
        #expect(reported("The new bakery announces itself with a bright blue door.").isEmpty)
        #expect(reported("The mayor argued in a long essay about the harbour.").isEmpty)
        let clause = reported("The ferry captain told us that the crossing would be rough.")
        #expect(clause.first?.content == "that the crossing would be rough")
    }

    @Test func aPhrasalVerbWithUpIsNoCue() {
        #expect(reported("It all adds up to a plan that nobody wanted.").isEmpty)
    }

    @Test func aSpeakerPhraseEndsInANoun() {
        #expect(reported("That's not to say the old bridge was unsafe.").isEmpty)
    }

    @Test func aConditionSupposesAStatement() {
        #expect(reported("If they say the shop is closed, try the market by the station.").isEmpty)
        #expect(reported("Every time a visitor writes a review, the owner replies.").isEmpty)
    }

    @Test func thePageItselfIsNoSource() {
        #expect(quotes("This guide explains how to file a claim for a delayed train.").isEmpty)
        #expect(reported("This article tells how the harbour was built.").isEmpty)
    }

    @Test func aGroupInGeneralIsNoSourceOnAPageThatIsNoReport() {
        #expect(quotes("Many parents find that bedtime stories calm their children.").isEmpty)
        #expect(quotes("People often ask how the old mill kept running in winter.").isEmpty)
        #expect(quotes("They say a watched pot never boils, but ours did.").isEmpty)
        let named = quotes("Researchers found that the old bridge was sound.")
        #expect(named.first?.content == "that the old bridge was sound")
        let report = reported("Many residents say the harbour should stay open.")
        #expect(report.first?.content == "the harbour should stay open")
    }

    @Test func aPersonsLabelLineSpeaksInTheFirstOrSecondPerson() {
        let list = quotes("Maria Lopez: A dry red wine with notes of cherry and oak, aged two years.")
        #expect(list.isEmpty, "\(list)")
        let answer = quotes("Maria Lopez: We opened the winery in an old barn and never looked back.")
        #expect(answer.first?.content == "We opened the winery in an old barn and never looked back")
    }

    @Test func theNameEndingAnAppositiveIsNotTheSpeaker() {
        let found = quotes(
            "Ann Vance, a professor of history at Northfield University, said the bridge was older than the town.")
        #expect(found.first?.speaker == "Ann Vance", "\(found)")
        let list = quotes("Ann Vance, Daniel Okafor said, was the first to arrive at the harbour.")
        #expect(list.first?.speaker != "Ann Vance", "\(list)")
    }
}

extension QuoteShapeTests {
    @Test func theWordBeforeAnInfinitiveIsNoSpeaker() {
        #expect(quotes("Tip 3: Learn to Say \"No\" Without Guilt\n\nSaying no takes practice.").isEmpty)
    }

    @Test func theSubjectOfARelativeClauseIsTheNounBeforeIt() {
        #expect(reported("It could also help doctors read the signal that tells cells to grow.").isEmpty)
    }

    @Test func itSpeaksForAnOrganisationNamedNearby() {
        let text =
            "The Acme Corporation opened a plant in 2019.\n\nThe town grew around the river for a century. "
            + "Farmers sold grain at the market. It explained many of the old roads."
        #expect(quotes(text).allSatisfy { $0.speaker != "Acme Corporation" })
    }
}

extension QuoteShapeTests {
    @Test func theReaderRightBeforeTheVerbIsItsSubject() {
        #expect(reported("If you follow the Harbour Gazette, you'll know that the ferry is late again.").isEmpty)
    }
}
