import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// One quote per reported clause, its closing figure kept whole, and the source named near the
/// tag preferred to a vaguer one: the person after a group's title, the group a "they" stands for,
/// the subject of an opening clause a "he" or "she" after it stands for, and a person a pronoun was
/// found to stand for speaking on as the last speaker.
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

    @Test func aPronounFoundByItsSubjectMakesThatPersonTheLastSpeaker() {
        let found = reported(
            "Ms. Ada Reyes said the roads were closed. Dr. Lena Marsh directs the clinic in Oakvale. "
                + "\u{201C}We see more patients every winter,\u{201D} she said. Since 2019, Marsh has trained "
                + "forty nurses in rural care. The program drew praise from the county. Its budget doubled "
                + "last year. \u{201C}We will need a second building soon,\u{201D} she said.")
        #expect(found.map(\.speaker) == ["Ada Reyes", "Lena Marsh", "Lena Marsh"])
    }

    @Test func aNameAfterARoleWithAWordBeforeItOpensItsSentence() {
        let found = reported(
            "Mr. Dale Quint said the docks were busy all week. Harbor analyst Omar Fell, a veteran of the port, "
                + "reviewed the figures. \u{201C}Shipping will recover by spring,\u{201D} he said.")
        #expect(found.last?.speaker == "Omar Fell")
    }

    @Test func aSourcePhraseRunningOnToItsAuthorIsTheAuthors() {
        let found = reported(
            "According to a 2021 study by Saltmarsh and Dune Trust, most dunes on the coast lost sand last winter. "
                + "According to a 2021 survey by Brenna Quill Partners, most tenants on the coast paid more.")
        #expect(found.map(\.speaker) == ["Saltmarsh and Dune Trust", "Brenna Quill Partners"])
    }
}
