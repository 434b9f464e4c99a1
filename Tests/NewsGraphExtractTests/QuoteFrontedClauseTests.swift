import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Plain words before a tag set inside its sentence, when a quotation follows the tag.
@Suite struct QuoteFrontedClauseTests: QuoteProbing {
    @Test func aClauseBeforeAnInnerTagIsTheSpeakersToo() {
        let found = reported(
            "Unless the kiln has been relined by March, Ines Darrow said, \"the spring firing will crack half the jars.\""
        )
        #expect(found.map(\.kind) == [.indirect, .direct])
        #expect(found.first?.content == "Unless the kiln has been relined by March")
        #expect(found.allSatisfy { $0.speaker == "Ines Darrow" })
    }

    @Test func aSettingOrAQuestionBeforeTheTagIsNotReported() {
        let setting = reported(
            "At the glaze fair where the stalls were packed, Ines Darrow said, \"cobalt is scarce this year.\"")
        #expect(setting.map(\.kind) == [.direct])
        let speaking = reported(
            "While she was talking to the potters on Friday, Ines Darrow said, \"cobalt is scarce this year.\"")
        #expect(speaking.map(\.kind) == [.direct])
        let short = reported("Lately, Ines Darrow said, \"cobalt has been scarce.\"")
        #expect(short.map(\.kind) == [.direct])
    }
}
