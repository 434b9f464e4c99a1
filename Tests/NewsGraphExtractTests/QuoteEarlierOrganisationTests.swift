import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// `the company` stands for the one organisation the last few sentences named.
@Suite struct QuoteEarlierOrganisationTests: QuoteProbing {
    @Test func aDefiniteOrganisationIsTheOneNamedAFewSentencesBack() {
        let found = quotes(
            "Kestrel Mills Corporation opened a second spinning shed in Dunmore last spring. "
                + "The shed runs three shifts. Most of the wool comes from nearby hill farms. "
                + "The company said that exports of yarn doubled over the year.")
        #expect(found.first?.content == "that exports of yarn doubled over the year")
        #expect(found.first?.speaker == "Kestrel Mills Corporation")
    }

    @Test func aSurveyByTheCompanyIsTheCompanys() {
        let found = quotes(
            "Kestrel Mills Corporation sells yarn to knitters. Shops can stock it on credit. "
                + "According to a 2021 survey by the company, 80% of shops sold out within a month.")
        #expect(found.first?.speaker == "Kestrel Mills Corporation")
    }

    @Test func twoOrganisationsNamedLeaveThePhraseAsWritten() {
        let found = quotes(
            "Kestrel Mills Corporation opened a shed last spring. Harlow Textiles Group opened one in May. "
                + "Most of the wool comes from nearby hill farms. "
                + "The company said that exports of yarn doubled over the year.")
        #expect(found.first?.speaker == "The company")
    }

    @Test func theFirmIsTheMakerNamedInAnEarlierWriting() {
        let found = quotes(
            "In spring a Tarvey Brune survey of 300 marinas counted more boats than ever. "
                + "The consultancy firm estimates that one owner in eight lives aboard.")
        #expect(found.last?.content == "that one owner in eight lives aboard")
        #expect(found.last?.speaker == "Tarvey Brune")
        // With no such writing before, the phrase stays as written.
        let alone = quotes("Marinas are full. The consultancy firm estimates that one owner in eight lives aboard.")
        #expect(alone.last?.speaker == "The consultancy firm")
    }
}
