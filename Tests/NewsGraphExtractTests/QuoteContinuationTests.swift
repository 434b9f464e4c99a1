import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// One quotation cut by its own tag stays two quotes linked by `continues`; and where a
/// report stops short of words that are not reported (a relative `that`, a second report, a
/// fact someone came to know).
@Suite struct QuoteContinuationTests: QuoteProbing {
    func record(_ text: String) -> DocumentRecord { TestSupport.extract(text) }

    @Test func theSecondPartOfAQuotationCutByItsTagNamesTheFirst() throws {
        let found = record(
            "\u{201C}The ferry will run all winter,\u{201D} Tamsin Okoro said, \u{201C}even when the harbour freezes.\u{201D}"
        )
        let direct = found.quotes.filter { $0.kind == .direct }
        try #require(direct.count == 2)
        #expect(found.slice(direct[0].start, direct[0].end) == "The ferry will run all winter,")
        #expect(found.slice(direct[1].start, direct[1].end) == "even when the harbour freezes.")
        #expect(direct[0].continues == nil)
        #expect(direct[1].continues == direct[0].start)
        #expect(direct.allSatisfy { $0.speaker == "Tamsin Okoro" })
    }

    @Test func aTagWithAnAuxiliaryOrAnAppositiveStillJoinsTheParts() {
        let auxiliary = record(
            "\"My first rule,\" Bram Ellery has said, \"is never to trust a map drawn by a tourist.\"")
        #expect(auxiliary.quotes.last?.continues == auxiliary.quotes.first?.start)
        let appositive = record(
            "\"We were lucky,\" Lidia Marsh, a volunteer at the shelter, said, \"that the roof held at all.\"")
        #expect(appositive.quotes.count == 2)
        #expect(appositive.quotes.last?.continues == appositive.quotes.first?.start)
    }

    @Test func aSecondStatementAfterAnotherCueIsNoContinuation() {
        let found = record(
            "\"The road is closed,\" Tamsin Okoro said, adding, \"We expect it to open again on Friday.\"")
        #expect(found.quotes.allSatisfy { $0.continues == nil })
    }

    @Test func aQuotationStoppedAtACommaGoesOnAfterAFullStopThatEndsItsTag() throws {
        let found = record(
            "\"The nets came up empty,\" Oskar Brandt said. \"Three days running, and nobody knows why.\"")
        try #require(found.quotes.count == 2)
        #expect(found.quotes[1].continues == found.quotes[0].start)
        #expect(found.quotes.allSatisfy { $0.speaker == "Oskar Brandt" })
        let described = record(
            "\"The nets came up empty,\" said Oskar Brandt, a ferry pilot who has fished the strait for "
                + "years. \"Nobody knows why.\"")
        #expect(described.quotes.last?.continues == described.quotes.first?.start)
        let answered = record(
            "\"The nets came up empty,\" Oskar Brandt said. \"Then try the north bank,\" his brother replied.")
        #expect(answered.quotes.allSatisfy { $0.continues == nil })
    }

    @Test func twoQuotationsInTwoSentencesAreNotLinked() {
        let found = record(
            "\"The road is closed.\" Tamsin Okoro said it calmly. \"We expect it to open again on Friday,\" she said.")
        #expect(found.quotes.allSatisfy { $0.continues == nil })
    }

    @Test func theLinkIsWrittenInTheRecordJSONAndReadBack() throws {
        let found = record("\"It was cold,\" Bram Ellery said, \"but nobody complained.\"")
        let line = found.jsonLine()
        let json = String(decoding: line, as: UTF8.self)
        #expect(json.contains("\"continues\":\(found.quotes.first?.start ?? -1)"))
        #expect(json.contains("\"continues\":null"))
        #expect(try DocumentRecord.decode(jsonLine: line).quotes == found.quotes)
    }

    @Test func aThatAfterWordsFollowingSaidOpensARelativeClause() {
        let found = reported(
            "Bram Ellery said small bakeries that bake overnight pay more for power than the big chains.")
        #expect(found.first?.content == "small bakeries that bake overnight pay more for power than the big chains")
        let timed = reported("Bram Ellery said on Monday that the bakery would close.")
        #expect(timed.first?.content == "that the bakery would close")
    }

    @Test func aCoordinatedClauseWithItsOwnReportEndsTheFirst() {
        let found = reported(
            "Of the riders asked, 60 percent reported that the buses were late, and most of them "
                + "(about 90 percent) reported that the drivers were polite.")
        #expect(found.first?.content == "that the buses were late")
        #expect(found.first?.speaker == "60 percent")
    }

    @Test func comingToKnowAFactReportsNothing() {
        let found = reported("Halfway up the hill, Tamsin Okoro realised that she had left the map in the car.")
        #expect(found.isEmpty)
    }

    @Test func knowingOrUnderstandingAFactReportsNothing() {
        #expect(reported("As a former ferry pilot, Oskar Brandt knew that the tide turned at noon.").isEmpty)
        #expect(reported("The Velmont Trust understands that winter repairs cost more.").isEmpty)
        #expect(reported("Oskar Brandt said that the tide turned at noon.").count == 1)
    }

    @Test func aPronounStandsForThePersonTheParagraphIsAbout() {
        let found = direct(
            "Tom Reyes wrote about the harbour.\n\nMara Lind (born 1970) is a painter. Over four decades, she has "
                + "shown work in many cities. Guided by curiosity, her work ranges widely. \"The sea is my teacher,\" "
                + "she has said, \"and my landlord.\"")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Mara Lind" })
    }

    @Test func aDashThatGoesOnWithTheSentenceSignsNothing() {
        let found = reported(
            "Nobody agrees on the \u{201C}right\u{201D} size, only the \u{201C}right one for you\u{201D} \u{2013} so "
                + "where Harbour Bikes is concerned, it comes down to fit.")
        #expect(found.isEmpty)
    }

    @Test func aRelativeClauseAfterAnInvertedTagIsNotPartOfTheSpeaker() {
        let found = reported("\"The rent went up twice,\" said a bakery owner who did not want her name used.")
        #expect(found.first?.mention == "a bakery owner")
    }

    @Test func aWebAddressToldStaysTheAudience() {
        let found = reported("Ann Vale told harbournews.example that the ferry would be late.")
        #expect(found.first?.content == "that the ferry would be late")
    }

    @Test func aNameAfterOfAndBeforeAColonIsTalkedAbout() {
        let found = reported(
            "Ann Vale, a neighbour of the family, said of Mr. Tom Reyes: \"He fixed every roof on this street.\"")
        #expect(found.first?.speaker == "Ann Vale")
        let words = reported("In the words of Ann Vale: \"Every roof on this street leaks a little.\"")
        #expect(words.first?.speaker == "Ann Vale")
    }
}
