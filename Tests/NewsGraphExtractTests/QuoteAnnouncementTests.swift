import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Announcing or unveiling a thing is an act, not reported speech: only a clause after the
/// verb, or a noun that carries a proposition of its own (`plans to …`), is what was said.
@Suite struct QuoteAnnouncementTests: QuoteProbing {
    @Test func announcingAThingIsNotSpeech() {
        #expect(quotes("The ferry company announced a new route to the northern islands.").isEmpty)
        #expect(quotes("Last week the museum unveiled its winter program of lectures.").isEmpty)
        #expect(quotes("Every new exhibit adds something odd to the museum's story.").isEmpty)
        #expect(quotes("In April, the bakery chain announced a $30 million expansion in the south.").isEmpty)
        #expect(quotes("In April, the bakery chain announced Crumbwell Plus, a loyalty scheme for regulars.").isEmpty)
    }

    @Test func announcingAClauseOrAPlanIsSpeech() {
        let said = quotes("The ferry company announced that the night crossing would end in March.")
        #expect(said.first?.content == "that the night crossing would end in March")
        let bare = quotes("The ferry company announced it would add a second boat.")
        #expect(bare.first?.content == "it would add a second boat")
        let plan = quotes("Two ferry operators announced joint plans for a pier, with work to start soon.")
        #expect(plan.isEmpty)
        let intent = quotes("The island council announced an intention to widen the quay road.")
        #expect(intent.contains { $0.content == "an intention to widen the quay road" })
        let fact = quotes("The ferry company announced carrying two million passengers in its first year.")
        #expect(fact.first?.content == "carrying two million passengers in its first year")
        let tagged = quotes("The crossing will close for a week, the ferry company announced on Friday.")
        #expect(tagged.first?.content == "The crossing will close for a week")
    }
}
