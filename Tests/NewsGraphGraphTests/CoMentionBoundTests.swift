import NewsGraphCore
import NewsGraphGraph
import Testing

/// A sentence naming more entities than ``DocumentSummary/maximumCoMentionNames`` is a list,
/// not a statement linking them: it gives no co-mention edges, so the edges stay linear in the
/// text instead of growing with the square of one line's names.
@Suite struct CoMentionBoundTests {
    static func names(_ count: Int) -> [(key: String, text: String)] {
        (0..<count).map { ("ORG:Guild Number \($0)", "Guild Number \($0)") }
    }

    static func coMentions(_ sentences: [[(key: String, text: String)]]) -> Int {
        var builder = GraphBuilder()
        builder.add(GraphResolutionTests.record("list", sentences: sentences))
        return builder.build().edges.filter { $0.relation == .coMention }.count
    }

    @Test func aSentenceAtTheBoundLinksEveryPair() {
        let bound = DocumentSummary.maximumCoMentionNames
        #expect(Self.coMentions([Self.names(bound)]) == bound * (bound - 1) / 2)
    }

    @Test func aSentenceOverTheBoundLinksNone() {
        let bound = DocumentSummary.maximumCoMentionNames
        #expect(Self.coMentions([Self.names(bound + 1)]) == 0)
        #expect(Self.coMentions([Self.names(1000)]) == 0)
    }

    /// The long sentence gives nothing, the ordinary one beside it still counts.
    @Test func anOrdinarySentenceBesideAListStillLinks() {
        let ordinary: [(key: String, text: String)] = [
            ("PERSON:Ilsa Marrow", "Ilsa Marrow"), ("ORG:Fenwick Analytics", "Fenwick Analytics"),
        ]
        #expect(Self.coMentions([Self.names(500), ordinary]) == 1)
    }
}
