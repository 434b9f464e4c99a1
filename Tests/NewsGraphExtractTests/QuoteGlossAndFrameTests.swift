import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// The writer's gloss after a report, the few words a tag interrupts before the clause they
/// frame, a linking word before a speaker's role, a heading in marks, and a quotation after a
/// sentence about someone new.
@Suite struct QuoteGlossAndFrameTests: QuoteProbing {
    @Test func aNewClauseAfterADashIsTheWritersGloss() {
        let demonstrative = reported(
            "Ann Reyes said the ferry carried nine hundred riders in May \u{2014} that\u{2019}s twice the April figure."
        )
        #expect(demonstrative.first?.content == "the ferry carried nine hundred riders in May")
        let pronoun = reported(
            "Tom Vance said the timetable will stay as it is for the winter \u{2014} he rides the late boat every week."
        )
        #expect(pronoun.first?.content == "the timetable will stay as it is for the winter")
        let so = reported(
            "Ann Reyes said the crews were never told about the storm warning - so the delay was no surprise to the crews."
        )
        #expect(so.first?.content == "the crews were never told about the storm warning")
    }

    @Test func aWordOfRestatementAfterQuotedWordsIsTheWriters() {
        let found = reported(
            "Ann Reyes said the new timetable was \u{201C}a gift to early commuters\u{201D}, essentially, "
                + "a promise of more sailings.")
        #expect(found.first?.content == "the new timetable was \u{201C}a gift to early commuters\u{201D}")
    }

    @Test func aFewWordsBeforeATagFrameTheClauseAfterIt() {
        let clear = reported("It seems clear, Ann Reyes said, that the ferry will run again in June.")
        #expect(clear.map(\.content) == ["that the ferry will run again in June"])
        let part = reported("Not least, Tom Vance says, because the harbour froze early this year.")
        #expect(part.map(\.content) == ["because the harbour froze early this year"])
        // A clause of its own before the tag is a report too.
        let both = reported("The ferry is leaving early this week, Ann Reyes said, because the harbour may freeze.")
        #expect(both.map(\.content) == ["The ferry is leaving early this week", "because the harbour may freeze"])
    }

    @Test func aLinkingWordThatOpensTheSentenceIsNoPartOfTheSpeaker() {
        #expect(reported("But critics say the night ferry will be late again.").first?.mention == "critics")
        let found = reported("Then a retired historian wrote to the council, saying the old ferry had been sold.")
        #expect(found.first?.mention?.hasSuffix("historian") == true)
        #expect(found.first?.mention?.hasPrefix("Then") == false)
    }

    @Test func aQuotationInTitleCaseAloneInItsParagraphIsAHeading() {
        let opening = "\u{201C}The ferry is late again,\u{201D} said Ann Reyes.\n\n"
        let heading = reported(opening + "\u{201C}Harbour Lights of the North.\u{201D}\n\nThe boat left at noon.")
        #expect(heading.map(\.content) == ["The ferry is late again,"])
        let speech = reported(opening + "\u{201C}Harbour lights are out tonight.\u{201D}\n\nThe boat left at noon.")
        #expect(speech.map(\.content) == ["The ferry is late again,", "Harbour lights are out tonight."])
    }

    @Test func aQuotationAfterASentenceAboutANewPersonIsTheirs() {
        let found = reported(
            "\u{201C}The ferry is late again,\u{201D} said Ann Reyes.\n\nOrvell University\u{2019}s Tom Vance "
                + "disagreed. \u{201C}The ferry was on time all week.\u{201D}")
        #expect(found.map(\.speaker) == ["Ann Reyes", "Tom Vance"])
    }
}
