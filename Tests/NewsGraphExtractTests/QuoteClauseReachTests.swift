import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// How far quoted words carry a reported clause: a title in marks is no speech, a clause runs on
/// to the closing mark of the words it quotes, a quotation after "that" is the clause, and the
/// words before a quotation that a tag closes are reported with it.
@Suite struct QuoteClauseReachTests: QuoteProbing {
    @Test func aTitleInMarksInsideASentenceIsNoSpeech() {
        let found = reported(
            "In an interview on the show \"Morning Harbour Report,\" Councillor Ann Reyes said the ferry would run again."
        )
        #expect(found.count == 1)
        #expect(found.first?.content == "the ferry would run again")
        #expect(found.first?.kind == .indirect)
    }

    @Test func aClauseRunsOnToTheClosingMarkOfItsQuotation() {
        let found = reported(
            "Ann Reyes said the new timetable \u{201C}works well for commuters. It also saves the council money.\u{201D} "
                + "The ferry left at noon.")
        #expect(found.count == 1)
        #expect(
            found.first?.content
                == "the new timetable \u{201C}works well for commuters. It also saves the council money")
        #expect(found.first?.kind == .mixed)
    }

    @Test func aClauseWhoseSubjectIsARelativeEndsAtTheMainVerb() {
        let found = reported(
            "The new timetable, which officials said will start in June, will not apply to night ferries.")
        #expect(found.map(\.content) == ["will start in June"])
    }

    @Test func aTagThatEndsTheTextIsStillRead() {
        // The cue is the text's last word: nothing after it may be read.
        let found = reported("\u{201C}The ferry will run again in June,\u{201D} Ann Reyes told")
        #expect(found.first?.content == "The ferry will run again in June,")
        #expect(found.first?.speaker == "Ann Reyes")
    }

    @Test func aQuotationAfterThatIsTheReportedClause() {
        let found = reported(
            "The council says on its website that \u{201C}the ferry will run every hour from June.\u{201D}")
        #expect(found.first?.content == "that \u{201C}the ferry will run every hour from June")
        #expect(found.first?.kind == .mixed)
        #expect(found.first?.mention == "The council")
    }

    @Test func anInvertedTagCarriesTheSpeakersNextClause() {
        let found = reported("The ferry is late again, said Ann Reyes, but the bus is on time.")
        #expect(found.map(\.content) == ["The ferry is late again", "but the bus is on time"])
        #expect(found.allSatisfy { $0.speaker == "Ann Reyes" })
    }

    @Test func wordsBeforeAQuotationThatATagClosesAreReportedWithIt() {
        let found = reported("But the new timetable \"will not work for the night shift,\" Ann Reyes said.")
        #expect(found.count == 1)
        #expect(found.first?.content == "But the new timetable \"will not work for the night shift")
        #expect(found.first?.kind == .mixed)
        // After a colon the quotation stands alone; a term of two words in marks is no speech.
        let announced = reported("Ann Reyes added: \"The new timetable will not work for the night shift,\" she said.")
        #expect(announced.first?.kind == .direct)
        #expect(announced.first?.content == "The new timetable will not work for the night shift,")
        #expect(reported("That is the key to \"Slow Boats,\" as Ann Reyes explains.").isEmpty)
    }

    @Test func aRelativeClauseAfterAnInvertedTagDescribesTheSpeaker() {
        let found = reported(
            "The ferry is late again, said Ann Reyes, a harbour pilot who has worked the route for years.")
        #expect(found.map(\.content) == ["The ferry is late again"])
        #expect(found.first?.speaker == "Ann Reyes")
    }

    @Test func aRoleWithModifiersAfterTheCommaTagsTheClause() {
        // The role speaks for the whole phrase `a harbour spokesman`.
        let found = reported("The ferry is late again, a harbour spokesman told the Coastal Gazette.")
        #expect(found.map(\.content) == ["The ferry is late again"])
        #expect(found.first?.mention == "a harbour spokesman")
    }

    @Test func aShortClauseAfterTheVerbIsNoTimeOfATag() {
        let found = reported("Hours later, the harbour office said the ferry was late.")
        #expect(found.map(\.content) == ["the ferry was late"])
    }
}

/// Clauses without "that": after a participle of speech, after an opening `as` clause, and a
/// name that opens the clause of a verb whose subject comes before it.
@Suite struct QuoteBareClauseTests: QuoteProbing {
    @Test func aParticipleOfSpeechTakesAClauseWithAnyNounPhrase() {
        let found = reported("Ann Reyes wrote to the council, saying timetables have been ignored for years.")
        #expect(found.contains { $0.content == "timetables have been ignored for years" && $0.kind == .indirect })
        // A preposition before the verb shows an object, not a clause.
        #expect(
            !reported("The captain left the harbour, saying goodbye to the crew that has served him.").contains {
                $0.content.hasPrefix("goodbye")
            })
    }

    @Test func anOpeningAsClauseReportsTheMainClause() {
        let found = reported("As the harbour survey noted, the average ferry was eleven minutes late.")
        #expect(found.first?.content == "the average ferry was eleven minutes late")
        #expect(found.first?.mention?.hasSuffix("survey") == true)
        #expect(reported("But as Ann Reyes said, the night ferry is always late.").first?.speaker == "Ann Reyes")
    }

    @Test func aCommaClosesTheAudienceOfTold() {
        let found = reported("Instead, Ann Reyes told the radio station, the ferry would run twice a day.")
        #expect(found.first?.content == "the ferry would run twice a day")
        #expect(found.first?.speaker == "Ann Reyes")
    }

    @Test func aNameAfterAVerbWithItsSubjectOpensTheClause() {
        let found = reported("Officials say Peter Holm, the harbour master since 2009, held two licences.")
        #expect(found.first?.content == "Peter Holm, the harbour master since 2009, held two licences")
        #expect(found.first?.mention == "Officials")
    }
}

/// A source named inside its clause, `X, according to Y, has …`, reports both parts.
@Suite struct QuoteInsetSourceTests: QuoteProbing {
    @Test func anInsetSourceReportsTheRestOfTheClause() {
        let found = reported("Ferry traffic, according to the harbour office, has doubled since the spring.")
        #expect(found.contains { $0.content == "has doubled since the spring" && $0.speaker == "the harbour office" })
    }

    @Test func anAppositiveOrARelativeAfterTheSourceIsNotReported() {
        let found = reported(
            "The new ferry carried nine thousand passengers in its first month, according to Ann Reyes, "
                + "the harbour master.")
        #expect(found.map(\.content) == ["The new ferry carried nine thousand passengers in its first month"])
        #expect(
            !reported("Tickets, according to Peter Holm, who runs the kiosk, cost more.").contains {
                $0.content.hasPrefix("who")
            })
    }
}

/// A subject that names no one reports nothing.
@Suite struct QuoteNegativeSubjectTests: QuoteProbing {
    @Test func aSubjectOpenedByNoOrNoneIsNoSource() {
        let report = QuoteReportingPageTests.report
        #expect(quotes(report + "No ferry company has agreed to honour the new timetable.").count == 2)
        #expect(quotes(report + "None of this implies that the harbour will close.").count == 2)
        let named = Array(quotes(report + "Ann Reyes has agreed to honour the new timetable.").dropFirst(2))
        #expect(named.first?.content == "to honour the new timetable")
    }
}
