import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Statements on a page that reports speech which are still the writer's own: a mind given to a
/// thing, a supposed or habitual statement, a tag with its own object, a clause as a subject, and
/// a quotation that a colon hands to the person its sentence is about.
@Suite struct QuoteWritersOwnTests: QuoteProbing {
    @Test func onlySomeoneWithAMindThinksOrKnows() {
        #expect(reported("This method understands that grief can last for years.").isEmpty)
        let experts = reported("Harbour engineers believe that the pier will need new piles.")
        #expect(experts.first?.content == "that the pier will need new piles")
        let named = reported("Ann Vance believes that the ferry will be late.")
        #expect(named.first?.speaker == "Ann Vance")
    }

    @Test func whatPicturesShowIsNoStatement() {
        #expect(reported("Marek Holm reveals through his paintings that the valley was once a lake.").isEmpty)
        #expect(reported("By photographing shuttered mills at dusk, Holm reveals their slow decay.").isEmpty)
        // A finding shown by other means is still reported.
        let found = reported("Marek Holm revealed that the valley was once a lake.")
        #expect(found.first?.speaker == "Marek Holm")
    }

    @Test func anUnnamedTheyThatThinksIsPeopleInGeneral() {
        #expect(reported("Shoppers are cutting back, but they still feel they deserve a treat.").isEmpty)
        let said = reported("Two harbour officials said they think the ferry will run again.")
        #expect(said.contains { $0.content == "the ferry will run again" })
    }

    @Test func aHedgedStatementSupposesAView() {
        #expect(reported("So maybe Tom Okafor knows this is a difficult puzzle.").isEmpty)
    }

    @Test func whenWithAPlainPresentVerbSupposesAHabit() {
        #expect(reported("When Google engineers say they review your website, they mean a crawler reads it.").isEmpty)
        #expect(reported("When Acme Corporation staff say the site is audited, update the title tags.").isEmpty)
        let once = reported("The crowd cheered when Ann Vance said she would stay.")
        #expect(once.first?.content == "she would stay")
    }

    @Test func whatAKindOfThingUsuallyDoesIsNoStatement() {
        #expect(reported("A good travel guide often suggests where the locals eat.").isEmpty)
        #expect(reported("Every moving company says they pack with care.").isEmpty)
    }

    @Test func theWriterOrReaderBeforeTheVerbGroupIsItsSubject() {
        let text = "Ann Vance and I made plans, but handing a task you don't understand to a helper that also "
        #expect(reported(text + "doesn't understand it is not planning.").isEmpty)
    }

    @Test func aTagWithItsOwnObjectTagsNothing() {
        #expect(reported("Baking bread is not hard, and Tom Okafor explains it well.").isEmpty)
        let told = reported("The bridge will stay shut until June, Ann Vance told them.")
        #expect(told.first?.content == "The bridge will stay shut until June")
    }

    @Test func aVerbInsideBracketsTagsNothing() {
        #expect(reported("Venue: Old Harbour Hall, Dunmore (or venue announced)").isEmpty)
    }

    @Test func aClauseOrAParticiplePhraseIsNoSpeaker() {
        let modal = reported("Writers should engage calmly, acknowledging that broad demands may fail.")
        #expect(modal.allSatisfy { $0.mention != "Writers should engage calmly" })
        let text = "Moreover, a survey from May 2021, regarded as a sound source, indicates that rents have risen."
        let participle = reported(text)
        #expect(participle.allSatisfy { $0.mention != "regarded as a sound source" })
    }

    @Test func aComparisonIsNoCue() {
        #expect(reported("Moving house is easier said than done, which brings us to the next step.").isEmpty)
    }

    @Test func toAfterANounWithAnArticleIsAPreposition() {
        #expect(reported("The firm opened in 1990 with a simple promise to its customers.").isEmpty)
        let vowed = reported("Ann Vance promised to rebuild the pier.")
        #expect(vowed.first?.content == "to rebuild the pier")
    }

    @Test func aColonHandsTheQuotationToTheSentencesSubject() {
        let text =
            "\"Short fasts suit most adults,\" said Laura Fontaine, a dietitian in Ohio.\n\n"
            + "Another dietitian, Peter Mellard, is more careful. Mellard agrees and recommends a plan that fits "
            + "your week: \"If you change how you eat, it has to work for you.\""
        let found = direct(text)
        #expect(found.last?.speaker == "Peter Mellard")
    }

