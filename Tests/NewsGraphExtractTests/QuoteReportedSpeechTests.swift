import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// The reported-speech families: clause boundaries, tags in the middle of a sentence, stance
/// verbs with objects, intentions addressed to someone, shares of a poll, evidential verbs.
@Suite struct QuoteReportedSpeechTests: QuoteProbing {
    @Test func thatBelongsToTheReportedClause() {
        let found = quotes("Daniel Okafor said that the budget would pass by the end of the month.")
        #expect(found.first?.content == "that the budget would pass by the end of the month")
    }

    @Test func reportedClauseEndsBeforeAContrastOrANewSubject() {
        let contrast = quotes("Maria Lopez said the budget was balanced, but the auditors disagreed with her.")
        #expect(contrast.first?.content == "the budget was balanced")
        #expect(contrast.first?.speaker == "Maria Lopez")
        let subject = quotes("Daniel Okafor said the council would vote on the plan next week, he added.")
        #expect(subject.contains { $0.content == "the council would vote on the plan next week" })
        let source = quotes("Maria Lopez believes that the road will open in May, according to her office.")
        #expect(source.contains { $0.content == "that the road will open in May" && $0.speaker == "Maria Lopez" })
    }

    @Test func aTagInTheMiddleReportsBothParts() {
        let found = quotes(
            "The council has spent the money on new roads, Maria Lopez said, and the schools got nothing.")
        #expect(
            found.map(\.content) == ["The council has spent the money on new roads", "and the schools got nothing"])
        #expect(found.allSatisfy { $0.speaker == "Maria Lopez" })
        let short = reportedQuotes("Climate change, she says, is the defining issue of the decade.")
        #expect(short.map(\.content) == ["Climate change", "is the defining issue of the decade"])
    }

    @Test func quotationOpeningAReportedSentenceIsMixed() {
        let found = quotes("“I held and hugged” the grieving families before the service, Maria Lopez said.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .mixed)
        #expect(found.first?.content == "“I held and hugged” the grieving families before the service")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func stanceVerbsReportTheirObject() {
        let praise = quotes("Daniel Okafor praised the governor's plan to widen the highway.")
        #expect(praise.first?.content == "the governor's plan to widen the highway")
        #expect(praise.first?.speaker == "Daniel Okafor")
        let proposal = quotes("Maria Lopez has proposed raising the minimum wage in two steps.")
        #expect(proposal.first?.content == "raising the minimum wage in two steps")
        #expect(quotes("The new plan was criticized by several members of the council.").isEmpty)
    }

    @Test func whoIsUrgedIsPartOfWhatIsUrged() {
        let urged = quotes("Maria Lopez urged Congress to pass the spending bill this year.")
        #expect(urged.first?.content == "Congress to pass the spending bill this year")
        let calledOn = quotes("Daniel Okafor called on the governor to resign before the election.")
        #expect(calledOn.first?.content == "the governor to resign before the election")
        #expect(calledOn.first?.speaker == "Daniel Okafor")
    }

    @Test func aShareOfThosePolledSpeaks() {
        let found = quotes("In the harbour poll, 38% say the ferry plan is a waste of money.")
        #expect(found.first?.content == "the ferry plan is a waste of money")
        #expect(found.first?.mention == "38%")
        let fraction = quotes("Two-thirds believe the state should build more housing.")
        #expect(fraction.first?.content == "the state should build more housing")
    }

    @Test func evidentialVerbsHaveNoSpeaker() {
        // What seems is the subject and the infinitive, two pieces around the verb, on a page
        // that reports people's words (elsewhere the writer's own).
        let found = reportedQuotes("The senator seems to have changed her mind on the housing bill.")
        #expect(found.map(\.content) == ["The senator", "to have changed her mind on the housing bill"])
        #expect(found.allSatisfy { $0.speaker == nil })
        let expected = reportedQuotes("The port authority is expected to lift its docking fees in March.")
        #expect(expected.map(\.content) == ["The port authority", "to lift its docking fees in March"])
    }

    @Test func accordingToAnUnnamedSource() {
        let found = quotes("Turnout fell by a third in the northern districts, according to the union.")
        #expect(found.first?.content == "Turnout fell by a third in the northern districts")
        #expect(found.first?.mention == "the union")
    }

    @Test func aLineThatNamesItsSpeakerFirst() {
        let text = """
            The interview, edited for length:

            MARIA LOPEZ: We will build the bridge first. Then the road.

            Update: the council meets on Friday.
            """
        let found = quotes(text)
        #expect(found.map(\.content) == ["We will build the bridge first. Then the road"])
        #expect(found.first?.mention == "MARIA LOPEZ")
    }

    @Test func subjectAfterAnIntroductoryClause() {
        let found = quotes(
            "Although the bridge is popular, council members on both sides say it will cost too much.")
        #expect(found.first?.content == "it will cost too much")
        #expect(found.first?.mention == "council members on both sides")
        let titled = quotes(
            "Mr. Okafor, who represents a district in the northern suburbs, said the plan would cost too much.")
        #expect(titled.first?.content == "the plan would cost too much")
        #expect(titled.first?.speaker == "Okafor")
    }

    @Test func aPlaceAfterANameIsNotTheSpeaker() {
        let found = quotes("Senator Maria Lopez of Texas said the bill would fail in the House.")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func aParticipleSpeaksForTheSentenceSubject() {
        let found = quotes(
            "The company wrote to Daniel Okafor on Monday, calling the reports \"inaccurate and misleading.\"")
        #expect(found.first?.mention == "The company")
    }

    @Test func aClauseAfterTheTagOfAQuotationIsMixed() {
        let text = "\"We are ready,\" Maria Lopez said his campaign was \"closing really strong\" this week."
        let found = quotes(text)
        #expect(found.contains { $0.kind == .mixed && $0.content.hasPrefix("his campaign was") })
    }

    @Test func aNounBeforeAnInfinitiveIsNotAVerb() {
        #expect(quotes("Voters were drawn to Daniel Okafor's plan to build a new bridge.").isEmpty)
    }

    @Test func aParticipleOfSpeechTakesABareClause() {
        let found = quotes("Maria Lopez attacked the plan, saying it would close two schools in the district.")
        #expect(
            found.contains { $0.content == "it would close two schools in the district" && $0.speaker == "Maria Lopez" }
        )
    }

    @Test func aQuotationOpeningALongerClauseIsMixed() {
        let found = quotes(
            "Daniel Okafor says \"the tide has turned\" despite the defeat in the harbour wards.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .mixed)
        #expect(found.first?.speaker == "Daniel Okafor")
    }

    @Test func anotherSubjectEndsTheClause() {
        let found = quotes(
            "Republicans said the inquiry was mishandled and Democrats accused them of playing politics.")
        #expect(found.first?.content == "the inquiry was mishandled")
    }

    @Test func aNameBeforeItsRoleIsTheSpeaker() {
        let found = quotes("Daniel Okafor, a prospective Labour candidate, said he was confident of winning the seat.")
        #expect(found.first?.speaker == "Daniel Okafor")
    }

    @Test func anInvertedTagNeedsItsSpeakerToEndIt() {
        let found = quotes(
            "He was speaking in the city as Maria Lopez, the chief executive, warned Daniel Okafor not to spend the money."
        )
        #expect(!found.contains { $0.content.hasPrefix("He was speaking") })
    }

    @Test func whoIsAskedIsNotTheSpeaker() {
        let found = reportedQuotes("Daniel Okafor was asked to name one bridge he had built in the county.")
        #expect(found.first?.content == "to name one bridge he had built in the county")
        #expect(found.first?.speaker == nil)
    }

    @Test func aCountOfPeopleAskedIsASurveyNotWhatWasSaid() {
        #expect(reportedQuotes("Maria Lopez asked 40 nurses in the region.").isEmpty)
        let found = reportedQuotes("Daniel Okafor asked 40 nurses whether they felt safe at work.")
        #expect(found.map(\.content) == ["whether they felt safe at work"])
        #expect(found.first?.speaker == "Daniel Okafor")
    }

    @Test func aReportInsideAnOpeningClauseEndsAtItsComma() {
        let found = quotes("While Maria Lopez said the vote would be close, her rivals expected an easy win.")
        #expect(found.first?.content == "the vote would be close")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func aParticipleAfterAnIntroductoryPhrase() {
        let found = quotes("However, Maria Lopez held her fire on Daniel Okafor, calling him \"a decent man.\"")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func anOpeningPhraseInsideTheClauseDoesNotEndIt() {
        let found = quotes("Maria Lopez said that, if elected, she would close the old plant within a year.")
        #expect(found.first?.content == "that, if elected, she would close the old plant within a year")
        let notOnly = quotes("Daniel Okafor said the plan would help not only the farmers but also the towns nearby.")
        #expect(notOnly.first?.content == "the plan would help not only the farmers but also the towns nearby")
    }

    @Test func aNamingRunsToTheEndOfItsClause() {
        let found = quotes("Maria Lopez called the delay \"a lesson we had to learn\" about planning for floods.")
        #expect(found.first?.content == "the delay \"a lesson we had to learn\" about planning for floods")
        #expect(found.first?.kind == .mixed)
        let calledFor = quotes("Daniel Okafor called for all the candidates to publish their tax returns.")
        #expect(calledFor.first?.content == "all the candidates to publish their tax returns")
    }

    @Test func anIntroductoryPhraseIsNotTheSpeaker() {
        let found = quotes("At a campaign stop on Tuesday the crowd was told that the plant would reopen.")
        #expect(!found.contains { $0.mention?.hasPrefix("At a campaign") == true })
    }
}
