import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A sentence that opens after quoted words with its own verb of saying, claims named by a noun
/// whose owner stands before a modifier, and hopes, which report a wish rather than a claim.
@Suite struct QuoteSentenceOpeningTests: QuoteProbing {
    @Test func aVerbWithItsOwnClauseAfterQuotedWordsOpensTheNextSentence() {
        let found = reported(
            "The captain called the storm \u{201C}a real test for the crew.\u{201D} "
                + "The harbour board said it would close the port until Friday.")
        #expect(found.contains { $0.content == "it would close the port until Friday" })
        #expect(!found.contains { $0.kind == .direct && $0.mention == "The harbour board" })
    }

    @Test func aClaimNounTakesItsOwnerPastAModifier() {
        let repeated = reported("The board rejected Ines Marlow's repeated claim that the ferry loses money.")
        #expect(repeated.contains { $0.content == "that the ferry loses money" && $0.speaker == "Ines Marlow" })
    }

    @Test func aHopeIsNoStatement() {
        #expect(reported("The ferry guild hopes the old bridge will reopen before the summer season.").isEmpty)
        #expect(reported("Ines Marlow hoped that the crossing would stay cheap for islanders.").isEmpty)
        // Said aloud, the same wish is reported speech.
        let said = reported("Ines Marlow said the crossing would stay cheap for islanders.")
        #expect(said.contains { $0.content == "the crossing would stay cheap for islanders" })
    }
}
