import Foundation
import NewsGraphCore
import NewsGraphParse
import Testing

/// Feeds and sitemaps written for these tests, read without a network.
@Suite struct FeedReaderTests {
    static func read(_ text: String, url: String? = "https://news.example.org/feeds/main.xml") throws -> FeedReader.Feed
    {
        try FeedReader.read(Array(text.utf8), url: url).get()
    }

    static func error(_ text: String) -> String? {
        guard case .failure(let error) = FeedReader.read(Array(text.utf8), url: nil) else { return nil }
        return error.description
    }

    /// libxml2 tells of bad UTF-8 over two lines; the failure is one.
    @Test func brokenXMLIsAOneLineFailure() {
        let bytes =
            Array("<rss version=\"2.0\"><channel><item><title>Caf".utf8) + [0xE3, 0x69] + Array("</title>".utf8)
        guard case .failure(let error) = FeedReader.read(bytes, url: nil) else {
            Issue.record("a feed with bad UTF-8 was read")
            return
        }
        #expect(error.description.hasPrefix("broken XML") && !error.description.contains("\n"), "\(error)")
    }

    @Test func rss2ItemsWithRelativeLinksGuidsAuthorsAndDates() throws {
        let feed = try Self.read(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
              <channel><title>Harbour Gazette</title><link>https://news.example.org/</link>
                <item><title><![CDATA[Ferry terminal <b>delayed</b>]]></title><link>/2024/03/ferry</link>
                  <media:title>A photo of cranes</media:title>
                  <pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><dc:creator>Ingrid Vasquez</dc:creator></item>
                <item><title>Orchestra names conductor</title>
                  <guid isPermaLink="true">https://news.example.org/2024/03/orchestra</guid>
                  <author>desk@example.org (Tomas Lindqvist)</author><pubDate>not a date</pubDate></item>
                <item><title>No address</title><guid isPermaLink="false">item-77</guid></item>
                <item><title>Again</title><link>https://news.example.org/2024/03/ferry</link></item>
              </channel></rss>
            """)
        #expect(feed.kind == .rss)
        #expect(
            feed.entries.map(\.url) == [
                "https://news.example.org/2024/03/ferry", "https://news.example.org/2024/03/orchestra",
            ])
        #expect(feed.entries[0].title == "Ferry terminal delayed")
        #expect(feed.entries[0].published == "2024-03-05T09:30:00Z")
        #expect(feed.entries[0].authors == ["Ingrid Vasquez"])
        #expect(feed.entries[1].authors == ["Tomas Lindqvist"] && feed.entries[1].published == nil)
    }

    @Test func rss091AndRss10() throws {
        let old = try Self.read(
            """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title>
              <item><title>Bridge reopens</title><link>http://old.example.com/bridge.html</link></item>
            </channel></rss>
            """)
        #expect(old.entries.map(\.url) == ["http://old.example.com/bridge.html"])
        let rdf = try Self.read(
            """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://rdf.example.net/"><title>RDF news</title></channel>
              <item rdf:about="https://rdf.example.net/a"><title>Mill closes</title><dc:date>2023-11-02</dc:date></item>
            </rdf:RDF>
            """)
        #expect(rdf.kind == .rss)
        #expect(
            rdf.entries == [FeedEntry(url: "https://rdf.example.net/a", title: "Mill closes", published: "2023-11-02")])
    }

    @Test func atomWithBaseAlternateLinksAuthorsAndASourceToSkip() throws {
        let feed = try Self.read(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.com/world/">
              <title>World</title><link rel="self" href="https://atom.example.com/feed"/>
              <entry><title type="html">Talks &lt;i&gt;resume&lt;/i&gt;</title>
                <link rel="self" href="/api/1"/><link rel="alternate" href="talks-resume"/>
                <id>tag:atom.example.com,2024:1</id><updated>2024-01-09T08:00:00Z</updated>
                <published>2024-01-08T18:00:00+01:00</published>
                <author><name>Amara Okoye</name><email>ao@example.com</email></author>
                <source><title>Other feed</title><link href="https://elsewhere.example/"/>
                  <author><name>Not Her</name></author></source></entry>
              <entry><id>https://atom.example.com/world/only-id</id><title>Only an id</title></entry>
            </feed>
            """)
        #expect(feed.kind == .atom)
        #expect(
            feed.entries.map(\.url) == [
                "https://atom.example.com/world/talks-resume", "https://atom.example.com/world/only-id",
            ])
        #expect(feed.entries[0].title == "Talks resume" && feed.entries[0].authors == ["Amara Okoye"])
        #expect(feed.entries[0].published == "2024-01-08T18:00:00+01:00")
    }

    @Test func jsonFeed() throws {
        let feed = try Self.read(
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Valley Post",
             "feed_url": "https://valley.example.org/feed.json",
             "items": [
               {"id": "1", "url": "/stories/dam", "title": "Dam inspected", "date_published": "2024-02-01T12:00:00Z",
                "authors": [{"name": "Lena Fischer"}]},
               {"id": "https://valley.example.org/stories/school", "title": "School opens", "author": {"name": "Ravi Menon"}},
               {"id": "3", "content_text": "no address"}
             ]}
            """)
        #expect(feed.kind == .jsonFeed)
        #expect(
            feed.entries.map(\.url) == [
                "https://valley.example.org/stories/dam", "https://valley.example.org/stories/school",
            ])
        #expect(feed.entries[0].authors == ["Lena Fischer"] && feed.entries[1].authors == ["Ravi Menon"])
        #expect(Self.error(#"{"version": "1", "items": []}"#)?.contains("not a JSON Feed") == true)
    }

    @Test func sitemapsNewsSitemapsAndIndexes() throws {
        let sitemap = try Self.read(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://paper.example.com/a</loc><lastmod>2024-04-01</lastmod></url>
              <url><loc>https://paper.example.com/b</loc>
                <news:news><news:publication><news:name>Paper</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2024-04-02T07:15:00Z</news:publication_date><news:title>Storm closes port</news:title>
                </news:news><lastmod>2024-04-03</lastmod></url>
              <url><loc>   </loc></url>
            </urlset>
            """)
        #expect(sitemap.kind == .sitemap)
        #expect(
            sitemap.entries == [
                FeedEntry(url: "https://paper.example.com/a", published: "2024-04-01"),
                FeedEntry(
                    url: "https://paper.example.com/b", title: "Storm closes port", published: "2024-04-02T07:15:00Z"),
            ])
        let index = try Self.read(
            """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://paper.example.com/sitemap-1.xml.gz</loc></sitemap>
              <sitemap><loc>/sitemap-news.xml</loc><lastmod>2024-04-03</lastmod></sitemap>
            </sitemapindex>
            """, url: "https://paper.example.com/sitemap.xml")
        #expect(index.kind == .sitemapIndex && index.entries.isEmpty)
        #expect(
            index.sitemaps == [
                "https://paper.example.com/sitemap-1.xml.gz", "https://paper.example.com/sitemap-news.xml",
            ])
    }

    @Test func futureAndImpossibleDatesAreDropped() throws {
        let feed = try Self.read(
            """
            <rss version="2.0"><channel>
              <item><link>https://d.example/1</link><pubDate>Mon, 01 Jan 2191 00:00:00 GMT</pubDate></item>
              <item><link>https://d.example/2</link><pubDate>2024-02-30</pubDate></item>
              <item><link>https://d.example/3</link><pubDate>yesterday</pubDate></item>
            </channel></rss>
            """)
        #expect(feed.entries.count == 3 && feed.entries.allSatisfy { $0.published == nil })
    }

    @Test func brokenXMLKeepsWhatCameBeforeTheBreak() throws {
        // libxml2 reads in chunks of a few hundred bytes: long items keep the break in a later one.
        let summary = "<description>" + String(repeating: "The council met again today. ", count: 30) + "</description>"
        let broken = try Self.read(
            """
            <rss version="2.0"><channel>
              <item><link>https://b.example/1</link>\(summary)</item>
              <item><link>https://b.example/2</link>\(summary)</item>
              <item><link>https://b.example/3</link><title>Unclosed & wrong</item>
            """)
        #expect(broken.entries.map(\.url) == ["https://b.example/1", "https://b.example/2"])
        #expect(broken.problem?.hasPrefix("broken XML at line") == true)
        #expect(Self.error("<rss><channel><item><link>x</link></channel>")?.hasPrefix("broken XML") == true)
        #expect(
            Self.error("<html><body><p>An article</p></body></html>")
                == "not a feed or sitemap (the root element is <html>)")
        #expect(Self.error("Plain words") == "not a feed or sitemap (neither XML nor JSON)")
    }

    @Test func entityDeclarationsAreRefused() throws {
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>&secret;</title><link>https://x.example/1</link></item></channel></rss>
            """
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss version="2.0"><channel><item><title>&lol3;</title><link>https://x.example/2</link></item></channel></rss>
            """
        for text in [external, laughs] {
            let message = try #require(Self.error(text))
            #expect(message.hasPrefix("refused: the XML declares entities") && !message.contains("\n"))
        }
    }
}
