import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Who can be a source: not the writer or the reader, not a thing being described, and a
/// pronoun only for a person of its gender.
@Suite struct QuoteSourceTests: QuoteProbing {
    @Test func theWriterAndTheReaderAreNoSources() {
        #expect(quotes("We think that a slower cooker gives the better stew.").isEmpty)
        #expect(quotes("I realized that the hinge had been fitted upside down.").isEmpty)
        #expect(quotes("This suggests that the pump was never serviced.").isEmpty)
        #expect(quotes("That explains why the lamps flicker whenever the kettle boils.").isEmpty)
        #expect(quotes("Those figures aside, that shows how cold the winter was.").isEmpty)
        #expect(quotes("My claim that the league should expand was ignored.").isEmpty)
        #expect(quotes("The long delay made us question whether the bridge was ever safe.").isEmpty)
        #expect(quotes("Please know that the course is meant for beginners.").isEmpty)
        let quoted = quotes("Maria Lopez said we should all stay home this weekend.")
        #expect(quoted.first?.speaker == "Maria Lopez")
    }

    /// `X said: "…"` announces its quotation; a capitalised pronoun after a quotation that ends
    /// its sentence opens the next sentence, not a tag.
    @Test func anAnnouncedQuotationKeepsItsSpeaker() {
        let found = quotes(
            "Mayor Ruth Okonkwo said the budget was late. She said the council would vote soon. "
                + "Councillor Ivan Brandt said: \"The ferry needs money more than the stadium does.\" "
                + "She said her group would object.")
        let direct = found.first { $0.kind == .direct }
        #expect(direct?.speaker == "Ivan Brandt")
        let tagged = quotes("Ivan Brandt walked in. \"We will win.\" She said it twice.")
        #expect(!tagged.contains { $0.kind == .direct && $0.speaker == "She" })
        // The person opening the clause before the colon, after an opening clause, speaks
        // even when nobody spoke before.
        let answered = quotes(
            "The storm closed the road for a week. When the council asked about the delay, Ivan Brandt had a ready reply:"
                + "\n\n\"We had no gravel and no drivers until Friday.\"")
        #expect(answered.last?.speaker == "Ivan Brandt")
        let asked = quotes("\"Why now?\" she asked. \"It is late,\" Ivan Brandt said.")
        #expect(asked.map(\.speaker) == ["she", "Ivan Brandt"])
    }

    @Test func wishesAndSupportNeedSomeoneNamed() {
        #expect(quotes("Travelers who want a cheaper plan should compare the fees.").isEmpty)
        #expect(quotes("The new app supports two file formats and a dark mode.").isEmpty)
        #expect(quotes("Many shoppers prefer paper receipts for large purchases.").isEmpty)
        let named = quotes("Daniel Okafor wants the council to reopen the library.")
        #expect(named.first?.content == "the council to reopen the library")
        #expect(named.first?.speaker == "Daniel Okafor")
        let share = reportedQuotes("In the new survey, 61% support a ban on fireworks in the city.")
        #expect(share.first?.content == "a ban on fireworks in the city")
    }

    @Test func aPassiveWithoutThatReportsOnlyWhatWasAsked() {
        #expect(quotes("The sugar is added to the dough after the first rise.").isEmpty)
        #expect(quotes("The bakery is committed to using flour from local mills.").isEmpty)
        let asked = reportedQuotes("The tenants were told to leave the building by noon.")
        #expect(asked.map(\.content) == ["to leave the building by noon"])
        #expect(asked.first?.speaker == nil)
    }

    @Test func addingAThingIsNotSpeech() {
        #expect(quotes("The new version adds a dark mode and faster search.").isEmpty)
        let said = quotes("Maria Lopez added that the bridge would reopen in June.")
        #expect(said.first?.content == "that the bridge would reopen in June")
        let bare = quotes("Daniel Okafor added the council would vote again.")
        #expect(bare.first?.content == "the council would vote again")
    }

    @Test func aCueThatIsAlsoAnActReportsOnlyAClause() {
        #expect(quotes("Maria Lopez claimed the first prize in the regional chess open.").isEmpty)
        #expect(quotes("Daniel Okafor continued the survey of the northern wetlands.").isEmpty)
        let said = quotes("Maria Lopez claimed that the bridge had been inspected twice.")
        #expect(said.first?.content == "that the bridge had been inspected twice")
        let bare = quotes("Daniel Okafor claimed we’d finish the road before winter.")
        #expect(bare.first?.content == "we’d finish the road before winter")
    }

