import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A definite writing with no maker named points back at the phrase that brought it in.
@Suite struct QuoteEarlierWritingTests: QuoteProbing {
    @Test func aDefiniteWritingIsTheDatedPhraseBefore() {
        let found = quotes(
            "A 2016 review of 12 trials looked at beekeepers in cold valleys. "
                + "The review found that hives wrapped in straw lose fewer bees.")
        #expect(found.first?.content == "that hives wrapped in straw lose fewer bees")
        #expect(found.first?.speaker == "2016 review of 12 trials")
        // Its writers stand for it too, whatever the writing is called.
        let writers = quotes(
            "A 2013 survey asked orchard owners about frost. "
                + "The authors concluded that late pruning saves most buds.")
        #expect(writers.first?.speaker == "2013 survey")
    }

    @Test func aWritingsPeopleOpeningTheTextPointBackAtNothing() {
        // The fuzzer's find: with no word before the speaker, there is no earlier phrase to read.
        let found = quotes("The authors concluded that late pruning saves most buds.")
        #expect(found.first?.speaker == "The authors")
    }

    @Test func anUndistinguishedOrOtherWritingIsLeftAsWritten() {
        // `a review` alone tells the reader nothing the definite phrase does not.
        let plain = quotes(
            "A review looked at beekeepers in cold valleys. The review found that wrapped hives lose fewer bees.")
        #expect(plain.first?.speaker == "The review")
        // A writing of another kind is not the one `the review` means.
        let other = quotes(
            "A 2016 survey looked at beekeepers in cold valleys. The review found that wrapped hives lose fewer bees.")
        #expect(other.first?.speaker == "The review")
    }

    @Test func aDefiniteWritingOfAnotherKindIsTheDatedPhraseBefore() {
        // With no earlier writing of its own kind, `the study` is the trial just brought in.
        let found = quotes(
            "A 2011 field trial compared three kinds of hive. "
                + "The study showed that straw-wrapped hives kept their queens longer.")
        #expect(found.first?.speaker == "2011 field trial")
        // A writing already named its own way (`the research by …`) is the one meant.
        let own = quotes(
            "A 2011 field trial compared three kinds of hive. The research by Ola Brandt and others went further. "
                + "The research showed that straw-wrapped hives kept their queens longer.")
        #expect(own.first?.speaker != "2011 field trial")
    }

    @Test func aShareSpeaksThroughTheSurveyBroughtInBefore() {
        let dated = quotes(
            "In a 2014 county survey, 600 growers were asked about water. "
                + "Among those who farm grain, 41 percent said that the canals run dry by July.")
        #expect(dated.first?.content == "that the canals run dry by July")
        #expect(dated.first?.speaker == "2014 county survey")
        let titled = quotes(
            "The Harbour Trades Survey asked dock workers about their shifts. 62% said that night work pays better.")
        #expect(titled.first?.speaker == "Harbour Trades Survey")
        // A share with no survey near keeps its own words.
        let alone = quotes("Dock work is hard. 62% said that night work pays better.")
        #expect(alone.first?.speaker == "62%")
    }
}
