import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A source named by what it is stands for the organisation the text names with it, and
/// `according to X` after `but` cites X for its own clause only.
@Suite struct QuoteSourceOwnerTests: QuoteProbing {
    @Test func aDefiniteFirmIsTheOrganisationJustNamed() {
        let found = quotes(
            "Harrow Analytics Inc. surveyed 2,000 drivers in March. "
                + "The research firm found that most of them never check their tyre pressure.")
        #expect(found.first?.content == "that most of them never check their tyre pressure")
        #expect(found.first?.speaker == "Harrow Analytics Inc.")
        // Without an organisation near, the phrase stays as written.
        let alone = quotes("The research firm found that most drivers never check their tyres.")
        #expect(alone.first?.speaker != "Harrow Analytics Inc.")
    }

    @Test func aStudyByANamedBodyIsThatBodys() {
        let found = quotes(
            "According to a study by the Lindqvist Institute, bakeries in small towns sell more rye bread.")
        #expect(found.first?.content == "bakeries in small towns sell more rye bread")
        #expect(found.first?.speaker == "Lindqvist Institute")
        let unnamed = quotes("A study by Qorvex showed that most diners tip more on a card reader.")
        #expect(unnamed.first?.speaker == "Qorvex")
    }

    @Test func accordingToAfterButCitesOnlyItsOwnClause() {
        let found = quotes(
            "The two kettles boil water equally fast, but according to Marta Oyelaran, the steel one rusts within a year."
        )
        #expect(found.map(\.content) == ["the steel one rusts within a year"])
        #expect(found.first?.speaker == "Marta Oyelaran")
        let dashed = quotes(
            "The scheme works well — according to Marta Oyelaran, most tenants paid on time last winter.")
        #expect(dashed.map(\.content) == ["most tenants paid on time last winter"])
        // At a sentence's end the source still covers the clause before it.
        let closing = quotes("Most tenants paid on time last winter, according to Marta Oyelaran.")
        #expect(closing.map(\.content) == ["Most tenants paid on time last winter"])
    }

    @Test func accordingToAfterItsVerbIsInKeepingWith() {
        #expect(quotes("The filters in these pumps must be replaced according to the service schedule.").isEmpty)
        let cited = quotes("The filters fail within a year, according to Marta Oyelaran.")
        #expect(cited.map(\.content) == ["The filters fail within a year"])
    }

    @Test func aNameOrAThingGivenIsNoStatement() {
        #expect(quotes("The crew dubbed them \"sea kittens,\" and the name stuck for years.").isEmpty)
        #expect(quotes("Ivan Brandt builds small robots from cubes that he calls \"clay for machines.\"").isEmpty)
        // A view given in a naming verb's words is still reported.
        let called = quotes("Ivan Brandt called the new stadium \"a waste of public money that nobody asked for.\"")
        #expect(called.first?.speaker == "Ivan Brandt")
        // A thing offered is given, not said; an offer to act is a stance.
        #expect(quotes("Lindqvist Software also offers a booking tool to track group tours.").isEmpty)
        let offered = quotes("Marta Oyelaran offered to chair the new committee on housing.")
        #expect(offered.first?.content == "to chair the new committee on housing")
    }

    @Test func placesInASpeakersPhraseDoNotSpeak() {
        let found = quotes("Local officials in Ohio and Texas say that the new bridges will open in May.")
        #expect(found.first?.speaker != "Texas")
        #expect(found.first?.mention?.hasSuffix("officials") == true)
    }

    @Test func anImperativeOrAnAdjectiveReportsNoOne() {
        #expect(quotes("The app rounds every figure, so be warned that the totals are only estimates.").isEmpty)
        #expect(quotes("The only confirmed sighting of the owl took place near the lake in 1990.").isEmpty)
        let warned = quotes("Marta Oyelaran warned that the totals are only estimates.")
        #expect(warned.first?.speaker == "Marta Oyelaran")
    }
}
