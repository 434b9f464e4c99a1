import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A share of people asked speaks for its figures, but the source named for the survey is who
/// the figures come from, even a name the entity stage missed; a writing named by where it
/// appeared stands for that journal.
@Suite struct QuoteSurveyorTests: QuoteProbing {
    @Test func aShareAfterASurveyOwnedByANamedBodySpeaksForIt() {
        let found = reported(
            "Orvell Research Group\u{2019}s survey covered two thousand riders, and 48% said the late ferry should stay."
        )
        #expect(found.contains { $0.mention == "48%" && $0.speaker == "Orvell Research Group" })
    }

    @Test func aShareAfterAPollByANamedBodySpeaksForIt() {
        let found = reported(
            "A poll by Orvell Research Group covered two thousand riders. Most said the late ferry should stay.")
        #expect(found.contains { $0.mention == "Most" && $0.speaker == "Orvell Research Group" })
    }

    @Test func aShareAfterAnUnrecognisedSourceSpeaksForItsName() {
        let found = reported(
            "According to Quillow, 48% of riders said the main reason to ride is fresh air; "
                + "30% reported that they ride to save money.")
        #expect(found.contains { $0.mention == "30%" && $0.speaker == "Quillow" })
    }

    @Test func aShareOfAGroupSpeaksAsTheShare() {
        let found = reported(
            "A poll by Orvell Research Group covered two thousand riders. Yet 64% of voters say that the buses run late."
        )
        #expect(found.contains { $0.mention == "64% of voters" && $0.speaker == "Orvell Research Group" })
        let plain = reported("Fares rose in May, and half of the voters say that the buses run late.")
        #expect(plain.first?.mention == "half of the voters")
    }

    @Test func aStudyInAJournalStandsForTheJournal() {
        let found = reported(
            "Ferry crews sleep less than other sailors, according to a recent paper published in the Coastal Medicine "
                + "Journal.")
        #expect(found.first?.mention?.hasPrefix("a recent paper") == true)
        #expect(found.first?.speaker == "Coastal Medicine Journal")
    }

    @Test func aShareWithNoNamedSurveyorStaysTheSpeaker() {
        let found = reported("Ferry fares rose again in May, and 60% said the late ferry should stay.")
        #expect(found.first?.speaker == "60%")
    }

    @Test func aJournalTheEntityStageMissedIsNamedAsWritten() {
        let found = reported(
            "Last winter a survey in the Kelvane medical journal estimated that ferry crews sleep less.")
        #expect(found.first?.speaker == "Kelvane")
        // A place after `in` is where the study was done, not who carried it.
        let place = reported("Last winter a survey in Kelvane estimated that ferry crews sleep less.")
        #expect(place.first?.speaker != "Kelvane")
    }
}
