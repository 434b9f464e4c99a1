import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A page that quotes no named person states things itself: there a reported statement needs a
/// source that can speak. Supposed views, adjectives and labels are no attributions anywhere.
@Suite struct QuoteReportingPageTests: QuoteProbing {
    /// Two named people speaking make a page a report.
    static let report =
        "Maria Lopez said the harbour would reopen in May. "
        + "Daniel Okafor told reporters the vote was close.\n\n"

    @Test func aStatementWithoutSourceIsTheWritersOnAPageThatQuotesNoOne() {
        let guide = "The market for heat pumps is expected to grow by a third over the next five years."
        #expect(quotes(guide).isEmpty)
        let reported = reportedQuotes(guide)
        #expect(
            reported.map(\.content) == ["The market for heat pumps", "to grow by a third over the next five years"])
        #expect(reported.allSatisfy { $0.speaker == nil })
    }

    @Test func aSourceMustBeSomeoneOrSomethingWritten() {
        #expect(quotes("High turnout indicates that the campaign reached young voters.").isEmpty)
        let people = quotes("Researchers found that the old bridge was sound.")
        #expect(people.first?.content == "that the old bridge was sound")
        let writing = quotes("A recent study suggests that short naps improve memory.")
        #expect(writing.first?.content == "that short naps improve memory")
    }

    @Test func whatIsNotAPersonReportsOnlyWordsOrAClause() {
        #expect(quotes("The Acme Corporation also highlights the need for open standards.").isEmpty)
        #expect(quotes("They also reveal a path for keeping the council informed.").isEmpty)
        let found = quotes("The Acme Corporation found that most buyers compare prices online.")
        #expect(found.first?.content == "that most buyers compare prices online")
        #expect(reportedQuotes("The Acme Corporation also highlights the need for open standards.").count == 1)
    }

    @Test func theWriterAndTheReaderAreNoSourceOfAQuotation() {
        #expect(reportedQuotes("Before you buy, you might ask, \"Will the frame fit my bike?\"").isEmpty)
        #expect(reportedQuotes("Let's say we run a bakery and want to sell bread online.").isEmpty)
    }

    @Test func theItOfAnInfinitiveIsNoSource() {
        #expect(quotes("It is safe to say that the new model is the faster one.").isEmpty)
        #expect(reportedQuotes("It is hard to believe that the ferry once took a whole day.").isEmpty)
    }

    @Test func aSupposedViewIsNoAttribution() {
        #expect(quotes("Some readers might think that the ending is rushed.").isEmpty)
        #expect(quotes("A good tutor should believe that every pupil can improve.").isEmpty)
        let held = quotes("Daniel Okafor thinks that the ending is rushed.")
        #expect(held.first?.content == "that the ending is rushed")
        #expect(held.first?.speaker == "Daniel Okafor")
    }

    @Test func aCueAfterAnArticleOrAHyphenIsAnAdjective() {
        #expect(reportedQuotes("The announced fare increase takes effect in March.").isEmpty)
        #expect(
            reportedQuotes("Rents rose again, a well-observed effect that the new rules were meant to stop.").isEmpty)
    }

    @Test func aPlanOrAnOfferIsReportedOfAPerson() {
        #expect(reportedQuotes("The app offers to back up your photos every night.").isEmpty)
        #expect(reportedQuotes("Harbour Freight plans to open two depots next year.").isEmpty)
        let person = reportedQuotes("Maria Lopez plans to open two depots next year.")
        #expect(person.first?.content == "to open two depots next year")
    }

    @Test func aLabelInCapitalsIsNoSpeaker() {
        #expect(quotes("TIP: Store the beans in a cool, dark cupboard.").isEmpty)
        let transcript = quotes("Maria Lopez spoke to the council on Monday.\n\nLOPEZ: We will rebuild the bridge.")
        #expect(transcript.first?.speaker == "Maria Lopez")
    }

    @Test func theWritersOwnSurveyIsNoSource() {
        #expect(quotes("According to our reader survey, most people cook at home four nights a week.").isEmpty)
        let cited = quotes("According to the Harbour Institute, most people cook at home four nights a week.")
        #expect(cited.first?.content == "most people cook at home four nights a week")
    }
}

extension QuoteProbing {
    /// The quotes of `text` on a page that already reports speech: after the two of `QuoteReportingPageTests.report`,
    /// so the rules for pages that report apply, and only the quotes after those two.
    func reported(_ text: String) -> [(content: String, kind: Quote.Kind, mention: String?, speaker: String?)] {
        Array(quotes(QuoteReportingPageTests.report + text).dropFirst(2))
    }

    /// The quotes of `text` on a page that first reports two named people (their two quotes left out).
    func reportedQuotes(_ text: String) -> [(content: String, kind: Quote.Kind, mention: String?, speaker: String?)] {
        let found = quotes(QuoteReportingPageTests.report + text)
        #expect(found.prefix(2).map(\.speaker) == ["Maria Lopez", "Daniel Okafor"])
        return Array(found.dropFirst(2))
    }
}
