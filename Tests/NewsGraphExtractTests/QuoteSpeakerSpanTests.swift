import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A speaker's span is a noun phrase: a clause swallowed before the subject is dropped, and an
/// organisation's name with `and` inside is whole (from the name finder); a pronoun stands for the
/// latest speaker, named or not.
@Suite struct QuoteSpeakerSpanTests: QuoteProbing {
    @Test func aResultClauseBeforeTheSubjectIsNoPartOfTheSpeaker() {
        let found = quotes(
            "The tent was so warm that one of our hikers claimed it was better than a cabin on the lake.")
        #expect(found.first?.mention == "one of our hikers")
    }

    @Test func anOrganisationNameCutAtAndRunsOnToItsEnd() {
        let found = quotes(
            "Last spring the Institute for Marine Safety and Training concluded that ferry crews sleep too little.")
        #expect(found.first?.speaker?.hasSuffix("and Training") == true)
        // A second name after `and` is another speaker's, not the end of the first.
        let two = quotes(
            "Last spring the Institute for Marine Safety and Greta Holm concluded that ferry crews sleep too little.")
        #expect(two.first?.speaker?.hasSuffix("Holm") != true || two.first?.speaker == "Greta Holm")
    }

    @Test func aPronounStandsForALaterSpeakerWhoseNameWasMissed() {
        let found = quotes(
            "\"The harbour will need new cranes within a year,\" says Tomas Reinholt, an engineer at the port. "
                + "The night ferry runs late again this week. "
                + "\"Cranes are the least of our worries,\" Greer Dallas warns. "
                + "For example, the ferry schedule may change again next winter, she says.")
        #expect(found.last?.speaker == "Greer Dallas")
    }

    @Test func oneWordOfAFullNameNamedBeforeIsThatPerson() {
        let found = quotes(
            "The survey was led by Anika Wen Tarrow of the Tidewater Institute and two colleagues. "
                + "\"We did not expect the ferries to be so full in winter,\" says Wen.")
        #expect(found.first?.speaker == "Anika Wen Tarrow")
    }

    @Test func anOrganisationTheQuotedWordsAreAboutOwnsNoWritingThatSaysThem() {
        let found = quotes(
            "Shipping grew fast last decade, and the rise of Brennick Freight Ltd. \u{201C}has changed how ports hire "
                + "crews,\u{201D} says the report.")
        #expect(found.first?.speaker == "the report")
        // An organisation named in the sentence before still owns a definite writing.
        let owned = quotes(
            "Brennick Freight Ltd. published a review of port hiring in May. "
                + "\u{201C}Ports now hire crews for a season at a time,\u{201D} says the review.")
        #expect(owned.first?.speaker == "Brennick Freight Ltd.")
    }

    @Test func itRightAfterAWritingSpokeIsThatWriting() {
        let found = quotes(
            "Crews now train for longer, and the pay of Brennick Freight Ltd. \u{201C}has risen twice since spring,\u{201D} "
                + "says the study. It adds: \u{201C}Ports that train crews keep them for years.\u{201D}")
        #expect(found.last?.content == "Ports that train crews keep them for years.")
        #expect(found.last?.speaker == "the study")
    }

    @Test func aWritingsSpanRunsBackToItsArticle() {
        let found = quotes("The county poll found that most residents want a second ferry.")
        #expect(found.first?.mention == "The county poll")
        let role = quotes("A harbour spokesman said the cranes would be replaced in spring.")
        #expect(role.first?.mention == "A harbour spokesman")
    }
}
