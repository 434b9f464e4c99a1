import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphParse

/// The visible page as a metadata source (date lines, bylines, the `<h1>`), linked-data
/// references, and date spellings in several languages.
@Suite struct MetadataSourcesTests {
    static let paragraph =
        "<p>The harbour board met on Monday and agreed to dredge the channel before the winter storms.</p>"

    static func parse(
        head: String = "", body: String, url: String? = nil, crawled: String? = nil
    ) throws
        -> ParsedDocument
    {
        let html = "<html><head>\(head)</head><body>\(body)</body></html>"
        let document = SourceDocument(
            id: "p", source: "p", format: .html, content: Array(html.utf8), url: url, date: crawled)
        switch ArticleParser().parse(document) {
        case .success(let parsed): return parsed
        case .failure(let failure): throw ArticleFixtures.ParseFailed(failure: failure)
        }
    }

    @Test func graphPersonsAreFoundByTheirID() throws {
        let parsed = try Self.parse(
            head: #"""
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "Article", "@id": "#a", "headline": "Dredging Starts",
                   "author": {"@id": "https://example.net/#/person/1"}, "datePublished": "2022-02-03"},
                  {"@type": "Person", "@id": "https://example.net/#/person/1", "name": "Petra Lindqvist"}]}
                </script>
                """#, body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Petra Lindqvist"])
        #expect(parsed.metadata.published == "2022-02-03")
    }

    @Test func linkedDataInsideAHiddenElementIsRead() throws {
        let parsed = try Self.parse(
            body: #"""
                <div hidden><script type="application/ld+json">{"@type": "BlogPosting", "headline": "Hidden Head",
                "datePublished": "2021-06-07", "author": {"@type": "Person", "name": "Tomas Berg"}}</script></div>
                <article>\#(Self.paragraph)</article>
                """#)
        #expect(parsed.metadata.authors == ["Tomas Berg"])
        #expect(parsed.metadata.published == "2021-06-07")
    }

    @Test func headerLinesGiveDateAndByline() throws {
        let parsed = try Self.parse(
            head: "<title>Dredging Starts Before the Storms – Harbour Weekly</title>",
            body: """
                <div class="logo"><h1>Harbour Weekly</h1></div><article><h1>Dredging Starts Before the Storms</h1>
                <div>Written by</div><div>Ines Fonseca</div><div>Published Sept. 4, 2023</div>
                \(Self.paragraph)</article>
                """)
        #expect(parsed.title == "Dredging Starts Before the Storms")
        #expect(parsed.metadata.authors == ["Ines Fonseca"])
        #expect(parsed.metadata.published == "2023-09-04")
        let inline = try Self.parse(
            body: "<article><h1>Dredging Starts</h1><p>By Ines Fonseca December 2, 2024</p>\(Self.paragraph)</article>")
        #expect(inline.metadata.authors == ["Ines Fonseca"])
        #expect(inline.metadata.published == "2024-12-02")
    }

    @Test func labelledDateAnywhereAndABylineWithoutASpace() throws {
        let parsed = try Self.parse(
            body: """
                <article><h1>Dredging Starts</h1><div><span>By</span><span>Ines Fonseca</span></div>
                \(Self.paragraph)\(Self.paragraph)\(Self.paragraph)\(Self.paragraph)\(Self.paragraph)
                \(Self.paragraph)\(Self.paragraph)\(Self.paragraph)\(Self.paragraph)\(Self.paragraph)
                \(Self.paragraph)\(Self.paragraph)\(Self.paragraph)\(Self.paragraph)\(Self.paragraph)</article>
                <div class="post-info"><h3>Published</h3><p>Feb 2, 2023</p></div>
                """)
        #expect(parsed.metadata.authors == ["Ines Fonseca"])
        #expect(parsed.metadata.published == "2023-02-02")
    }

    @Test func addressDateAndTimeText() throws {
        let fromAddress = try Self.parse(
            body: "<article>\(Self.paragraph)</article>", url: "https://example.org/2021/03/09/harbour-news/")
        #expect(fromAddress.metadata.published == "2021-03-09")
        let fromTime = try Self.parse(body: "<article><time>March 10, 2021</time>\(Self.paragraph)</article>")
        #expect(fromTime.metadata.published == "2021-03-10")
        let inComments = try Self.parse(
            body: "<article>\(Self.paragraph)</article><div class=\"comments\"><time>March 11, 2021</time></div>")
        #expect(inComments.metadata.published == nil)
    }

    @Test func datesInSeveralLanguages() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let cases: [(String, String)] = [
            ("Veröffentlicht am 4. September 2025", "2025-09-04"), ("publié le 4 septembre 2025", "2025-09-04"),
            ("4 de septiembre de 2025", "2025-09-04"), ("Sept. 4th, 2025", "2025-09-04"),
            ("4 settembre 2025", "2025-09-04"), ("2025年9月4日", "2025-09-04"), ("on 9/24/2025", "2025-09-24"),
            ("Updated 4 März 2025 at noon", "2025-03-04"),
        ]
        for (text, expected) in cases {
            #expect(DateNormalizer.find(in: Array(text.utf8), now: now) == expected, "\(text)")
        }
        for text in ["© 2025 The Harbour Weekly", "in 2025 and 2026", "call 555 2025", "4 jui 2025"] {
            #expect(DateNormalizer.find(in: Array(text.utf8), now: now) == nil, "\(text)")
        }
        #expect(DateNormalizer.find(in: Array("4 September 2099".utf8), now: now) == nil, "future")
    }

    @Test func microdataSpellingsAndLabelsOutrankTags() throws {
        let spelled = try Self.parse(
            body: #"<article><span itemprop="published-date" content="Published Oct 20, 2024 at 5:00 PM">Oct 20</span>"#
                + "\(Self.paragraph)</article>")
        #expect(spelled.metadata.published == "2024-10-20")
        let labelled = try Self.parse(
            head: #"<meta property="article:published_time" content="2020-01-01">"#,
            body: "<article><h1>Dredging Starts</h1><p>Published: 3 May 2021</p>\(Self.paragraph)</article>")
        #expect(labelled.metadata.published == "2021-05-03")
    }

    @Test func noDateAfterTheCrawl() throws {
        let head = #"<meta property="article:published_time" content="2024-05-06T10:00:00Z">"#
        let body = "<article>\(Self.paragraph)</article>"
        #expect(try Self.parse(head: head, body: body, crawled: "2024-05-07T00:00:00Z").metadata.published != nil)
        #expect(try Self.parse(head: head, body: body, crawled: "2024-01-01T00:00:00Z").metadata.published == nil)
    }

    @Test func aHeadingThatNamesTheSiteIsNotTheHeadline() throws {
        let parsed = try Self.parse(
            head:
                #"<title>Dredging starts before the storms | Harbour Weekly</title><meta property="og:site_name" content="Harbour Weekly">"#,
            body: "<header><h1>Harbour Weekly</h1></header><article>\(Self.paragraph)</article>")
        #expect(parsed.title == "Dredging starts before the storms")
    }

    @Test func aHeadingUnlikeTheSharedTitleIsASection() throws {
        let parsed = try Self.parse(
            head: #"<meta property="og:title" content="Dredging starts before the winter storms">"#,
            body: "<article><h1>Latest from our port desk</h1>\(Self.paragraph)</article>")
        #expect(parsed.title == "Dredging starts before the winter storms")
        let restated = try Self.parse(
            head: #"<meta property="og:title" content="Dredging starts before the winter storms">"#,
            body: "<article><h1>Harbour dredging starts at last</h1>\(Self.paragraph)</article>")
        #expect(restated.title == "Harbour dredging starts at last")
    }

    @Test func titleIsTheHeadlineWithoutTheSiteName() throws {
        let parsed = try Self.parse(
            head:
                #"<meta property="og:title" content="Harbour Weekly | Dredging starts"><meta property="og:site_name" content="Harbour Weekly">"#,
            body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.title == "Dredging starts")
    }

    @Test func aCompanyIsCreditedOnlyWhenNoPersonIsNamed() throws {
        let company =
            #"<script type="application/ld+json">{"@type": "BlogPosting", "author": {"@type": "Organization", "name": "Northwind Dredging"}}</script>"#
        let alone = try Self.parse(head: company, body: "<article>\(Self.paragraph)</article>")
        #expect(alone.metadata.authors == ["Northwind Dredging"])
        let withPerson = try Self.parse(
            head: company + #"<meta name="author" content="Ines Fonseca">"#,
            body: "<article>\(Self.paragraph)</article>")
        #expect(withPerson.metadata.authors == ["Ines Fonseca"])
        let penName = try Self.parse(
            body: "<article><h1>Dredging Starts</h1><p>By Marisol</p>\(Self.paragraph)</article>")
        #expect(penName.metadata.authors == ["Marisol"])
        let placeholder = try Self.parse(
            head: #"<meta name="author" content="undefined">"#,
            body: "<article><h1>Dredging Starts</h1><p>Name*</p>\(Self.paragraph)</article>")
        #expect(placeholder.metadata.authors.isEmpty)
    }
}
