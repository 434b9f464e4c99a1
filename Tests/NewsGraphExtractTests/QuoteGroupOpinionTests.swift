import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// A view held by a kind of people in the past, or by the writer's own group, is the writer's
/// account of an opinion nobody is shown voicing; particular people and persons still hold theirs.
@Suite struct QuoteGroupOpinionTests: QuoteProbing {
    @Test func aFormerConsensusOfAKindOfPeopleIsNoStatement() {
        #expect(reported("A century ago, most scholars believed that the old map was forged.").isEmpty)
        #expect(reported("Scholars thought that the river had once run north.").isEmpty)
    }

    @Test func theWritersOwnGroupHoldsTheWritersView() {
        #expect(reported("Most of our kitchen staff felt that the cider was too sweet.").isEmpty)
    }

    @Test func particularPeopleAndPresentViewsStillSpeak() {
        let some = reported("Some scholars believed that the old map was forged.")
        #expect(some.first?.content == "that the old map was forged")
        let known = reported("The scholars believed that the old map was forged.")
        #expect(known.first?.content == "that the old map was forged")
        let now = reported("Scholars think that the river will move.")
        #expect(now.first?.content == "that the river will move")
        let person = reported("Ann Vance believed that the ferry would be late.")
        #expect(person.first?.speaker == "Ann Vance")
    }
}
