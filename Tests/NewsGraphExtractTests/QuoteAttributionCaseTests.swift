import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Attribution cases from issue 16: scare quotes, words that are no speech cues, audiences
/// after "told", tags the entity stage cannot name, and where a reported clause ends.
@Suite struct QuoteAttributionCaseTests: QuoteProbing {
    @Test func scareQuotesAreNotQuotations() {
        let reform = quotes("The so-called \"reform\" was criticized by Maria Lopez, who said it would hurt families.")
        #expect(!reform.contains { $0.content.contains("reform") })
        #expect(reform.map(\.content) == ["it would hurt families"])
        #expect(direct("Officials hailed a \"historic\" deal on Monday.").isEmpty)
        // A verb of speech before the marks still quotes: `called the plan "a disaster"`.
        #expect(quotes("Maria Lopez called the plan \"a disaster\" on Monday.").first?.kind == .mixed)
    }

    @Test func meanIsNoSpeechCue() {
        #expect(quotes("This means that the city will have to borrow more.").isEmpty)
    }

    @Test func whoIsAskedDoesNotSpeak() {
        let found = quotes("When asked whether the plan would pass, Maria Lopez smiled.")
        #expect(found.allSatisfy { $0.speaker == nil })
    }

    @Test func theOutletToldIsTheAudience() {
        let colon = direct("Maria Lopez, speaking in Berlin, told Reuters: \"We will not sign this.\"")
        #expect(colon.first?.speaker == "Maria Lopez")
        let after = direct("\"We will not sign this,\" Maria Lopez told the BBC.")
        #expect(after.first?.speaker == "Maria Lopez")
        #expect(quotes("Maria Lopez told Reuters that the deal was dead.").first?.speaker == "Maria Lopez")
    }

    @Test func aShortSentenceContinuesTheLastSpeaker() {
        let found = direct("\"I like where we stand tonight,\" Maria Lopez said. \"Very good.\"")
        #expect(found.map(\.content) == ["I like where we stand tonight,", "Very good."])
        #expect(found.allSatisfy { $0.speaker == "Maria Lopez" })
    }

    @Test func aPlainNounPhraseTagsAQuotation() {
        let found = direct("\"The council has failed the city,\" the newspaper wrote.")
        #expect(found.first?.mention == "the newspaper")
    }

    @Test func tagsReadThroughAbbreviationsAndAdverbs() {
        let party = direct("\"We cannot allow this to happen again,\" Rep. Daniel Okafor (R-Fla.) said.")
        #expect(party.first?.speaker == "Daniel Okafor")
        let adverb = direct("Maria Lopez jokingly said, \"I am becoming mainstream now.\"")
        #expect(adverb.first?.speaker == "Maria Lopez")
    }

    @Test func aNameBeforeItsAppositiveSpeaks() {
        let found = quotes("Lloyd Vance, the gazette's editor who ran the column, said the review was fair.")
        #expect(found.map(\.content) == ["the review was fair"])
        #expect(found.first?.speaker == "Lloyd Vance")
    }

    @Test func aNameWithItsPlaceOrPartyBeforeAnAppositiveSpeaks() {
        let place = quotes(
            "Mayor Hilda Brandt of Denver, a Democrat who once worked for Daniel Okafor, said the vote was close.")
        #expect(place.map(\.content) == ["the vote was close"])
        #expect(place.first?.speaker == "Hilda Brandt")
        let party = quotes("Sen. Hilda Brandt (D-Colo.), a delegate backing Daniel Okafor, said she had made calls.")
        #expect(party.first?.content == "she had made calls")
        #expect(party.first?.speaker == "Hilda Brandt")
    }

    @Test func aReportTagsTheClauseBeforeIt() {
        let found = quotes("The ferry resumed service after the storm, the Harbour Gazette reported on Friday.")
        #expect(found.map(\.content) == ["The ferry resumed service after the storm"])
        #expect(found.first?.speaker == "Harbour Gazette")
        #expect(quotes("Last spring, the bakery reported record sales.").isEmpty)
    }

    @Test func anAsideAfterTheVerbKeepsItsThat() {
        let dashes = quotes("Hilda Brandt said — on her blog, of all places — that the ferry would run again.")
        #expect(dashes.map(\.content) == ["that the ferry would run again"])
        #expect(dashes.first?.speaker == "Hilda Brandt")
        let commas = quotes("Daniel Okafor wrote, among several complaints, that the bridge tolls were unfair.")
        #expect(commas.map(\.content) == ["that the bridge tolls were unfair"])
    }

