import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Precision on ordinary pages: a participle after a comma reports for the sentence's subject,
/// a participle after a noun for that noun, `according to` a set of rules names no source, the
/// writer's own named survey is no source, a dash before a contrast ends the clause, and a
/// preposition left at the end of its clause has no topic.
@Suite struct QuotePrecisionTests: QuoteProbing {
    @Test func aParticipleAfterACommaSpeaksForTheSubjectOnly() {
        let found = quotes("The dockers' union rejected the offer, saying the new shifts would exhaust its members.")
        #expect(found.count == 1)
        #expect(found.first?.content == "the new shifts would exhaust its members")
        #expect(found.first?.mention == "The dockers' union")
    }

    @Test func aParticipleAfterAnOpeningPhraseSpeaksForTheNameAfterIt() {
        let found = quotes(
            QuoteReportingPageTests.report
                + "Weeks later, in the harbour court, Judge Petra Ames rejected the claim, saying the lease was void.")
        #expect(found.contains { $0.content == "the lease was void" && $0.speaker == "Petra Ames" })
        let prescription = quotes(
            QuoteReportingPageTests.report + "Growers must plan ahead, accepting that the frost may come early.")
        #expect(!prescription.contains { $0.content.contains("frost") })
    }

    @Test func aParticipleOfSayingMakesAPronounASource() {
        let found = quotes("She rejected the offer, saying it would raise rents.")
        #expect(found.map(\.content) == ["it would raise rents"])
    }

    @Test func aParticipleAfterANounSpeaksForTheNoun() {
        let found = quotes(
            QuoteReportingPageTests.report
                + "Ilse Varga was reassured by a study showing that the river is clean again.")
        #expect(found.contains { $0.content == "that the river is clean again" && $0.mention == "a study" })
    }

    @Test func accordingToASetOfRulesNamesNoSource() {
        #expect(quotes("Prune the hedge according to the nursery's guidelines before the first frost.").isEmpty)
    }

    @Test func theWritersOwnNamedSurveyIsNoSource() {
        #expect(quotes("Our 2023 Hedgerow Survey found that most gardeners prune too late.").isEmpty)
    }

    @Test func aDashBeforeAContrastEndsTheClause() {
        let contrast = quotes("A council report found that bus use fell by a tenth — but the winter was unusually wet.")
        #expect(contrast.map(\.content) == ["that bus use fell by a tenth"])
        let aside = quotes(
            QuoteReportingPageTests.report + "Ilse Varga said the ferry had sailed - but never arrived - at the island."
        )
        #expect(aside.contains { $0.content == "the ferry had sailed - but never arrived - at the island" })
    }

    @Test func aPrepositionEndingItsClauseHasNoTopic() {
        let found = quotes(
            QuoteReportingPageTests.report
                + "The old quarry is a crag every climber complains about but few ever avoid.")
        #expect(!found.contains { $0.content.hasPrefix("but") })
    }
}

extension QuotePrecisionTests {
    @Test func aCueWordAfterAModifierIsANoun() {
        let page = QuoteReportingPageTests.report
        let reports = quotes(page + "Our survey team prints long harbour reports on tides, berths and weather.")
        #expect(!reports.contains { $0.content.contains("tides") }, "\(reports)")
        let reporting = quotes(
            page + "The cheaper yard costs less, but the other sells monthly reporting that covers every fee.")
        #expect(!reporting.contains { $0.content.contains("every fee") }, "\(reporting)")
        let spoken = quotes(page + "The ferry company reports that berths are full until June.")
        #expect(spoken.contains { $0.content.contains("berths are full until June") }, "\(spoken)")
    }

    @Test func aSometimesNounCueBeforeNoClauseIsANoun() {
        let page = QuoteReportingPageTests.report
        let noun = quotes(
            page + "Marta Olsen, a vineyard consultant, has worked in the valley for a decade.\n\n"
                + "Olsen plants her vines in wide rows to meet the summer water demands needed to keep their roots alive."
        )
        #expect(!noun.contains { $0.content.contains("roots alive") }, "\(noun)")
    }
}
