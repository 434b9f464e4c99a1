import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A verb of planning, seeking, offering, agreeing or refusing takes its infinitive at once: a
/// thing between them is what is planned or sought, and the infinitive its purpose.
@Suite struct QuoteIntentionObjectTests: QuoteProbing {
    @Test func aThingBeforeTheInfinitiveIsPlannedNotReported() {
        #expect(quotes("Dr. Mira Stavrou is planning a field survey to map the salt marshes near the harbour.").isEmpty)
        #expect(quotes("Ilse Varga sought a court order to halt the new dam upstream of the village.").isEmpty)
    }

    @Test func theInfinitiveRightAfterTheVerbAndAnAddresseeStillReport() {
        let plan = quotes("Dr. Mira Stavrou plans to map the salt marshes near the harbour.")
        #expect(plan.map(\.content) == ["to map the salt marshes near the harbour"])
        let urge = quotes("Dr. Mira Stavrou urged the council to map the salt marshes near the harbour.")
        #expect(urge.map(\.content) == ["the council to map the salt marshes near the harbour"])
    }
}