    @Test func aProgrammeTitleInMarksIsPartOfTheAudience() {
        let found = quotes("Daniel Okafor told the station's \"Harbour Hour\" that the tolls would stay.")
        #expect(found.map(\.content) == ["that the tolls would stay"])
        #expect(found.first?.kind == .indirect)
    }

    @Test func callingSomethingAThingDescribesIt() {
        let found = quotes("Hilda Brandt called the new toll a tax on commuters.")
        #expect(found.map(\.content) == ["the new toll a tax on commuters"])
        #expect(found.first?.speaker == "Hilda Brandt")
        #expect(quotes("After ten hours Hilda Brandt called it a day.").isEmpty)
        #expect(quotes("Hilda Brandt called a meeting for Monday.").isEmpty)
    }

    @Test func itSpeaksForTheLastOrganisation() {
        let found = quotes("The Acme Corporation denied the report on Monday. It said the figures were wrong.")
        #expect(found.last?.content == "the figures were wrong")
        #expect(found.last?.mention == "It")
        #expect(found.last?.speaker == "Acme Corporation")
    }

    @Test func aReportedClauseEndsAtTheSubjectsNextVerbOrClause() {
        let past = quotes("Daniel Okafor urged voters to back the plan, and criticized the council for its delay.")
        #expect(past.first?.content == "voters to back the plan")
        let pronoun = quotes("Daniel Okafor said the deal was dead, and he noted that talks would not resume.")
        #expect(pronoun.map(\.content) == ["the deal was dead", "that talks would not resume"])
        let colon = quotes(
            "Maria Lopez said yes and used the moment to praise the crew: \"They have worked harder than anyone.\"")
        #expect(colon.contains { $0.kind == .direct && $0.content == "They have worked harder than anyone." })
    }

    @Test func aThatInsideABareClauseIsNotItsStart() {
        let found = quotes(
            "Judge Daniel Okafor put off the decision but said the club could return next month with a new plan.")
        #expect(found.first?.content == "the club could return next month with a new plan")
    }

    @Test func theSubjectOfACoordinatedOrInfinitiveCueSpeaks() {
        #expect(direct("Asked about the vote, he laughed and said, \"We will see.\"").first?.mention == "he")
        let infinitive = direct("Maria Lopez went on to say, \"Nothing about this plan is fair.\"")
        #expect(infinitive.first?.speaker == "Maria Lopez")
    }

    @Test func aDashLineSignsTheQuotationBefore() {
        let text =
            "The claims were checked.\n\n\"Our schools are failing every child in this city.\"\n\n- Maria Lopez.\n\nIt is out of date."
        #expect(direct(text).first?.speaker == "Maria Lopez")
    }

    @Test func aNameAfterTheVerbIsAnInvertedTagNotTheClause() {
        let text = "The plan will fail, said Ann Vance, a senior member of the panel that runs the port."
        #expect(!quotes(text).contains { $0.content.hasPrefix("Ann Vance") })
    }

    @Test func pronounsResolveToANameTheEntityStageMissed() {
        let text = "Asked about the vote, Qorvane Trillby responded: \"No comment.\" Later she said the vote was lost."
        let found = quotes(text)
        #expect(found.map(\.content) == ["No comment.", "the vote was lost"])
        #expect(found.last?.mention == "she")
        #expect(found.last?.speaker == "Qorvane Trillby")
    }

    @Test func aPossessivePronounResolvesLikeItsSubject() {
        let found = quotes("Maria Lopez spoke first. Her claim that the vote was rigged drew jeers.")
        #expect(found.first?.mention == "Her")
        #expect(found.first?.speaker == "Maria Lopez")
    }
}

extension QuoteAttributionCaseTests {
    @Test func labelLinesSpeakOnlyWhenTheLabelNamesSomeone() {
        let fields = quotes(
            "Location: a warehouse near the river, open on weekends.\nPrice range: moderate for a family of four.")
        #expect(fields.isEmpty, "\(fields)")
        let transcript = quotes("ANN LEE: We will rebuild the bridge before the winter comes.")
        #expect(transcript.first?.speaker == "ANN LEE" || transcript.first?.speaker == "Ann Lee", "\(transcript)")
        #expect(transcript.first?.content == "We will rebuild the bridge before the winter comes")
    }
}

extension QuoteAttributionCaseTests {
    @Test func theReaderAddressedAsYouIsNoSource() {
        #expect(quotes("If you think that a cheaper boiler saves money, check its running costs first.").isEmpty)
        let said = quotes("Maria Lopez said that the boiler would be replaced in spring.")
        #expect(said.first?.speaker == "Maria Lopez")
    }
}
