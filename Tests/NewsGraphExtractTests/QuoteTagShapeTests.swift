import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// The words around a verb of saying that are no reported clause: its own indefinite object, a
/// determiner `that` after a preposition, an inverted tag's writing and its maker, a participle
/// on a cited person.
@Suite struct QuoteTagShapeTests: QuoteProbing {
    @Test func anIndefiniteObjectAfterATagLeavesTheOpeningPhraseUnreported() {
        let found = quotes(
            "After the ferry was cancelled again, Mara Lindqvist said nothing. Later, Oskar Brandt said nothing "
                + "about the timetable.")
        #expect(found.isEmpty)
        // A clause that an indefinite pronoun opens is still reported.
        let clause = quotes("Oskar Brandt said nothing would change before the spring.")
        #expect(clause.first?.content == "nothing would change before the spring")
    }

    @Test func thatAfterAPrepositionIsADeterminerNotAComplementizer() {
        let found = quotes("Ingrid Solberg said during that meeting the council had agreed to fund a new library.")
        #expect(found.first?.content.hasPrefix("during that meeting") == true)
    }

    @Test func anInvertedTagsWritingRunsOnToItsMaker() {
        let found = quotes(
            "The orchard harvest fell by a third this year, said a report by the Valley Growers Council.")
        #expect(found.count == 1)
        #expect(found.first?.content == "The orchard harvest fell by a third this year")
        #expect(found.first?.speaker?.hasSuffix("Valley Growers Council") == true)
    }

    @Test func aParticipleAfterACitedPersonDescribesThePerson() {
        let inside = quotes("Flood walls will not hold, according to Pelle Amundsen, writing for the Fjord Herald.")
        #expect(inside.map(\.content) == ["Flood walls will not hold"])
        let opening = quotes(
            "According to Pelle Amundsen, writing for the Fjord Herald: the town must prepare now for the flood.")
        #expect(opening.first?.content == "the town must prepare now for the flood")
        // A gerund with its own finite verb opens the cited clause.
        let gerund = quotes("According to Pelle Amundsen, building higher walls is the only answer.")
        #expect(gerund.first?.content == "building higher walls is the only answer")
    }
}
