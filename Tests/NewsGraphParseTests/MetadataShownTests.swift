import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphParse

/// What readers see against what a page tells machines: the date line and the byline under the
/// headline, dated addresses, update lines, author boxes and team credits.
@Suite struct MetadataShownTests {
    static let paragraph = MetadataSourcesTests.paragraph
    static let declaredDate = #"<meta property="article:published_time" content="2019-05-05T10:00:00Z">"#

    static func parse(head: String = "", body: String, url: String? = nil) throws -> ParsedDocument {
        try MetadataSourcesTests.parse(head: head, body: body, url: url)
    }

    /// An article whose header line under the headline is `line`.
    static func article(_ line: String) -> String {
        "<article><h1>Dredging Starts Today</h1>\(line)\(paragraph)</article>"
    }

    static func linkedData(author: String) -> String {
        #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dredging Starts", "#
            + #""author": {"@type": "Person", "name": "\#(author)"}}</script>"#
    }

    @Test func aDatedAddressOutranksDeclaredDates() throws {
        let parsed = try Self.parse(
            head: Self.declaredDate, body: "<article>\(Self.paragraph)</article>",
            url: "https://example.org/2022/03/04/dredging-starts/")
        #expect(parsed.metadata.published == "2022-03-04")
    }

    @Test func anAddressDatedInOneNumberIsDated() throws {
        let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        #expect(MetadataReader.addressDate("https://example.org/news/20220304-dredging/", now: now) == "2022-03-04")
        #expect(MetadataReader.addressDate("https://example.org/20220304", now: now) == "2022-03-04")
        // An article number is no day, and neither is a day still to come.
        #expect(MetadataReader.addressDate("https://example.org/item/20221399/", now: now) == nil)
        #expect(MetadataReader.addressDate("https://example.org/item/202203045/", now: now) == nil)
        #expect(MetadataReader.addressDate("https://example.org/news/20300304-plans/", now: now) == nil)
    }

    @Test func theDateLineUnderTheHeadlineOutranksDeclaredDates() throws {
        let shown = try Self.parse(
            head: Self.declaredDate,
            body: Self.article("<p>March 3, 2024</p>"))
        #expect(shown.metadata.published == "2024-03-03")
        let withName = try Self.parse(
            head: Self.declaredDate,
            body: Self.article("<p>Tomas Berg • March 3, 2024</p>"))
        #expect(withName.metadata.published == "2024-03-03")
    }

    @Test func anUpdateLineOrProseKeepsTheDeclaredDate() throws {
        let updated = try Self.parse(
            head: Self.declaredDate,
            body: Self.article("<p>Updated March 3, 2024</p>"))
        #expect(updated.metadata.published?.hasPrefix("2019-05-05") == true)
        let prose = try Self.parse(
            head: Self.declaredDate,
            body: """
                <article><h1>Dredging Starts Today</h1><p>Members of the harbour club may moor for free from March 1 to
                March 9, 2024.</p>\(Self.paragraph)</article>
                """)
        #expect(prose.metadata.published?.hasPrefix("2019-05-05") == true)
        // Without a declared date, the update is the only date the page gives.
        let undeclared = try Self.parse(
            body: Self.article("<p>Updated March 3, 2024</p>"))
        #expect(undeclared.metadata.published == "2024-03-03")
    }

