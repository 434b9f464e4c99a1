import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphParse

/// Notes on an article's history, linked data written into a `<meta>` tag, and a headline set
/// under a section's `<h1>`.
@Suite struct MetadataHistoryTests {
    static let paragraph = MetadataSourcesTests.paragraph
    static let declaredDate = #"<meta property="article:published_time" content="2023-06-01T10:00:00Z">"#

    static func parse(head: String = "", body: String, url: String? = nil) throws -> ParsedDocument {
        try MetadataSourcesTests.parse(head: head, body: body, url: url)
    }

    @Test func aNoteOnTheFirstPublicationDatesTheArticle() throws {
        let parsed = try Self.parse(
            head: Self.declaredDate,
            body: "<article><h1>Dredging Starts Today</h1><p>Mia Holt</p><p>1 June 2023, 10:00am</p>"
                + "\(Self.paragraph)<p>This article was originally published on 12 Mar 2018 at 9:15am "
                + "and has been updated since.</p></article>")
        #expect(parsed.metadata.published == "2018-03-12")
    }

    @Test func aPublishedLabelOutranksANoteOnAnEarlierVersion() throws {
        let parsed = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1><p>Posted on May 2, 2023</p>\(Self.paragraph)"
                + "<p>This post was first published on April 9, 2016 and rewritten this year.</p></article>")
        #expect(parsed.metadata.published == "2023-05-02")
    }

    @Test func proseCitingAnotherWorksFirstPublicationDatesNothing() throws {
        let parsed = try Self.parse(
            head: Self.declaredDate,
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)<p>The survey, first published on "
                + "March 3, 2021, found the channel silting faster than expected.</p></article>")
        #expect(parsed.metadata.published?.hasPrefix("2023-06-01") == true)
    }

    @Test func aDateFarAfterThePhraseIsNotTheFirstPublication() throws {
        let parsed = try Self.parse(
            head: Self.declaredDate,
            body: "<article><h1>Dredging Starts Today</h1>\(Self.paragraph)<p>The plan was originally "
                + "published by the harbour board, which met again to revise it on 4 May 2020.</p></article>")
        #expect(parsed.metadata.published?.hasPrefix("2023-06-01") == true)
    }

    @Test func aTimeMarkedAsThePublicationOutranksAnUpdatesTime() throws {
        let parsed = try Self.parse(
            body: "<article><h1>Dredging Starts Today</h1><p>By Mia Holt"
                + #"<time class="updated" datetime="2024-05-01T08:00:00Z"></time>"#
                + #"<time class="entry-date published" datetime="2023-01-02T08:00:00Z"></time></p>"#
                + "\(Self.paragraph)</article>")
        #expect(parsed.metadata.published?.hasPrefix("2023-01-02") == true)
    }

    @Test func linkedDataInAMetaTagIsRead() throws {
        let json =
            #"{"@context":"https://schema.org","@type":"Article","headline":"Dredging Starts","#
            + #""datePublished":"2024-02-03T09:00:00Z","author":{"@type":"Person","name":"Mia Holt"}}"#
        let escaped = json.replacingOccurrences(of: "\"", with: "&quot;")
        let parsed = try Self.parse(
            head: #"<meta name="script:ld+json" content="\#(escaped)">"#,
            body: "<article>\(Self.paragraph)</article>")
        #expect(parsed.metadata.published?.hasPrefix("2024-02-03") == true)
        #expect(parsed.metadata.authors == ["Mia Holt"])
    }

    /// Pages as `<title>`, body and the title read from them.
    static let titledPages: [(String, String, String)] = [
        // A heading showing the declared title outranks a section's `<h1>`, …
        (
            "How to Plan a Harbour Dredging Season | Coastal Works",
            "<h1>Harbour Planning</h1><article><h2>How to Plan a Harbour Dredging Season</h2>",
            "How to Plan a Harbour Dredging Season"
        ),
        // … not an `<h1>` that shows it already.
        (
            "Dredging Starts Today | Coastal Works",
            "<article><h1>Dredging starts today</h1><h2>Dredging Starts Today</h2>",
            "Dredging starts today"
        ),
        // An `<h1>` in capitals restating the declared title takes its wording, …
        (
            "Best Harbour Dredgers 2026: Tips From Pilots",
            "<article><h1>BEST HARBOUR DREDGERS IN 2026: TIPS FROM PILOTS</h1>",
            "Best Harbour Dredgers 2026: Tips From Pilots"
        ),
        // … not when it says something else.
        (
            "Dredging Plans for the Coming Winter", "<article><h1>HARBOUR NEWS: DREDGING PLANS</h1>",
            "HARBOUR NEWS: DREDGING PLANS"
        ),
    ]

    @Test(arguments: titledPages) func theTitleReadersSee(title: String, opening: String, expected: String) throws {
        let parsed = try Self.parse(
            head: "<title>\(title)</title>", body: opening + "\(Self.paragraph)</article>")
        #expect(parsed.title == expected)
    }

    @Test func aLoneLongH1IsTheHeadlineHoweverTheSharingTitleWordsIt() throws {
        let sharing = #"<meta property="og:title" content="Channel Works Set to Begin, Board Says">"#
        let lone = try Self.parse(
            head: sharing,
            body: "<article><h1>Why the harbour will be closed to ships next winter</h1>"
                + "\(Self.paragraph)</article>")
        #expect(lone.title == "Why the harbour will be closed to ships next winter")
        // A short one is a section's name.
        let short = try Self.parse(
            head: sharing, body: "<article><h1>Harbour News Today</h1>\(Self.paragraph)</article>")
        #expect(short.title == "Channel Works Set to Begin, Board Says")
    }
}
