import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A "he" or "she" after the subject that opens its own sentence stands for that subject, not
/// for the last person who spoke.
@Suite struct QuoteSentenceSubjectPronounTests: QuoteProbing {
    private let opening = "\"Tides are rising,\" says Piet Vandal, a geologist at Norvale University. "

    @Test func theOpeningSubjectOfThePronounsSentenceSpeaks() {
        let found = quotes(
            opening + "Mira Stavrou is painting the marsh this spring, though she says the colours fade.")
        #expect(found.first { $0.content == "the colours fade" }?.speaker == "Mira Stavrou")
    }

    @Test func aNameThatModifiesANounIsNoSubject() {
        let found = quotes(opening + "Mira Stavrou's gallery opened in May, though he says the colours fade.")
        #expect(found.first { $0.content == "the colours fade" }?.speaker == "Piet Vandal")
    }
}
