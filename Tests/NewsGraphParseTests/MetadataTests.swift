import Foundation
import NewsGraphCore
import NewsGraphParse
import NewsGraphTestSupport
import Testing

/// Each metadata source on a small hand-written page, and the rules that keep bad values out.
@Suite struct MetadataTests {
    static let body = "<p>The council approved the new budget on Tuesday, after a long and heated debate.</p>"

    static func page(
        head: String = "", body: String = MetadataTests.body, lang: String? = nil
    ) throws
        -> ParsedDocument
    {
        let langAttribute = lang.map { " lang=\"\($0)\"" } ?? ""
        return try ArticleFixtures.parse(
            html: "<html\(langAttribute)><head>\(head)</head><body><article>\(body)</article></body></html>")
    }

    @Test func jsonLDNewsArticleGivesEveryField() throws {
        let parsed = try Self.page(
            head: #"""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Ignored Site"},
                  {"@type": "NewsArticle", "headline": "Council Passes Budget",
                   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Smith"}],
                   "datePublished": "2021-03-04T10:15:00+01:00", "dateModified": "2021-03-05T08:00:00Z",
                   "inLanguage": "en-GB", "publisher": {"@type": "Organization", "name": "The Daily Example"},
                   "url": "https://example.com/budget", "description": "The budget passed."}]}
                </script>
                """#)
        #expect(parsed.title == "Council Passes Budget")
        #expect(parsed.metadata.authors == ["Jane Doe", "John Smith"])
        #expect(parsed.metadata.published == "2021-03-04T10:15:00+01:00")
        #expect(parsed.metadata.modified == "2021-03-05T08:00:00Z")
        #expect(parsed.metadata.language == "en-GB")
        #expect(parsed.metadata.siteName == "The Daily Example")
        #expect(parsed.metadata.url == "https://example.com/budget")
        #expect(parsed.metadata.description == "The budget passed.")
    }

    @Test func brokenJSONLDIsSkippedForTheNextSource() throws {
        let parsed = try Self.page(
            head: #"""
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta property="og:title" content="From OpenGraph">
                """#)
        #expect(parsed.title == "From OpenGraph")
    }

    @Test func openGraphTags() throws {
        let parsed = try Self.page(
            head: """
                <meta property="og:title" content="OG Title"><meta property="og:site_name" content="OG Site">
                <meta property="og:url" content="https://example.org/a"><meta property="og:description" content="OG text">
                <meta property="article:published_time" content="2020-01-02T03:04:05Z">
                <meta property="article:modified_time" content="2020-01-03">
                <meta property="og:locale" content="fr_FR">
                """)
        #expect(parsed.title == "OG Title")
        #expect(parsed.metadata.siteName == "OG Site")
        #expect(parsed.metadata.url == "https://example.org/a")
        #expect(parsed.metadata.description == "OG text")
        #expect(parsed.metadata.published == "2020-01-02T03:04:05Z")
        #expect(parsed.metadata.modified == "2020-01-03")
        #expect(parsed.metadata.language == "fr-FR")
    }

    @Test func twitterCardTags() throws {
        let parsed = try Self.page(
            head: """
                <meta name="twitter:title" content="Card Title"><meta name="twitter:description" content="Card text">
                """)
        #expect(parsed.title == "Card Title")
        #expect(parsed.metadata.description == "Card text")
    }

    @Test func dublinCoreAndPlainMetaTags() throws {
        let parsed = try Self.page(
            head: """
                <meta name="DC.title" content="Dublin Title"><meta name="DC.creator" content="Maria Garcia">
                <meta name="DC.date" content="2019-07-08"><meta name="DC.language" content="es">
                """)
        #expect(parsed.title == "Dublin Title")
        #expect(parsed.metadata.authors == ["Maria Garcia"])
        #expect(parsed.metadata.published == "2019-07-08")
        #expect(parsed.metadata.language == "es")
    }

    @Test func timeElementBylineAndHTMLLang() throws {
        let parsed = try Self.page(
            body: """
                <h1>Visible Headline</h1>
                <div class="byline">By <a rel="author" href="/people/ann">Ann Lee</a></div>
                <time datetime="2018-05-06T07:08:09Z">May 6</time>
                """ + Self.body,
            lang: "de")
        #expect(parsed.title == "Visible Headline")
        #expect(parsed.metadata.authors == ["Ann Lee"])
        #expect(parsed.metadata.published == "2018-05-06T07:08:09Z")
        #expect(parsed.metadata.language == "de")
        #expect(!parsed.text.contains("Ann Lee"), "the byline is not article text")
    }

    @Test func microdataDatesAndAuthor() throws {
        let parsed = try Self.page(
            body: """
                <span itemprop="author" itemscope><span itemprop="name">Omar Khan</span></span>
                <span itemprop="datePublished" content="2017-09-10">Sept 10</span>
                """ + Self.body)
        #expect(parsed.metadata.authors == ["Omar Khan"])
        #expect(parsed.metadata.published == "2017-09-10")
    }

    @Test func desksAndNavigationAreNotAuthors() throws {
        let parsed = try Self.page(
            head: #"<meta name="author" content="Staff"><meta name="author" content="https://facebook.com/x">"#,
            body: #"<div class="author-links"><a href="/">Home</a> <a href="/news">More News</a></div>"# + Self.body)
        #expect(parsed.metadata.authors.isEmpty)
    }

    @Test func futureDatesAndScriptTextAreNeverDates() throws {
        let parsed = try Self.page(
            head: #"""
                <meta property="article:published_time" content="2999-01-01T00:00:00Z">
                <script>var published = "2015-01-01T00:00:00Z";</script>
                """#)
        #expect(parsed.metadata.published == nil)
    }

    @Test func writtenDatesBecomeISO() throws {
        let parsed = try Self.page(head: #"<meta name="date" content="Tue, 19 Nov 2019 12:30:00 GMT">"#)
        #expect(parsed.metadata.published == "2019-11-19T12:30:00Z")
        let written = try Self.page(head: #"<meta name="pubdate" content="November 19, 2019 3:05 PM">"#)
        #expect(written.metadata.published == "2019-11-19T15:05:00")
    }

    @Test func missingMetadataIsNull() throws {
        let parsed = try Self.page()
        #expect(parsed.metadata == ArticleMetadata(extraction: "container"))
    }
}