    @Test func anImpressionInsideAReportedClauseIsThatSourcesAlone() {
        let found = reported("According to Ann Vance, the old map appears to have been drawn by a sailor.")
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Ann Vance")
    }

    @Test func whatTellsTheReaderExplains() {
        #expect(reported("The running cost tells you how much you spend on each new client.").isEmpty)
        let us = reported("The harbour master told us that the ferry was late.")
        #expect(us.first?.content == "that the ferry was late")
    }

    @Test func someoneGivenAThingHearsNoClause() {
        #expect(reported("The ferry club asks you a few questions about your route and books a cabin.").isEmpty)
        #expect(reported("Ann Vance wrote me a long letter about the pier.").isEmpty)
        let question = reported("Ann Vance asked him whether the ferry would run in March.")
        #expect(question.first?.content == "whether the ferry would run in March")
    }

    @Test func aWishAimedAtTheReaderOrWriterIsNoStance() {
        #expect(reported("The Harbour Trust wants you to book early.").isEmpty)
        #expect(reported("Frustratingly, Acme Corporation often expected us to start the booking over.").isEmpty)
        #expect(reported("Nearby, Acme Corporation invites you to try its smoked fish.").isEmpty)
        let council = reported("Ann Vance wants the council to reopen the pier.")
        #expect(council.first?.content == "the council to reopen the pier")
    }

    @Test func theComplementOfBeIsNoSource() {
        #expect(
            reported("To be an ASQ Certified Harbour Pilot consultant shows that you have years of training.").isEmpty)
        #expect(reported("Being a Certified Harbour Pilot shows your clients that you have years of training.").isEmpty)
        #expect(reported("To be a harbour pilot consultant shows that you have years of training.").isEmpty)
    }

    @Test func provingIsNoSaying() {
        #expect(reported("Acme Maps launched in 2016 and proved that maps could run in a browser.").isEmpty)
    }

    @Test func aPronounStandsForTheSubjectOfTheSentenceBefore() {
        let text =
            "\"The pier is safe,\" said Tom Okafor, the harbour master.\n\n"
            + "Peter Mellard, an engineer at the yard, studied the piles last year.\n\n"
            + "\"The piles will not last another winter,\" he said."
        #expect(direct(text).last?.speaker == "Peter Mellard")
        // A name in the pronoun's own sentence keeps it with the last speaker.
        let same =
            "\"The pier is safe,\" said Tom Okafor, the harbour master.\n\n"
            + "Peter Mellard, an engineer at the yard, studied the piles last year.\n\n"
            + "The answer came from Tom Okafor at the meeting: \"The piles will last,\" he said."
        #expect(direct(same).last?.speaker == "Tom Okafor")
    }
}

extension QuoteWritersOwnTests {
    @Test func aCuePointingUpOrDownThePageIsTheWritersOwn() {
        let page = QuoteReportingPageTests.report
        let pointer = quotes(page + "Book early: As shown below, our ferry carries only forty cars a day.")
        #expect(!pointer.contains { $0.content.contains("forty cars") }, "\(pointer)")
        let spoken = quotes(page + "As Ann Vance explained, the ferry carries only forty cars a day.")
        #expect(spoken.contains { $0.content.contains("forty cars") }, "\(spoken)")
    }
}

extension QuoteWritersOwnTests {
    @Test func aSubjectHoldingTheReaderIsAnInstruction() {
        let steps = quotes(QuoteReportingPageTests.report + "Tie your boat to the second post, say hello, and wait.")
        #expect(!steps.contains { $0.content.contains("hello") }, "\(steps)")
    }
}

extension QuoteWritersOwnTests {
    @Test func whatABodyIsToldIsASignal() {
        let page = QuoteReportingPageTests.report
        let signal = quotes(page + "A cold shower tells your body that the day has begun.")
        #expect(!signal.contains { $0.content.contains("day has begun") }, "\(signal)")
        let spoken = quotes(page + "Ann Vance tells her crew that the day has begun.")
        #expect(spoken.contains { $0.content.contains("day has begun") }, "\(spoken)")
    }
}