    @Test func aDecisionIsNotSpeech() {
        #expect(quotes("After ten years at the mill, Maria Lopez decided to open a bakery of her own.").isEmpty)
        let promised = quotes("Daniel Okafor promised to open the library on Sundays.")
        #expect(promised.first?.content == "to open the library on Sundays")
    }

    @Test func aPronounPassesOverAPersonOfTheOtherGender() {
        let he = quotes("Mr. Daniel Okafor met Ms. Maria Lopez on Monday. He said the budget was balanced.")
        #expect(he.first?.mention == "He")
        #expect(he.first?.speaker == "Daniel Okafor")
        let she = quotes(
            "\"We will win this,\" Mr. Daniel Okafor said after meeting Ms. Maria Lopez. She said the vote was close.")
        #expect(she.last?.mention == "She")
        #expect(she.last?.speaker == "Maria Lopez")
        // Without a title either person can be meant: the last speaker stays the antecedent.
        let open = quotes(
            "\"We will win this,\" Daniel Okafor said after meeting Maria Lopez. She said the vote was close.")
        #expect(open.last?.speaker == "Daniel Okafor")
    }

    /// A kinship word before a name or a gendered noun heading an appositive after it marks
    /// the person's gender as a title does, so "he" passes over her.
    @Test func kinshipAndAppositivesMarkGender() {
        let kin = quotes(
            "Daniel Okafor lost his barn in the flood. \"We will rebuild it,\" said his sister Ruth Vance. "
                + "He said the insurers were slow.")
        #expect(kin.last?.mention == "He")
        #expect(kin.last?.speaker == "Daniel Okafor")
        let appositive = quotes(
            "Daniel Okafor lost his barn in the flood. \"We will rebuild it,\" said Ruth Vance, a grandmother of three. "
                + "He said the insurers were slow.")
        #expect(appositive.last?.speaker == "Daniel Okafor")
        // An appositive whose head is no gendered noun leaves her open: the last speaker stays.
        let open = quotes(
            "Daniel Okafor lost his barn in the flood. \"We will rebuild it,\" said Ruth Vance, a ferry pilot. "
                + "He said the insurers were slow.")
        #expect(open.last?.speaker == "Ruth Vance")
    }
}

extension QuoteSourceTests {
    @Test func anUnnamedRoleBeforeWhoSpeaks() {
        let found = quotes("The plan drew fire from economists who say that the tax will slow hiring.")
        #expect(found.first?.content == "that the tax will slow hiring")
        #expect(found.first?.mention == "economists")
    }

    @Test func aTopicFollowsItsVerb() {
        let about = quotes("Maria Lopez spoke openly about the cuts to the library budget.")
        #expect(about.first?.content == "the cuts to the library budget")
        #expect(quotes("Daniel Okafor spoke in a barn on the edge of town.").isEmpty)
    }
}

extension QuoteSourceTests {
    @Test func aNameAndAColonGiveTheQuotationItsSpeaker() {
        let found = direct("Maria Lopez: \"We Will Rebuild Every Bridge This Year\"\n\nThe mayor spoke on Monday.")
        #expect(found.first?.content == "We Will Rebuild Every Bridge This Year")
        #expect(found.first?.speaker == "Maria Lopez")
    }
}

extension QuoteSourceTests {
    @Test func offeringFocusingAndMakingSureAreActsNotStatements() {
        #expect(quotes("The shop offers a free repair service for every bicycle it sells.").isEmpty)
        #expect(quotes("The course focused on the history of the canal towns.").isEmpty)
        #expect(quotes("The staff ensure that every room is cleaned by noon.").isEmpty)
        let vowed = quotes("Maria Lopez vowed to reopen the library before the winter.")
        #expect(vowed.first?.content == "to reopen the library before the winter")
    }
}

extension QuoteSourceTests {
    @Test func aDeterminedNounPhraseTagsTheClauseBefore() {
        let carrier = quotes("The flights to the islands will resume on Friday, the carrier said.")
        #expect(carrier.first?.content == "The flights to the islands will resume on Friday")
        #expect(carrier.first?.mention == "the carrier")
        let brother = quotes("Maria Lopez had just moved to the coast, her brother added.")
        #expect(brother.first?.mention == "her brother")
    }

    @Test func aTitleCaseHeadlineReportsThroughItsCapitalisedVerb() {
        let found = quotes("Officials Say Bridge Will Reopen in June\n\nThe mayor spoke on Monday.")
        #expect(found.first?.content == "Bridge Will Reopen in June")
        #expect(found.first?.mention == "Officials")
    }
}

extension QuoteSourceTests {
    @Test func aThatAfterAnotherNounIsRelative() {
        #expect(quotes("Students learn best with material that holds their interest.").isEmpty)
        #expect(quotes("Most shoppers find a plan that suits their budget.").isEmpty)
        let reminded = quotes("Maria Lopez reminded voters that the polls close at eight.")
        #expect(reminded.first?.content == "that the polls close at eight")
    }

