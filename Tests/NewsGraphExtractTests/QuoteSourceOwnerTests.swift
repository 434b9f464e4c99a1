import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A source named by what it is stands for the organisation the text names with it, and
/// `according to X` after `but` cites X for its own clause only.
@Suite struct QuoteSourceOwnerTests: QuoteProbing {
    @Test func aDefiniteFirmIsTheOrganisationJustNamed() {
        let found = quotes(
            "Harrow Analytics Inc. surveyed 2,000 drivers in March. "
                + "The company found that most of them never check their tyre pressure.")
        #expect(found.first?.content == "that most of them never check their tyre pressure")
        #expect(found.first?.speaker == "Harrow Analytics Inc.")
        // Without an organisation near, the phrase stays as written.
        let alone = quotes("The company found that most drivers never check their tyres.")
        #expect(alone.first?.speaker != "Harrow Analytics Inc.")
    }

    @Test func aStudyByANamedBodyIsThatBodys() {
        let found = quotes(
            "According to a study by the Lindqvist Institute, ferries in the north carry more freight.")
        #expect(found.first?.content == "ferries in the north carry more freight")
        #expect(found.first?.speaker == "Lindqvist Institute")
        let unnamed = quotes("A study by Qorvex showed that most cyclists ride less in winter.")
        #expect(unnamed.first?.speaker == "Qorvex")
    }

    @Test func dataFromANamedBodyIsThatBodys() {
        let found = quotes("Most kilns cool overnight, according to data from Thessaly Ceramics.")
        #expect(found.first?.content == "Most kilns cool overnight")
        #expect(found.first?.speaker == "Thessaly Ceramics")
        // A month after `from` dates the writing; it made nothing.
        let dated = quotes("Research from October 2019 has shown that most kilns cool overnight.")
        #expect(dated.first?.speaker == "Research from October 2019")
    }

    @Test func aDefiniteStudyOrTeamIsTheMakerNamedBefore() {
        let found = quotes(
            "Last spring a team from the Corvan Marine Institute tagged forty seals off the coast. "
                + "The tags logged every dive. The researchers found that the seals rest far offshore.")
        #expect(found.first?.content == "that the seals rest far offshore")
        #expect(found.first?.speaker == "Corvan Marine Institute")
        // Too far back, the maker no longer stands behind the phrase.
        let far = quotes(
            "Last spring a team from the Corvan Marine Institute tagged forty seals. The tags logged dives. "
                + "Storms came early. Boats stayed in port. The researchers found that the seals rest offshore.")
        #expect(far.first?.speaker != "Corvan Marine Institute")
    }

    @Test func aDefiniteWritingIsTheOwnerOfAnEarlierOne() {
        let found = quotes(
            "Velmora Freight Ltd.'s shipping survey came out on Monday. Container rates fell in every port. "
                + "Smaller lines cut routes. The survey found that empty boxes now pile up inland.")
        #expect(found.first?.content == "that empty boxes now pile up inland")
        #expect(found.first?.speaker == "Velmora Freight Ltd.")
        // A name joined to the writing's word by `and` does not own it.
        let joined = quotes(
            "Dana Whitcombe and analysts reviewed forty ferry studies last year. Fares rose in most towns. "
                + "Boats grew older. These studies showed that short crossings lose money.")
        #expect(joined.first?.speaker != "Dana Whitcombe")
    }

    @Test func aWorkNamedWithItsAuthorSpeaksForTheAuthor() {
        let titled = quotes("Priya Castell's latest memoir, Lanterns Down, argues that night trains are worth saving.")
        #expect(titled.first?.content == "that night trains are worth saving")
        #expect(titled.first?.speaker == "Priya Castell")
        let titleFirst = quotes(
            "Lanterns Down, Priya Castell's latest memoir, argues that night trains are worth saving.")
        #expect(titleFirst.first?.speaker == "Priya Castell")
    }

    @Test func accordingToAfterButCitesOnlyItsOwnClause() {
        let found = quotes(
            "Turnout rose in the north, but according to Marta Oyelaran, fewer young people voted in the towns."
        )
        #expect(found.map(\.content) == ["fewer young people voted in the towns"])
        #expect(found.first?.speaker == "Marta Oyelaran")
        let dashed = quotes(
            "Rents kept rising all year — according to Marta Oyelaran, most tenants paid on time last winter.")
        #expect(dashed.map(\.content) == ["most tenants paid on time last winter"])
        // At a sentence's end the source still covers the clause before it.
        let closing = quotes("Most tenants paid on time last winter, according to Marta Oyelaran.")
        #expect(closing.map(\.content) == ["Most tenants paid on time last winter"])
    }

    @Test func accordingToAfterItsVerbIsInKeepingWith() {
        #expect(quotes("The hives are inspected according to the beekeeping calendar.").isEmpty)
        let cited = quotes("The filters fail within a year, according to Marta Oyelaran.")
        #expect(cited.map(\.content) == ["The filters fail within a year"])
    }

    @Test func aNameOrAThingGivenIsNoStatement() {
        #expect(quotes("Sailors dubbed the bird \"the sea kitten\" on their first voyage.").isEmpty)
        #expect(quotes("The chef serves a thin broth that she calls \"winter tea.\"").isEmpty)
        // A view given in a naming verb's words is still reported.
        let called = quotes("Ivan Brandt called the new stadium \"a waste of public money that nobody asked for.\"")
        #expect(called.first?.speaker == "Ivan Brandt")
        // A thing offered is given, not said; an offer to act is a stance.
        #expect(quotes("The bakery offers a loyalty card to reward regular customers.").isEmpty)
        let offered = quotes("Marta Oyelaran offered to chair the new committee on housing.")
        #expect(offered.first?.content == "to chair the new committee on housing")
    }

    @Test func placesInASpeakersPhraseDoNotSpeak() {
        let found = quotes("Local officials in Ohio and Texas say that the new bridges will open in May.")
        #expect(found.first?.speaker != "Texas")
        #expect(found.first?.mention?.hasSuffix("officials") == true)
    }

    @Test func anImperativeOrAnAdjectiveReportsNoOne() {
        #expect(quotes("Bring a coat, and be warned that the hall is cold in winter.").isEmpty)
        #expect(quotes("The first reported case of the fever came from a farm in the valley.").isEmpty)
        let warned = quotes("Marta Oyelaran warned that the hall is cold in winter.")
        #expect(warned.first?.speaker == "Marta Oyelaran")
    }
}