    @Test func anUpdateLineDatesAPageDeclaredOnlyInSchemaData() throws {
        let schemaOnly =
            #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dredging Starts", "#
            + #""datePublished": "2019-05-05T10:00:00Z"}</script>"#
        let updated = try Self.parse(
            head: schemaOnly,
            body: Self.article("<p>Last updated: March 3, 2024 · 4 min read</p>"))
        #expect(updated.metadata.published == "2024-03-03")
        // Microdata is schema.org data too.
        let microdata = try Self.parse(
            body: Self.article(#"<meta itemprop="datePublished" content="2019-05-05"><p>Updated March 3, 2024</p>"#))
        #expect(microdata.metadata.published == "2024-03-03")
        // A publication tag in the head keeps its day.
        let tagged = try Self.parse(
            head: schemaOnly + Self.declaredDate,
            body: Self.article("<p>Updated March 3, 2024</p>"))
        #expect(tagged.metadata.published?.hasPrefix("2019-05-05") == true)
    }

    @Test func dateLinesWithTypographicSpacesRunTogetherTextAndDashes() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let cases: [(String, String)] = [
            ("Published\u{2002}Apr 26, 2023", "2023-04-26"), ("Posted\u{00A0}4 May 2022", "2022-05-04"),
            ("Harbour NewsMARCH 3, 2024Updated", "2024-03-03"), ("04-11-2024", "2024-11-04"),
        ]
        for (text, expected) in cases {
            #expect(DateNormalizer.find(in: Array(text.utf8), now: now) == expected, "\(text)")
        }
    }

    @Test func aLabelMayStandTwoBlocksBeforeItsDate() throws {
        let parsed = try Self.parse(
            body: "<article>\(Self.paragraph)</article><div><h4>Published</h4><h5>Date</h5><p>4 May 2022</p></div>")
        #expect(parsed.metadata.published == "2022-05-04")
    }

    @Test func aDateLineADayOffIsTheDeclaredMomentInAnotherZone() throws {
        let parsed = try Self.parse(
            head: #"<meta property="article:published_time" content="2024-03-04T01:00:00+10:00">"#,
            body: Self.article("<p>March 3, 2024</p>"))
        #expect(parsed.metadata.published == "2024-03-04T01:00:00+10:00")
    }

    @Test func theDeclaredDayShownNearTheHeadlineOutranksATeasersDate() throws {
        let parsed = try Self.parse(
            head: Self.declaredDate,
            body: "<p>May 5, 2019</p><article><h1>Dredging Starts Today</h1><p>Pier Notes | June 2, 2020</p>"
                + "\(Self.paragraph)</article>")
        #expect(parsed.metadata.published?.hasPrefix("2019-05-05") == true)
    }

    @Test func aNumericDateLineReadMonthFirstIsTheDeclaredDay() throws {
        let parsed = try Self.parse(head: Self.declaredDate, body: Self.article("<p>05.05.2019</p>"))
        #expect(parsed.metadata.published?.hasPrefix("2019-05-05") == true)
        let swapped = try Self.parse(
            head: #"<meta property="article:published_time" content="2019-09-10T10:00:00Z">"#,
            body: Self.article("<p>09.10.2019</p>"))
        #expect(swapped.metadata.published == "2019-09-10T10:00:00Z")
        let other = try Self.parse(head: Self.declaredDate, body: Self.article("<p>09.10.2019</p>"))
        #expect(other.metadata.published == "2019-10-09")
        #expect(MetadataReader.swappedDayAndMonth("2024-10-09") == "2024-09-10")
        #expect(MetadataReader.swappedDayAndMonth("2024-10-13") == nil)
        #expect(MetadataReader.swappedDayAndMonth("2024-10-10") == nil)
    }

    @Test func theBylineUnderTheHeadlineOutranksDeclaredAuthors() throws {
        let other = try Self.parse(
            head: Self.linkedData(author: "Petra Lindqvist"),
            body: Self.article("<p>By Tomas Berg</p>"))
        #expect(other.metadata.authors == ["Tomas Berg"])
        let titled = try Self.parse(
            head: Self.linkedData(author: "Petra Lindqvist"),
            body: Self.article("<p>By Dr Petra Lindqvist</p>"))
        #expect(titled.metadata.authors == ["Petra Lindqvist"])
        let more = try Self.parse(
            head: Self.linkedData(author: "Petra Lindqvist"),
            body: """
                <article><h1>Dredging Starts Today</h1><p>Written by Petra Lindqvist, Tomas Berg and Ines Fonseca</p>
                \(Self.paragraph)</article>
                """)
        #expect(more.metadata.authors == ["Petra Lindqvist", "Tomas Berg", "Ines Fonseca"])
        // A line that does not open with a name is a description, not a byline.
        let described = try Self.parse(
            head: Self.linkedData(author: "Petra Lindqvist"),
            body: """
                <article><h1>Dredging Starts Today</h1><p>By Petra Lindqvist Senior Editor and Harbour Pilot</p>
                \(Self.paragraph)</article>
                """)
        #expect(described.metadata.authors == ["Petra Lindqvist"])
    }

    @Test func bylineNamesEndWhereTheDescriptionBegins() {
        #expect(MetadataReader.splitNames("By Ines Fonseca, Senior Analyst, Harbour Weekly") == ["Ines Fonseca"])
        #expect(MetadataReader.splitNames("Tomas Berg Tomas Berg") == ["Tomas Berg"])
        #expect(MetadataReader.cutAtByline("Tomas Berg. Last updated today") == "Tomas Berg")
        #expect(MetadataReader.cutAtByline("Ines D.") == "Ines D.")
    }

    @Test func aTwitterCardNamesTheWriter() throws {
        let parsed = try Self.parse(
            head:
                #"<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ines Fonseca">"#,
            body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Ines Fonseca"])
    }

    @Test func authorBoxesAndWrittenByLinesAnywhere() throws {
        let boxed = try Self.parse(
            body: """
                <article>\(Self.paragraph)</article><aside><h4>Authors</h4><ul><li>Tomas Berg</li><li>Ines Fonseca</li>
                </ul><h4>Related Stories</h4><p>Harbour Fees Rise</p></aside>
                """)
        #expect(boxed.metadata.authors == ["Tomas Berg", "Ines Fonseca"])
        let credited = try Self.parse(
            body: """
                <article>\(Self.paragraph)</article>
                <div>This post was written by Tomas Berg, who chairs the harbour board.</div>
                """)
        #expect(credited.metadata.authors == ["Tomas Berg"])
    }

    @Test func aNameBesideTheDateLineIsTheByline() throws {
        let parsed = try Self.parse(
            body: """
                <article><h1>Dredging Starts Today</h1><div>Tomas Berg</div><div>March 3, 2024</div>
                \(Self.paragraph)</article>
                """)
        #expect(parsed.metadata.authors == ["Tomas Berg"])
    }

    @Test func teamCreditsWhenNoPersonIsNamed() throws {
        let team = try Self.parse(head: Self.linkedData(author: "Harbour Weekly Staff"), body: Self.paragraph)
        #expect(team.metadata.authors == ["Harbour Weekly Staff"])
        let prefixed = try Self.parse(head: Self.linkedData(author: "Team Harbour"), body: Self.paragraph)
        #expect(prefixed.metadata.authors == ["Team Harbour"])
        for desk in ["Staff", "Staff Writer", "Newsroom Staff", "Our Editors"] {
            let parsed = try Self.parse(head: Self.linkedData(author: desk), body: Self.paragraph)
            #expect(parsed.metadata.authors.isEmpty, "\(desk)")
        }
    }

    @Test func commentersAreNotBylines() throws {
        let parsed = try Self.parse(
            body: """
                <article>\(Self.paragraph)</article>
                <ol><li><span class="comment-author">Kris Nolan</span><p>Great news for the harbour.</p></li></ol>
                """)
        #expect(parsed.metadata.authors.isEmpty)
    }
}
