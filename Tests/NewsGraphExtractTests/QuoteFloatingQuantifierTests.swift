import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A quantifier floated off a subject to stand before its verb (`both`, `all`, `each`) is no
/// speaker of its own: the subject before it speaks, or nobody when that subject cannot.
@Suite struct QuoteFloatingQuantifierTests: QuoteProbing {
    private let opening = "Tides are rising, says Piet Vandal. "

    @Test func theSubjectBeforeTheQuantifierSpeaks() {
        let people = quotes("Alice Moor and Ben Ruiz both said that the bridge was unsafe.")
        #expect(people.first?.mention == "Ben Ruiz")
        let surveys = quotes(opening + "The two surveys have both shown that the river is rising.")
        #expect(surveys.first { $0.content == "that the river is rising" }?.mention == "The two surveys")
    }

    @Test func practicesThatCannotSpeakReportNothing() {
        let found = quotes(opening + "Crop rotation and mulching both suggest that patience pays in a garden.")
        #expect(!found.contains { $0.content.hasSuffix("patience pays in a garden") })
    }
}
