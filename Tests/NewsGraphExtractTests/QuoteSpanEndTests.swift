import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Where a report stops and the writer takes over again, and who speaks when a title stands
/// before the name in an inverted tag.
@Suite struct QuoteSpanEndTests: QuoteProbing {
    @Test func quotedWordsClosedByTheirCommaEndBeforeTheWritersNextClause() {
        let found = reported(
            "Ann Reyes said the new boats were \u{201C}floating offices,\u{201D} and they do look the part.")
        #expect(found.count == 1)
        #expect(found.first?.content == "the new boats were \u{201C}floating offices,\u{201D}")
    }

    @Test func aLoneFormInIngBetweenCommasIsAnItemOfASeries() {
        let found = reported(
            "The rowing club survey found that members cared most about coaching, sculling, safety and boat upkeep.")
        #expect(found.first?.content == "that members cared most about coaching, sculling, safety and boat upkeep")
    }

    @Test func aReportOpeningInIngRunsOnThroughItsSeries() {
        let found = reported(
            "Coach Ilse Varga recommends stretching before a race, rowing light the day after and resting on Sundays.")
        #expect(
            found.first?.content == "stretching before a race, rowing light the day after and resting on Sundays")
        let participle = reported("Ilse Varga said the regatta would go ahead, hoping to calm the crews.")
        #expect(participle.first?.content == "the regatta would go ahead")
    }

    @Test func aFormInIngAfterTheClausesOpeningPhraseIsItsSubject() {
        let found = reported(
            "The rowing club survey showed that for most members, sculling is calmer than sweep rowing.")
        #expect(found.first?.content == "that for most members, sculling is calmer than sweep rowing")
    }

    @Test func aReportInsideAnOpeningWhilstClauseEndsAtItsComma() {
        let found = reported("Whilst Ann Reyes argues that the old pier is safe, the council has closed it for a year.")
        #expect(found.first?.content == "that the old pier is safe")
    }

    @Test func aLinkingAdverbAfterTheLastCommaIsTheWriters() {
        let found = reported(
            "A 2021 survey by the Kelvane Rowing Club showed that most members row twice a week, however.")
        #expect(found.first?.content == "that most members row twice a week")
    }

    @Test func aReportRunsPastNoBeforeANumber() {
        let found = reported("The Kelvane Rowing Club reported that sculling is the No. 2 sport in the county.")
        #expect(found.first?.content == "that sculling is the No. 2 sport in the county")
    }

    @Test func anAsideAfterADashWithItsOwnVerbOfFindingIsNotReported() {
        let found = reported(
            "Ann Reyes says ridership has grown this year, mostly among students \u{2014} surveys show that "
                + "riders want later sailings.")
        #expect(found.first?.content == "ridership has grown this year, mostly among students")
        #expect(found.first?.speaker == "Ann Reyes")
    }

    @Test func aCueBetweenAPrepositionAndANounIsAnAdjective() {
        let found = reported(
            "Airlines often fly a Boeing jet on this route. "
                + "If you can find a seat on one at that price, it's worth paying for added comfort.")
        #expect(found.isEmpty)
    }

    @Test func aTitleBeforeTheNameInAnInvertedTagLeavesThePersonAsSpeaker() {
        let found = reported(
            "\u{201C}The ferry will run all winter,\u{201D} says port manager Ann Reyes. "
                + "\u{201C}We have two new boats,\u{201D} said Director Tom Vance.")
        #expect(found.map(\.speaker) == ["Ann Reyes", "Tom Vance"])
    }

    @Test func aSourceAfterAColonReportsTheClauseAfterIt() {
        let found = reported(
            "As fares rise, so do complaints: According to the Harbour Board, more than half of riders now pay by card."
        )
        #expect(found.map(\.content) == ["more than half of riders now pay by card"])
    }

    @Test func anAmpersandInsideATagsNamesDoesNotEndTheTag() {
        let found = reported(
            "The plan has a cost: \u{201C}We expect the fares to rise for most riders next year,\u{201D} "
                + "Tom Vance, an analyst at Lee & Partners, wrote in a note to clients.")
        #expect(found.map(\.speaker) == ["Tom Vance"])
    }

    @Test func aQuestionWordOpeningAHeadlineIsNoPartOfItsSpeaker() {
        let found = reported("Why Many in Boston Say the New Ferry Is Worth It\n\nThe ferry runs daily.")
        #expect(found.allSatisfy { $0.mention?.hasPrefix("Why") != true })
    }

    @Test func aCueAfterAPossessiveIsAnAdjective() {
        let found = reported("Based on their stated goals and the survey so far, rank the ferry routes by cost.")
        #expect(found.isEmpty)
    }

    @Test func aThatAfterTheThingAnActCueTakesIsARelativeClause() {
        let found = reported(
            "Harbour Ferries added a lamp that lights the whole deck at night. "
                + "Ann Reyes added that the light was cheap.")
        #expect(found.map(\.content) == ["that the light was cheap"])
    }
}
