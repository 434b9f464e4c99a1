import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Tags that reach further than a verb and a word or two: a long phrase of when or where after
/// the verb, one opening word before a tag set inside the sentence, quoted words joined to a tag
/// by `but`, a phrasal verb in an opening `as` clause, and a question put to someone unnamed.
@Suite struct QuoteTagReachTests: QuoteProbing {
    @Test func aLongPhraseOfWhereAfterTheTagStillTagsTheClause() {
        let found = reported(
            "The orchard will open to pickers in June, Ines Corvale said in an interview with a valley radio station.")
        #expect(found.map(\.content) == ["The orchard will open to pickers in June"])
        #expect(found.first?.speaker == "Ines Corvale")
    }

    @Test func aPassiveVerbWithALongPhraseIsNoTag() {
        let found = reported(
            "In three dry years, Ines Corvale was mentioned during the long county meeting on water rights."
        )
        #expect(found.isEmpty)
    }

    @Test func aClauseAfterTheTagPhraseIsNoTag() {
        let found = reported(
            "While the board argued about fees, Ines Corvale replied at the meeting as the pickers waited outside.")
        #expect(found.isEmpty)
    }

    @Test func oneWordBeforeATagInsideTheSentenceLeavesTheClauseAfterIt() {
        let found = reported("Lately, Ines Corvale said, the valley has grown too dry for pears.")
        #expect(found.map(\.content) == ["the valley has grown too dry for pears"])
        #expect(found.first?.speaker == "Ines Corvale")
    }

    @Test func wordsEndingInAConjunctionBeforeATagLeadIntoTheClauseAfterIt() {
        let found = reported(
            "The orchard hires pickers before dawn and trains them for weeks because, Ines Corvale said, bruised pears never sell."
        )
        #expect(found.map(\.content) == ["bruised pears never sell"])
        // `that` may be a pronoun the tag's clause goes on from.
        let pronoun = reported("And that, Ines Corvale said, was the end of the pear harvest.")
        #expect(pronoun.first?.content.hasPrefix("And that") == true)
    }

    @Test func oneWordBeforeAPassiveTagReportsNothing() {
        let found = reported("Still, a different account was told by the Valley Courier, which printed old letters.")
        #expect(found.isEmpty)
    }

    @Test func quotedWordsJoinedToATagByButGoOnWithItsSpeaker() {
        let found = reported(
            "The fees pay for new pumps, Ines Corvale said, but \"we never ask growers what they earn.\"")
        #expect(found.map(\.content) == ["The fees pay for new pumps", "but \"we never ask growers what they earn"])
        #expect(found.last?.kind == .mixed)
        #expect(found.last?.speaker == "Ines Corvale")
    }

    @Test func anOpeningAsClauseWithAPhrasalVerbReportsTheMainClause() {
        let found = reported("As Ines Corvale pointed out, the orchard has never lost money in a wet year.")
        #expect(found.map(\.content) == ["the orchard has never lost money in a wet year"])
        #expect(found.first?.speaker == "Ines Corvale")
    }

    @Test func anOpeningAskedReportsTheQuestionWithNoSpeaker() {
        let found = reported("Asked whether the orchard would open early, Ines Corvale said the pears were not ready.")
        #expect(found.map(\.content) == ["whether the orchard would open early", "the pears were not ready"])
        #expect(found.first?.speaker == nil)
        #expect(found.last?.speaker == "Ines Corvale")
        let told = reported("Asked to name the best pear, Ines Corvale said it was the small brown one.")
        #expect(told.first?.content == "to name the best pear")
    }

    @Test func anAskedWithoutAQuestionReportsNoQuestion() {
        let found = reported("Asked about the fees, Ines Corvale said the pears were not ready.")
        #expect(found.map(\.content) == ["the pears were not ready"])
    }
}

/// Words right after a verb of saying that tell when it was said are no report.
@Suite struct QuoteSayingAdjunctTests: QuoteProbing {
    @Test func whenAndAPastVerbAfterTheCueIsTheTimeOfSaying() {
        let found = reported("That was all Ines Corvale said when she left the orchard board in the spring.")
        #expect(found.isEmpty)
        let back = reported("Ines Corvale gave no figures when asked back in the spring.")
        #expect(back.isEmpty)
    }

    @Test func whenWithAModalAfterTheCueIsAReportedQuestion() {
        let found = reported("Ines Corvale never said when the board would vote on the water fees.")
        #expect(found.map(\.content) == ["when the board would vote on the water fees"])
    }
}
