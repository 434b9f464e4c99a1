import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphParse

/// Which dates a page's sources may give: the page's own last change bounds what it shows,
/// vendors' meta names, and linked data of a work that is not an article.
@Suite struct MetadataDatePrecedenceTests {
    static let paragraph = MetadataSourcesTests.paragraph

    static func parse(head: String = "", body: String) throws -> ParsedDocument {
        try MetadataSourcesTests.parse(head: head, body: body)
    }

    static func tags(published: String, modified: String) -> String {
        #"<meta property="article:published_time" content="\#(published)T09:00:00Z">"#
            + #"<meta property="article:modified_time" content="\#(modified)T09:00:00Z">"#
    }

    /// An article whose line under the headline is `line`.
    static func article(_ line: String) -> String {
        "<article><h1>Lighthouse Keepers Return</h1>\(line)\(paragraph)</article>"
    }

    @Test func noShownDateAfterThePagesLastChange() throws {
        // A teaser's day under the headline, later than the page says it last changed.
        let parsed = try Self.parse(
            head: Self.tags(published: "2018-02-11", modified: "2018-02-12"),
            body: Self.article("<p>Posted October 3, 2021</p>"))
        #expect(parsed.metadata.published?.hasPrefix("2018-02-11") == true)
        // A modification declared before the publication bounds nothing.
        let broken = try Self.parse(
            head: Self.tags(published: "2018-02-11", modified: "2001-01-01"),
            body: Self.article("<p>Posted February 14, 2018</p>"))
        #expect(broken.metadata.published == "2018-02-14")
    }

    @Test func vendorsMetaNamesForThePublication() throws {
        let cases = [
            #"<meta name="cxenseparse:recs:publishtime" content="2021-04-02T08:00:00Z">"#,
            #"<meta property="og:pubdate" content="2021-04-02">"#,
            #"<meta name="dc.date.publication" content="2021-04-02">"#,
        ]
        for head in cases {
            let parsed = try Self.parse(head: head, body: "<article>\(Self.paragraph)</article>")
            #expect(parsed.metadata.published?.hasPrefix("2021-04-02") == true, "\(head)")
        }
    }

    @Test func linkedDataOfAnotherWorkDatesAPageWithoutAnArticle() throws {
        let parsed = try Self.parse(
            head: #"""
                <script type="application/ld+json">[{"@type": "WebSite", "name": "Tidewater Kitchen",
                  "datePublished": "2009-01-01"},
                  {"@type": "Recipe", "name": "Smoked Mackerel Pâté", "datePublished": "2020-11-23"}]</script>
                """#, body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.metadata.published == "2020-11-23")
        #expect(LinkedDataArticle.read(scripts: [#"{"@type": "WebSite", "datePublished": "2009-01-01"}"#]) == nil)
    }
}
