import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Where or when someone was told, between the audience of a verb of telling and the clause.
@Suite struct QuoteTellingSettingTests: QuoteProbing {
    @Test func aSettingAfterTheAudienceIsNoPartOfTheClause() {
        let pronoun = reported("Ines Darrow told the students on Friday she would keep the kiln lit all winter.")
        #expect(pronoun.map(\.content) == ["she would keep the kiln lit all winter"])
        #expect(pronoun.first?.speaker == "Ines Darrow")
        let that = reported("Ines Darrow told her donors in Alder Falls, Vermont, that the clay bill had doubled.")
        #expect(that.map(\.content) == ["that the clay bill had doubled"])
    }
}
