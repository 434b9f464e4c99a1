import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphParse

/// What the article container holds besides the article: template filler and a note on the
/// writer after the text.
@Suite struct ArticleBoundaryTests {
    static let paragraphs = [
        "The ferry service will run twice a day from May, the harbour board said on Monday evening.",
        "Tickets go on sale next week, and children under five will travel free on every crossing.",
        "The board expects the new timetable to bring more visitors to the island over the summer.",
    ].map { "<p>\($0)</p>" }.joined()

    @Test func templateFillerIsDropped() throws {
        let html = """
            <html><body><article>\(Self.paragraphs)<div class="card"><p>Lorem ipsum dolor sit amet, \
            consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p></div></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("Tickets go on sale next week"))
        #expect(!page.text.contains("Lorem"))
    }

    @Test func aNoteOnTheAuthorAfterTheTextIsDropped() throws {
        let html = """
            <html><body><article>\(Self.paragraphs)<h3>About the Author</h3>\
            <p>Jo Marlow has written about ships and harbours for the paper for twenty years.</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("The board expects the new timetable"))
        #expect(!page.text.contains("About the Author"))
        #expect(!page.text.contains("Jo Marlow"))
    }

    @Test func textAfterTheNoteUnderItsOwnHeadingStays() throws {
        let html = """
            <html><body><article>\(Self.paragraphs)<h3>About the author</h3>\
            <p>Jo Marlow has written about ships and harbours for the paper for twenty years.</p>\
            <h3>Timetable</h3><p>The first crossing leaves at seven in the morning from the north pier.</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(!page.text.contains("Jo Marlow"))
        #expect(page.text.contains("The first crossing leaves at seven"))
    }

    @Test func aLongCodeListingIsDroppedAndPreformattedProseStays() throws {
        let code = (1...60).map { "let total\($0) = items.map { $0.price * \($0) }.reduce(0, +);" }
            .joined(separator: "\n")
        let letter = (1...25).map { _ in "Dear reader, the harbour was quiet this week and the boats stayed in." }
            .joined(separator: "\n")
        let html = """
            <html><body><article>\(Self.paragraphs)<pre><code>\(code)</code></pre>\
            <pre>let short = [1, 2, 3].count;</pre><pre>\(letter)</pre></article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("Tickets go on sale next week"))
        #expect(!page.text.contains("let total7"))
        #expect(page.text.contains("let short"))
        #expect(page.text.contains("the harbour was quiet this week"))
    }

    @Test func aNoteOnTheBylinedWriterWithoutAHeadingIsDropped() throws {
        let html = """
            <html><head><meta name="author" content="Jo Marlow"></head><body><article>\(Self.paragraphs)\
            <p>Sam Reed is a ferry captain who has sailed the island route for thirty years.</p>\
            <p>Jo Marlow is a reporter who has covered the harbour and the islands since 2009.</p>\
            </article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("Sam Reed is a ferry captain"))
        #expect(!page.text.contains("Jo Marlow"))
    }

    @Test func theWritersNameOpeningTheArticleStays() throws {
        let html = """
            <html><head><meta name="author" content="Jo Marlow"></head><body><article>\
            <p>Jo Marlow is a reporter, and this week she took the new ferry to the island herself.</p>\
            \(Self.paragraphs)</article></body></html>
            """
        let page = try ArticleFixtures.parse(html: html)
        #expect(page.text.contains("this week she took the new ferry"))
    }
}
