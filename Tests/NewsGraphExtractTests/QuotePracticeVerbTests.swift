import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A stance verb in the simple present of one subject with a plain noun phrase tells a habit or a
/// taste the writer describes; the past and the perfect still report.
@Suite struct QuotePracticeVerbTests: QuoteProbing {
    @Test func presentHabitIsNotSpeech() {
        #expect(quotes("In her ceramics, Marta Ilves embraces cracked glazes and uneven rims.").isEmpty)
        #expect(quotes("Through long walks with farmers, Oskar Brann addresses soil loss in his films.").isEmpty)
        #expect(quotes("For breakfast, Dana Petrosk prefers rye toast with a little butter.").isEmpty)
    }

    @Test func pastAndPerfectStanceStillReport() {
        let past = quotes("Senator Lia Mornet questioned the cost of the harbour tunnel.")
        #expect(past.contains { $0.content == "the cost of the harbour tunnel" })
        let perfect = quotes("Marta Ilves has embraced the new zoning plan for the old docks.")
        #expect(perfect.contains { $0.content == "the new zoning plan for the old docks" })
    }
}
