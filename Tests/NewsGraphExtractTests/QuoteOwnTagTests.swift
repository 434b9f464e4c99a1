import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Quotations that open a sentence after a stop kept on an abbreviation, quotations that their
/// own tag introduces inside a longer report, and the second part of a quotation after a long tag.
@Suite struct QuoteOwnTagTests: QuoteProbing {
    @Test func aStopKeptOnInitialsOrAnAbbreviationEndsTheSentence() {
        let short = reported("\"Has anyone on the board read the lease?\" Ines Darrow asked. \"Not even I.\"")
        #expect(short.map(\.content) == ["Has anyone on the board read the lease?", "Not even I."])
        #expect(short.allSatisfy { $0.speaker == "Ines Darrow" })
        let after = reported(
            "\"The ferry timetable is a mess,\" Ines Darrow told reporters at a depot in Alder Falls, N.D. "
                + "\"Nobody has checked it since the spring.\"")
        #expect(after.last?.content == "Nobody has checked it since the spring.")
        #expect(after.last?.speaker == "Ines Darrow")
    }

    @Test func aQuotationAfterItsOwnParticipleIsDirectNotPartOfTheFirstReport() {
        let found = reported(
            "\"We cannot keep the kiln lit all winter,\" Ines Darrow said, adding later, "
                + "\"The clay bill doubled in March, and we still sell every bowl.\"")
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.last?.content == "The clay bill doubled in March, and we still sell every bowl.")
        #expect(found.last?.speaker == "Ines Darrow")
        let topic = reported(
            "\"We started the talks,\" Ines Darrow said, adding of Pavel Strand, \"He has kept the workshop alive.\"")
        #expect(topic.map(\.kind) == [.direct, .direct])
        #expect(topic.last?.speaker == "Ines Darrow")
    }

    @Test func aReportStopsBeforeATagThatIntroducesItsOwnQuotation() {
        let found = reported(
            "Ines Darrow praised the guild by saying, \"The kiln stays lit through the winter. "
                + "Nobody will lose a shift.\"")
        let direct = found.filter { $0.kind == .direct }
        #expect(direct.map(\.content) == ["The kiln stays lit through the winter. Nobody will lose a shift."])
        #expect(direct.first?.speaker == "Ines Darrow")
        #expect(found.first?.content == "the guild")
        #expect(!found.contains { $0.kind == .mixed })
        let told = reported(
            "Pavel Strand was talking about glaze prices when he told Ada Quill of the Kiln Weekly, "
                + "\"Cobalt costs twice what it did. We pass none of it on.\"")
        #expect(told.contains { $0.kind == .direct && $0.content.hasPrefix("Cobalt costs twice") })
        #expect(!told.contains { $0.kind == .mixed })
    }

    @Test func theSecondPartGoesOnAfterALongDescriptionOfTheSpeaker() {
        let found = reported(
            "\"The orchards here were planted by monks,\" said Ravi Pentland, director of crop studies at the "
                + "Northfield Agricultural Institute in Carlow, \"and the pear trees still bear fruit.\"")
        #expect(found.map(\.content).last == "and the pear trees still bear fruit.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Ravi Pentland" })
    }

    @Test func quotedWordsNeverNameTheSpeakerOfTheNextPart() {
        let found = reported(
            "\"Most people around here feel lost after the frost,\" Pentland wrote on a postcard to Vellum "
                + "explaining what keeps him on the farm, \"but the pears will be picked by Friday.\"")
        #expect(found.last?.content == "but the pears will be picked by Friday.")
        #expect(found.last?.speaker == "Pentland")
    }
}

/// Quoted words in lower case right after a verb of saying open a longer reported clause.
@Suite struct QuoteQuotedOpeningTests: QuoteProbing {
    @Test func quotedWordsThatOpenALongerClauseMakeItMixed() {
        let found = reported("Ines Darrow says \"the kiln runs too hot\" whenever the guild fires porcelain.")
        #expect(found.map(\.kind) == [.mixed])
        #expect(found.first?.content == "\"the kiln runs too hot\" whenever the guild fires porcelain")
        #expect(found.first?.speaker == "Ines Darrow")
    }

    @Test func quotedWordsThatEndTheSentenceStayDirect() {
        let whole = reported("Ines Darrow says \"the kiln runs too hot.\" Pavel Strand left.")
        #expect(whole.first?.kind == .direct)
    }
}
