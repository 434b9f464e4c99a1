import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// One test per attribution pattern: what is quoted, what kind, and who said it.
@Suite struct QuoteTests: QuoteProbing {
    @Test func speakerAfterTheQuote() {
        let found = direct("“We will not back down from this fight,” Maria Lopez said on Tuesday.")
        #expect(found.count == 1)
        #expect(found.first?.content == "We will not back down from this fight,")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func invertedVerbBeforeTheSpeaker() {
        let found = direct("\"The numbers simply do not add up,\" said Daniel Okafor, a budget analyst.")
        #expect(found.first?.content == "The numbers simply do not add up,")
        #expect(found.first?.speaker == "Daniel Okafor")
    }

    @Test func speakerBeforeWithCommaOrColon() {
        let comma = direct("Maria Lopez added, \"We are ready for whatever comes next.\"")
        #expect(comma.first?.speaker == "Maria Lopez")
        let colon = direct("Daniel Okafor told reporters: \"The budget will pass this week.\"")
        #expect(colon.first?.speaker == "Daniel Okafor")
    }

    @Test func interruptedQuotationHasOneSpeakerForBothParts() {
        let found = direct("\"This is not over,\" said Maria Lopez, \"and we will be back next year.\"")
        #expect(found.map(\.content) == ["This is not over,", "and we will be back next year."])
        #expect(found.allSatisfy { $0.speaker == "Maria Lopez" })
    }

    @Test func dashAttribution() {
        let found = direct("\"Nobody expected the vote to be this close\" — Daniel Okafor")
        #expect(found.first?.speaker == "Daniel Okafor")
    }

    @Test func appositiveBetweenSpeakerAndVerb() {
        let found = direct("\"We saw no sign of a deal,\" a senior official, who spoke anonymously, said.")
        #expect(found.first?.mention == "a senior official")
        #expect(found.first?.speaker == "a senior official")
    }

    @Test func pronounSpeakerResolvesToTheLastSpeaker() {
        let text = "Maria Lopez spoke at the rally.\n\n\"We will win this state in November,\" she said."
        let found = direct(text)
        #expect(found.first?.mention == "she")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func quoteParagraphContinuesThePreviousSpeaker() {
        let text = """
            "The plan is sound and the money is there," said Daniel Okafor.

            "Anyone who tells you otherwise has not read the numbers."
            """
        let found = direct(text)
        #expect(found.count == 2)
        #expect(found.last?.speaker == "Daniel Okafor")
        #expect(found.last?.mention == "Daniel Okafor")
    }

    @Test func multiParagraphQuotationIsOnePerParagraph() {
        let text = """
            Maria Lopez said: "The first thing we did was to walk every street of the harbour ward.

            "Then we wrote a plan that puts their needs first, and we kept to it."

            The council meets again next week.
            """
        let found = direct(text)
        #expect(
            found.map(\.content) == [
                "The first thing we did was to walk every street of the harbour ward.",
                "Then we wrote a plan that puts their needs first, and we kept to it.",
            ])
        #expect(found.allSatisfy { $0.speaker == "Maria Lopez" })
    }

    @Test func unbalancedMarkIsDroppedLocally() {
        let text = """
            The mayor’s aides called the plan "a "bold step for the city in every way, he said.

            "We are not going to raise taxes this year," Maria Lopez said.
            """
        let found = direct(text)
        #expect(found.map(\.content) == ["We are not going to raise taxes this year,"])
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func doubledApostrophesSingleQuotesAndGuillemets() {
        #expect(direct("''We have done our part,'' Mr. Okafor said.").first?.content == "We have done our part,")
        #expect(direct("‘We have done our part,’ Mr. Okafor said.").first?.content == "We have done our part,")
        #expect(direct("«We have done our part», Mr. Okafor said.").first?.content == "We have done our part")
    }

    @Test func scareQuotesAndTitlesAreNotQuotes() {
        let text = "Critics called the bill a \"giveaway\" and compared it to \"The Art of the Deal\" on Monday."
        #expect(direct(text).isEmpty)
    }

    @Test func quotationInsideReportedSpeechIsMixed() {
        let found = quotes("Maria Lopez said the plan was \"a total failure from the very start\" and must go.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .mixed)
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func reportedSpeechWithAndWithoutThat() {
        let found = quotes(
            "Daniel Okafor said that the budget would pass. Maria Lopez has told reporters it would not.")
        #expect(found.map(\.kind) == [.indirect, .indirect])
        #expect(found.first?.content == "that the budget would pass")
        #expect(found.last?.content == "it would not")
        #expect(found.last?.speaker == "Maria Lopez")
    }

    @Test func accordingToAndTrailingTag() {
        let according = quotes("According to Daniel Okafor, the budget will pass by Friday.")
        #expect(according.first?.content == "the budget will pass by Friday")
        #expect(according.first?.speaker == "Daniel Okafor")
        let tag = quotes("The budget will pass by Friday, Daniel Okafor said.")
        #expect(tag.first?.content == "The budget will pass by Friday")
        #expect(tag.first?.speaker == "Daniel Okafor")
    }

    @Test func rolesAndOrganisationsSpeak() {
        let role = quotes("An expert said that the talks would fail.").first
        #expect(role?.speaker == "An expert")
        let record = TestSupport.extract("North Korea has said that it did not send weapons to Russia.")
        #expect(record.quotes.first?.speakerEntity == "GPE:North Korea")
    }

    @Test func beliefsAndIntentionsAreAttributed() {
        let found = quotes(
            "Daniel Okafor believes that the deal is dead. Maria Lopez vowed to fight the plan in court.")
        #expect(found.map(\.content) == ["that the deal is dead", "to fight the plan in court"])
        #expect(found.map(\.speaker) == ["Daniel Okafor", "Maria Lopez"])
    }

    @Test func claimNamedByANounHasItsOwnerAsSpeaker() {
        let record = TestSupport.extract("Critics doubted Daniel Okafor's claim that the budget would balance itself.")
        let quote = record.quotes.first { record.slice($0.start, $0.end).hasPrefix("that the budget would") }
        #expect(quote?.speaker == "Daniel Okafor")
        #expect(quote?.kind == .indirect)
    }
}
