import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Words capitalised only because they open a clause, a menu line or a comment in code are no
/// names. Invented text in the style of modern web pages.
extension EntityKindTests {
    @Test func aSurnameThatIsAlsoAWordOpeningAClauseBeforeAProductNounIsNoProduct() {
        let text = "Little updates pile up quickly, and a little care helps."
        #expect(label(of: "Little", in: text) == nil)
        // A name the text never writes in lower case stays the product.
        #expect(label(of: "Tarvex", in: "Tarvex updates arrive every month.") == .product)
    }

    @Test func oneWordBeforeAYearEndingItsLineIsNoTeam() {
        #expect(label(of: "Gardening", in: "Gardening 2031\nRecipes\nTravel\n\nThe show opens soon.") == nil)
        // A side's score in a results line still makes a team.
        #expect(label(of: "Torvane", in: "Brackwell 3 Torvane 1\n\nBrackwell won again.") == .org)
    }

    @Test func aCommentInCodeOpensASentence() {
        let text = "Set the options below.\n\n# Enforce QRX checks for signed zones\nstrict: yes"
        #expect(TestSupport.extract(text).entities.allSatisfy { !$0.text.contains("Enforce") })
        // A hashtag inside a sentence is no comment.
        #expect(label(of: "Arden", in: "We love #Quillo and Arden.") == .person)
    }

    @Test func aLabelOfAGivenNameAndAWordWrittenInLowerCaseIsNoPerson() {
        let text = "Specs\n\nJack Height: 40 cm\nBase: Steel\n\nSet the height before lifting."
        #expect(label(of: "Jack Height", in: text) == nil)
        // A person's name as a line's label stays a person.
        let guests = "Guests\n\nTessa Marlow: 12 seats\n\nMarlow booked the hall."
        #expect(label(of: "Tessa Marlow", in: guests) == .person)
    }
}
