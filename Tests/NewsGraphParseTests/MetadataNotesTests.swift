import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphParse

/// Metadata that pages give in passing: post-nominal letters in a byline, a numeric date line,
/// a headline without `<h1>`, a date beside the author's credit, a month without a day, a
/// reviewer's byline and an author box.
@Suite struct MetadataNotesTests {
    static let paragraph = MetadataSourcesTests.paragraph
    static let declaredDate = #"<meta property="article:published_time" content="2019-05-05T10:00:00Z">"#

    /// More paragraphs than the lines read around a headline.
    static let longText = String(repeating: paragraph, count: 16)

    static func parse(head: String = "", body: String, url: String? = nil) throws -> ParsedDocument {
        try MetadataSourcesTests.parse(head: head, body: body, url: url)
    }

    @Test func postNominalLettersStayWithTheName() throws {
        #expect(MetadataReader.splitNames("By Ines Fonseca, MD") == ["Ines Fonseca, MD"])
        #expect(
            MetadataReader.splitNames("Ines Fonseca, MD, PhD and Tomas Berg, Jr.")
                == ["Ines Fonseca, MD, PhD", "Tomas Berg, Jr."])
        // An agency or a place after the comma is no credential.
        #expect(MetadataReader.splitNames("By Ines Fonseca, Senior Analyst, MD") == ["Ines Fonseca"])
        #expect(MetadataReader.splitNames("By Ines Fonseca, AP") == ["Ines Fonseca"])
        #expect(MetadataReader.sameName("Ines Fonseca, MD", "Ines Fonseca"))
        #expect(MetadataReader.splitNames("Ines Fonseca, Ph.D., CFP®") == ["Ines Fonseca, Ph.D., CFP®"])
        let parsed = try Self.parse(
            head: #"<meta name="author" content="Ines Fonseca, CPA">"#,
            body: "<article><h1>Dredging Starts Today</h1><p>By Ines Fonseca, CPA</p>\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Ines Fonseca, CPA"])
    }

    @Test func declaredNamesKeepInnerCapitals() throws {
        let parsed = try Self.parse(
            head: #"<meta name="author" content="Ines VanderBerg and Tomas Berg">"#,
            body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Ines VanderBerg", "Tomas Berg"])
        // In visible text such a word is two elements run together.
        #expect(MetadataReader.splitNames("Harbour NewsMeet Tomas") == [])
    }

    @Test func aDeclaredSurnameFirstIsOnePerson() throws {
        let parsed = try Self.parse(
            head:
                #"<meta name="citation_author" content="Fonseca, Ines M."><meta name="citation_author" content="Berg, Tomas">"#,
            body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Ines M. Fonseca", "Tomas Berg"])
        #expect(MetadataReader.surnameFirst("Ines Fonseca, MD") == nil)
        #expect(MetadataReader.surnameFirst("Ines Fonseca, Tomas Berg") == nil)
        #expect(MetadataReader.splitNames("Fonseca, Ines") == [])
    }

    @Test func aLetterlessWordEndsABylineName() throws {
        #expect(MetadataReader.cutAtByline("Tomas Berg ● 4 min read") == "Tomas Berg")
        #expect(MetadataReader.cutAtByline("Tomas Berg & Ines Fonseca") == "Tomas Berg & Ines Fonseca")
        let parsed = try Self.parse(
            head: MetadataShownTests.linkedData(author: "Harbour Weekly"),
            body: "<article><h1>Dredging Starts Today</h1><p>by Tomas Berg ● Nature</p>\(Self.paragraph)</article>")
        #expect(parsed.metadata.authors == ["Tomas Berg"])
    }

    @Test func aNumericDateReadEitherWayConfirmsTheDeclaredDay() throws {
        let parsed = try Self.parse(
            head: #"<meta property="article:published_time" content="2019-08-01T10:00:00Z">"#,
            body: "<article><h1>Dredging Starts Today</h1><p>8/1/2019</p><p>8/27/2019</p>\(Self.paragraph)</article>")
        #expect(parsed.metadata.published == "2019-08-01T10:00:00Z")
        #expect(MetadataReader.holdsNumber(Array("on 8/1/2019".utf8), Array("8/1/2019".utf8)))
        #expect(!MetadataReader.holdsNumber(Array("18/1/2019".utf8), Array("8/1/2019".utf8)))
        #expect(MetadataReader.numericSpellings(of: "2019-08-13").isEmpty)
    }

    @Test func theDeclaredTitleStandsInForAMissingHeadline() throws {
        let parsed = try Self.parse(
            head: #"<meta property="og:title" content="Dredging Starts on the Harbour Channel">"#,
            body: """
                <div><p>Home</p><p>Dredging Starts on the Harbour Channel</p><p>Apr 2, 2023</p></div>
                <div>\(Self.paragraph)</div>
                """)
        #expect(parsed.metadata.published == "2023-04-02")
    }

    @Test func aDateBesideTheAuthorsCreditDatesAnUndatedPage() throws {
        let parsed = try Self.parse(
            body: """
                <article><h1>Dredging Starts Today</h1>\(Self.longText)</article>
                <div><p>Written by <a href="/people/tb">Tomas Berg</a></p><p>April 8, 2022</p></div>
                """)
        #expect(parsed.metadata.published == "2022-04-08")
        // A commenter's date is not the article's.
        let comment = try Self.parse(
            body: """
                <article><h1>Dredging Starts Today</h1>\(Self.longText)</article>
                <div><p>Posted by Kris Nolan</p><p>April 8, 2022</p></div>
                """)
        #expect(comment.metadata.published == nil)
    }

    @Test func aLabelledMonthWithoutADayIsItsFirstDay() throws {
        let now = try #require(DateNormalizer.date(of: "2024-01-15"))
        #expect(DateNormalizer.monthOnly(in: Array(": June 2022".utf8), now: now) == "2022-06-01")
        #expect(DateNormalizer.monthOnly(in: Array("Sept. 2021".utf8), now: now) == "2021-09-01")
        // Prose, or a month still to come, dates nothing.
        #expect(DateNormalizer.monthOnly(in: Array("June 2022 was wet".utf8), now: now) == nil)
        #expect(DateNormalizer.monthOnly(in: Array("March 2024".utf8), now: now) == nil)
        let labelled = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)<p>Last updated: June 2022</p></article>")
        #expect(labelled.metadata.published == "2022-06-01")
        let unlabelled = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)<p>June 2022</p></article>")
        #expect(unlabelled.metadata.published == nil)
    }

    @Test func aReviewersBylineIsNotTheWriters() throws {
        let team =
            #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dredging", "#
            + #""author": {"@type": "Person", "name": "The Harbour Team"}}</script>"#
        let checked = try Self.parse(
            head: team,
            body: "<article><h1>Dredging Starts Today</h1><p>By The Harbour Team</p>"
                + #"<div><span>Fact checked by</span> <span class="author-name">Ines Fonseca</span></div>"#
                + "\(Self.paragraph)</article>")
        #expect(checked.metadata.authors == ["The Harbour Team"])
        let written = try Self.parse(
            body: #"<article><h1>Dredging Starts Today</h1><p class="author">Tomas Berg</p>"#
                + "<p>Reviewed by Ines Fonseca</p>\(Self.paragraph)</article>")
        #expect(written.metadata.authors == ["Tomas Berg"])
    }

    @Test func anAuthorBoxNamesTheWriterOfAnUnsignedPage() throws {
        let bio = "<p>Ines Fonseca is a travel writer who has walked the coast path for a decade.</p>"
        let boxed = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)</article>"
                + "<div><p>Ines Fonseca</p>\(bio)</div>")
        #expect(boxed.metadata.authors == ["Ines Fonseca"])
        // A name over prose about someone else introduces no one.
        let other = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)</article>"
                + "<div><p>Ines Fonseca</p>\(Self.paragraph)</div>")
        #expect(other.metadata.authors.isEmpty)
    }
}
