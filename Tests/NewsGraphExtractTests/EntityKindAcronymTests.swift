import NewsGraphCore
import NewsGraphTestSupport
import Testing

/// Acronyms that the page itself shows to count or measure things, so no body. Invented text.
extension EntityKindTests {
    @Test func anAcronymThePageMakesPluralOrCountsIsNoBody() {
        #expect(labels(of: "ATP", in: "Our lab counts ATPs in each cell. The ATP said little.").isEmpty)
        #expect(labels(of: "ATP", in: "The drink gave a higher ATP, so the ATP said little.").isEmpty)
        #expect(labels(of: "ATP", in: "Each cell stores an ATP, and the ATP said little.").isEmpty)
        // Without such a use the letters still name the body.
        #expect(labels(of: "ATP", in: "The ATP said little.").contains(.org))
        // Another word between `a` and the acronym keeps the body (`a strong NATO`).
        let body = "Diplomats want a strong NATO. NATO said on Monday that talks went well."
        #expect(labels(of: "NATO", in: body).contains(.org))
    }
}
