import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Lone capitalised words that open a line or a sentence and borrow a person's label from the
/// wrong place (issue 16): a title at the end of the line before, or a run of ordinary words
/// that the resolver drops. Invented text in the style of guides and shop pages.
extension EntityKindTests {
    @Test func aTitleNamesNoOneOnTheNextLine() {
        let page = "Trail Lounger Camp Chair\n\nIf you hike light, a chair may seem a luxury.\n"
        #expect(label(of: "If", in: page) == nil)
        let list = "Best for landlords: Certified Rental Manager\n\nBest for tenants: Lease Basics\n"
        #expect(labels(of: "Best", in: list).isEmpty)
        // In its own sentence a title still makes the name after it a person.
        #expect(label(of: "Vellner", in: "The report was signed by Chair Vellner on Monday.") == .person)
    }

    @Test func aDroppedRunOfOrdinaryWordsLendsNoneOfThemToAPerson() {
        let text =
            "Garden design is a craft. Awards such as the Garden Design Professional (GDP) badge help. "
            + "Garden design takes years."
        #expect(labels(of: "Garden", in: text).isEmpty)
    }

    @Test func initialsInBracketsSpellANameOutAndNameNoCountry() {
        let text = "Trail Route Planning (TRP) uses old maps.\n\nPlanning is the practice of choosing a way."
        #expect(labels(of: "Planning", in: text).isEmpty)
        // A country's code in brackets after a person's name still makes one.
        #expect(label(of: "Ilse Varden", in: "The race went to Ilse Varden (NOR) by a second.") == .person)
    }

    @Test func aWordOnTheLineBeforeSaysNothingOfANameOpeningALine() {
        let list = "Cons:\n\nNo printed books\nSimple reader features\n"
        #expect(label(of: "Simple", in: list) == nil)
        // An ordinary word opening a line describes the kind of product after it.
        #expect(label(of: "Basic", in: "Pros:\n\nBasic app settings\nFast support\n") == nil)
    }

    @Test func anOrdinaryWordBeforeBasedIsNoPlace() {
        #expect(label(of: "Content", in: "We compared Content-based sorting with random order.") == nil)
        #expect(label(of: "Ardley", in: "She joined an Ardley-based studio in May.") == .gpe)
        // An acronym the gazetteer does not know names a technique there too.
        #expect(label(of: "QRM", in: "We tested three QRM-based planners for a Velmora-based studio.") == nil)
        #expect(label(of: "Velmora", in: "We tested three QRM-based planners for a Velmora-based studio.") == .gpe)
    }
}
