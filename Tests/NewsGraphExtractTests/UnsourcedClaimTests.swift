import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A claim credited to a bare noun of evidence (`Studies show`) is the writer's; one whose
/// evidence has an owner or an article stays a report.
@Suite struct UnsourcedClaimTests: QuoteProbing {
    @Test func aBareNounOfEvidenceCitesNoOne() {
        #expect(quotes("Studies show that cats sleep more in winter than in summer.").isEmpty)
        #expect(quotes("Research suggests that short naps improve a pilot's focus.").isEmpty)
        #expect(quotes("Glue fails in the cold, according to customer reviews.").isEmpty)
    }

    @Test func evidenceWithAnOwnerOrAnArticleIsStillReported() {
        let owned = quotes("A study by the Lindqvist Institute showed that ferries carry more freight.")
        #expect(owned.first?.speaker == "Lindqvist Institute")
        let named = quotes("Harrow Analytics surveyed 900 riders. The survey found that most ride less in winter.")
        #expect(!named.isEmpty)
        let person = quotes("Marta Oyelaran said that studies show cats sleep more in winter.")
        #expect(person.first?.speaker == "Marta Oyelaran")
    }
}
