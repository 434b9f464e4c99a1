import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A negated auxiliary is as finite as its positive form, with either apostrophe: after a verb of
/// saying it shows the words there are the reported clause, not the end of a tag.
@Suite struct QuoteNegatedAuxiliaryTests: QuoteProbing {
    @Test func aNegatedAuxiliaryAfterTheCueOpensTheReportedClause() {
        let curly = quotes("When the kiln cooled overnight, Ilse Varga said the cracks weren’t deep.")
        #expect(curly.map(\.content) == ["the cracks weren’t deep"])
        let straight = quotes("Once the vote was counted, Ilse Varga said the roads weren't safe.")
        #expect(straight.map(\.content) == ["the roads weren't safe"])
    }

    @Test func anOpeningClauseIsNotReportedByTheLaterVerb() {
        let found = quotes("After the storm passed, Tomas Reyl said the piers hadn’t moved.")
        #expect(!found.contains { $0.content.hasPrefix("After the storm") })
    }
}