    @Test func aStanceWordBeforeAPrepositionOrAVerbIsANoun() {
        #expect(quotes("The mayor stood at 67 percent support among older voters.").isEmpty)
        #expect(quotes("Most of the union support is in the northern towns.").isEmpty)
    }
}

extension QuoteSourceTests {
    @Test func aLabelLineSpeaksOnlyForAPersonOrATranscriptName() {
        let listing = quotes("Acme Movers Inc.: 4.5 out of 5 stars\nSwift Lift Movers LLC: 4 out of 5 stars")
        #expect(listing.isEmpty, "\(listing)")
        #expect(quotes("FAQ: Common questions about heat pumps and their running costs").isEmpty)
        let surname = quotes(
            "Maria Lopez met the council.\n\nLOPEZ: We will rebuild the bridge before the winter comes.")
        #expect(surname.first?.content == "We will rebuild the bridge before the winter comes")
    }

    @Test func capitalsNamingNoOneTheTextNamesAreAHeading() {
        let heading = quotes(
            QuoteReportingPageTests.report + "SHORT VERDICT: Leaving the car at home, I would take the noon boat.")
        #expect(!heading.contains { $0.content.contains("noon boat") }, "\(heading)")
        let transcript = quotes(
            "Maria Lopez runs the ferry.\n\nMARIA LOPEZ: We will add a second boat before the summer comes.")
        #expect(transcript.first?.content == "We will add a second boat before the summer comes")
    }
}

extension QuoteSourceTests {
    @Test func aHeadlineQuotesWithSingleMarks() {
        let text =
            "Maria Lopez: ‘We Will Rebuild Every Bridge’\n\nMaria Lopez spoke on Monday. \"It will take years,\" she said."
        let found = direct(text)
        #expect(found.map(\.content) == ["We Will Rebuild Every Bridge", "It will take years,"])
        #expect(found.first?.speaker == "Maria Lopez")
    }
}

/// Tags of direct quotations the words next to the marks can still name.
extension QuoteSourceTests {
    @Test func aTagBetweenTwoQuotationsServesBoth() {
        let found = direct(
            "\"This used to be a quiet town,\" said Maria Lopez, a local historian, \"but it is growing fast now.\"")
        #expect(found.map(\.content) == ["This used to be a quiet town,", "but it is growing fast now."])
        #expect(found.allSatisfy { $0.speaker == "Maria Lopez" })
        let stop = direct(
            "\"We will win,\" Daniel Okafor told reporters in Salem, Ore. \"The numbers are on our side.\"")
        #expect(stop.last?.speaker == "Daniel Okafor")
    }

    @Test func aParticipleOrAPhrasalVerbTagsTheQuotation() {
        let adding = direct(
            "\"The water was never safe,\" Maria Lopez said, adding, \"We should have acted years ago.\"")
        #expect(adding.last?.content == "We should have acted years ago.")
        #expect(adding.last?.speaker == "Maria Lopez")
        let back = direct("Daniel Okafor shot back, \"The council never read the plan.\"")
        #expect(back.first?.speaker == "Daniel Okafor")
    }

    @Test func aNounPhraseAStatementOrAPartyNamesTheSpeaker() {
        let announcer = direct("As the bell rang, the announcer said, \"The race will start in five minutes.\"")
        #expect(announcer.first?.mention == "the announcer")
        let statement = direct(
            "After the vote, Maria Lopez issued a statement: \"We accept the result and will work with the winner.\"")
        #expect(statement.first?.speaker == "Maria Lopez")
        let party = direct("Gov. Maria Lopez (D-Ore.), said, \"We will rebuild the bridge.\"")
        #expect(party.first?.speaker == "Maria Lopez")
        let reader = direct("\"The library should stay open late,\" wrote one reader.")
        #expect(reader.first?.mention == "one reader")
    }
}

extension QuoteSourceTests {
    @Test func anAsideOrAListOfNounsIsNoReport() {
        #expect(quotes("It is worth noting that the lake freezes over most winters.").isEmpty)
        #expect(quotes("The firm handles everything from planning and hiring to payroll.").isEmpty)
    }
}

extension QuoteSourceTests {
    @Test func aParticipleAfterATagHasTheTagsSpeaker() {
        let found = quotes("\"We need a new plan,\" Maria Lopez said, arguing that the old one had failed the town.")
        let argued = found.first { $0.content == "that the old one had failed the town" }
        #expect(argued?.speaker == "Maria Lopez")
    }
}
