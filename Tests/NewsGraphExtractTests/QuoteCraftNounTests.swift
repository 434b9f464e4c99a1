import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// `the artist`, `the author`: a noun for a person's craft after `the` refers back to the person
/// a sentence just before opened with; `the spokesman` brings in someone new.
@Suite struct QuoteCraftNounTests: QuoteProbing {
    @Test func aCraftNounStandsForThePersonJustIntroduced() {
        let text =
            "Vera Holt paints harbours at night. Her canvases hang in three museums. "
            + "\u{201C}Darkness is where the colour hides,\u{201D} the artist says."
        #expect(direct(text).first?.speaker == "Vera Holt")
    }

    @Test func thePersonWhoOpensTheSentenceIsTheOneMeant() {
        let text =
            "Lena Marsh wrote a memoir about Governor Ada Quill. "
            + "\u{201C}The governor never slept,\u{201D} the author wrote."
        #expect(direct(text).first?.speaker == "Lena Marsh")
    }

    @Test func anOfficeNounBringsInSomeoneNew() {
        let text = "Tom Reyes thanked the crew. \u{201C}We were lucky,\u{201D} the spokesman said."
        #expect(direct(text).first?.speaker != "Tom Reyes")
    }
}
