import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// One quote per reported clause, its closing figure kept whole, and the source named near the
/// tag preferred to a vaguer one: the person after a group's title, the group a "they" stands for,
/// the subject of an opening clause a "he" or "she" after it stands for.
@Suite struct QuoteSourceNearbyTests: QuoteProbing {
    @Test func aClauseReportedByANounAndItsVerbIsOneQuote() {
        let found = quotes("A Siemens report found that most factories waste heat in the winter months.")
        #expect(found.map(\.content) == ["that most factories waste heat in the winter months"])
        #expect(found.first?.speaker == "Siemens")
    }

    @Test func aPercentSignEndingTheClauseStaysWithItsNumber() {
        let found = reported("Ann Reyes said that fares on the night ferry rose by 12%.")
        #expect(found.map(\.content) == ["that fares on the night ferry rose by 12%"])
    }

    @Test func thePersonAfterAGroupsTitleAndCommaSpeaks() {
        let found = reported("The ferry will run all winter, says Bayline's operations director, Tom Vance.")
        #expect(found.map(\.speaker) == ["Tom Vance"])
    }

    @Test func anUnresolvedTheyIsThePluralRoleOfTheSentenceBefore() {
        let found = reported(
            "Scientists at a marine lab tracked 300 seals for a decade. "
                + "They found that the seals dive deeper in warm years.")
        #expect(found.map(\.speaker) == ["Scientists"])
    }

    @Test func aPronounAfterAnOpeningClauseIsThatClausesSubject() {
        let found = reported(
            "Mayor Ilse Brandt opened the bridge on Monday. "
                + "When Judge Rowan Pike ruled that Dana Voss had broken the lease, "
                + "he acknowledged that the statute had never met such a case.")
        #expect(found.last?.content == "that the statute had never met such a case")
        #expect(found.last?.speaker == "Rowan Pike")
    }

    @Test func aSourcePhraseRunningOnToItsAuthorIsTheAuthors() {
        let found = reported(
            "According to a 2021 study by Saltmarsh and Dune Trust, most dunes on the coast lost sand last winter. "
                + "According to a 2021 survey by Brenna Quill Partners, most tenants on the coast paid more.")
        #expect(found.map(\.speaker) == ["Saltmarsh and Dune Trust", "Brenna Quill Partners"])
    }
}
