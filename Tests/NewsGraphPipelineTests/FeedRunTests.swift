import Foundation
import NewsGraphCore
import NewsGraphHTTP
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// Feeds and sitemaps as inputs of a run, served on 127.0.0.1: discovery through indexes,
/// gzip and robots.txt, feed metadata for pages without it, and a daily run that fetches only
/// what is new.
@Suite struct FeedRunTests {
    static func page(_ headline: String, _ body: String, date: String? = nil) -> String {
        let time = date.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? ""
        return "<html><head><title>\(headline)</title></head><body><article><h1>\(headline)</h1>\(time)"
            + body.split(separator: "\n").map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    }

    static let articles: [(path: String, headline: String, body: String)] = [
        (
            "/news/ferry", "Ferry terminal opens late",
            "Harbour officials in Port Elmsworth said the new ferry terminal would open three weeks late.\nMayor Ingrid Vasquez said the old pier would stay in service through the spring."
        ),
        (
            "/news/orchestra", "Conductor to step down",
            "The Riverside Orchestra said its conductor, Tomas Lindqvist, would step down next year.\nLindqvist said he wanted more time to compose and to teach in Vienna."
        ),
        (
            "/news/dam", "Dam passes inspection",
            "Engineers from the Valley Water Board inspected the Kessler Dam on Monday.\nBoard chair Lena Fischer said the repairs had held through the winter floods."
        ),
    ]

    static func policy(cache: String? = nil) -> FetchPolicy {
        var policy = FetchPolicy()
        policy.baseDelaySeconds = 0.01
        policy.readTimeoutSeconds = 2
        policy.connectTimeoutSeconds = 2
        policy.retries = 0
        policy.cacheDirectory = cache
        return policy
    }

    static func rss(_ server: FixtureServer, _ paths: [String]) -> String {
        let items = paths.map { path in
            "<item><title>Feed title for \(path)</title><link>\(path)</link>"
                + "<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><author>desk@example.org (Amara Okoye)</author></item>"
        }
        return
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test</title>\(items.joined())</channel></rss>"
    }

    static func serveArticles(_ server: FixtureServer) {
        for article in articles { server.serve(article.path, page(article.headline, article.body)) }
    }

    @Test func sitemapIndexGzipRobotsAndFeedMetadata() async throws {
        let server = try FixtureServer()
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        Self.serveArticles(server)
        let news = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>/news/ferry</loc><news:news><news:publication_date>2024-03-01</news:publication_date>
            <news:title>Sitemap title</news:title></news:news></url></urlset>
            """
        server.serve("/sitemaps/news.xml.gz", try TestSupport.gzip(Array(news.utf8)), contentType: "application/x-gzip")
        server.serve(
            "/sitemaps/more.xml",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>\(server.url("/news/dam"))</loc></url></urlset>",
            contentType: "application/xml")
        server.serve(
            "/sitemap-index.xml",
            """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>/sitemaps/news.xml.gz</loc></sitemap><sitemap><loc>/sitemaps/more.xml</loc></sitemap>
            <sitemap><loc>/sitemaps/missing.xml</loc></sitemap></sitemapindex>
            """, contentType: "application/xml")
        server.serve(
            "/robots.txt", "User-agent: *\nDisallow: /private\nSitemap: /sitemap-index.xml\n", contentType: "text/plain"
        )
        server.serve(
            "/feed.json",
            #"{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "/news/orchestra", "authors": [{"name": "Ravi Menon"}]}]}"#,
            contentType: "application/feed+json")
        try "\(server.url("/robots.txt"))\n# the orchestra\n\(server.url("/feed.json"))\n".write(
            toFile: root + "/feeds.txt", atomically: true, encoding: .utf8)
        var options = RunOptions(inputs: [], jobs: 2)
        options.feedListFiles = [root + "/feeds.txt"]
        options.fetchPolicy = Self.policy()
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(report.feeds.read == 5 && report.feeds.failed == 1 && report.feeds.articles == 3)
        #expect(report.succeeded == 3 && report.failed == 1 && report.exitCode == 1)
        let records = try DuplicateTests.records(root + "/out/documents.jsonl")
        let ferry = try #require(records[server.url("/news/ferry")])
        #expect(ferry.title == "Ferry terminal opens late", "the page's own headline wins")
        #expect(ferry.metadata.published == "2024-03-01", "the page gives no date: the sitemap's")
        #expect(records[server.url("/news/orchestra")]?.metadata.authors == ["Ravi Menon"])
        #expect(records.count == 3)
    }

    @Test func aDailyRunFetchesOnlyNewArticlesAndEndsWithTheGraphOfOneRun() async throws {
        let server = try FixtureServer()
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        Self.serveArticles(server)
        server.serve(
            "/feed.rss", Self.rss(server, ["/news/ferry", "/news/orchestra"]), contentType: "application/rss+xml")
        try "\(server.url("/feed.rss"))\n".write(toFile: root + "/feeds.txt", atomically: true, encoding: .utf8)
        var options = RunOptions(inputs: [], jobs: 2)
        options.feedListFiles = [root + "/feeds.txt"]
        options.fetchPolicy = Self.policy(cache: root + "/cache")
        options.resume = true
        let first = try await Jobs.run(options, outputDirectory: root + "/news")
        #expect(first.succeeded == 2 && first.skipped == 0 && first.exitCode == 0)
        let records = try DuplicateTests.records(root + "/news/documents.jsonl")
        #expect(records[server.url("/news/ferry")]?.metadata.authors == ["Amara Okoye"])
        #expect(records[server.url("/news/ferry")]?.metadata.published == "2024-03-05T09:30:00Z")

        server.serve(
            "/feed.rss", Self.rss(server, ["/news/dam", "/news/ferry", "/news/orchestra"]),
            contentType: "application/rss+xml")
        let second = try await Jobs.run(options, outputDirectory: root + "/news")
        #expect(second.succeeded == 1 && second.skipped == 2 && second.feeds.articles == 3)
        let stats = try await server.stats()
        #expect(["/news/ferry", "/news/orchestra", "/news/dam"].map { stats.counts[$0] } == [1, 1, 1])
        #expect(stats.counts["/feed.rss"] == 2 && stats.conditional == ["/feed.rss"], "the feed is revalidated")

        var single = options
        single.resume = false
        single.fetchPolicy = Self.policy()
        _ = try await Jobs.run(single, outputDirectory: root + "/single")
        #expect(try DuplicateTests.sameGraph(root + "/news", root + "/single"))
    }

    @Test func aHomePageStandsForTheFeedsItAnnounces() async throws {
        let server = try FixtureServer()
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        Self.serveArticles(server)
        server.serve(
            "/",
            """
            <html><head><link rel="stylesheet" type="text/css" href="/site.css">
            <link rel="alternate" type="application/rss+xml" title="News" href="/feeds/news.rss">
            <link rel="alternate" type="application/feed+json" href="\(server.url("/feeds/all.json"))">
            <link rel="alternate" hreflang="de" href="/de/"></head><body><p>Front page</p></body></html>
            """)
        server.serve("/feeds/news.rss", Self.rss(server, ["/news/ferry"]), contentType: "application/rss+xml")
        server.serve(
            "/feeds/all.json",
            #"{"version": "https://jsonfeed.org/version/1", "items": [{"url": "/news/dam"}, {"url": "/news/ferry"}]}"#,
            contentType: "application/json")
        try "\(server.url("/"))\n".write(toFile: root + "/feeds.txt", atomically: true, encoding: .utf8)
        var options = RunOptions(inputs: [], jobs: 2)
        options.feedListFiles = [root + "/feeds.txt"]
        options.fetchPolicy = Self.policy()
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(report.feeds.read == 2 && report.feeds.articles == 2 && report.succeeded == 2 && report.exitCode == 0)
        let ids = try Set(DuplicateTests.records(root + "/out/documents.jsonl").keys)
        #expect(ids == [server.url("/news/ferry"), server.url("/news/dam")])
    }

    @Test func aHostileOrBrokenFeedIsOneFailedInput() async throws {
        let server = try FixtureServer()
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        Self.serveArticles(server)
        server.serve(
            "/evil.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><rss><channel><item><title>&x;</title><link>/news/dam</link></item></channel></rss>",
            contentType: "application/xml")
        server.serve("/broken.rss", "<rss><channel><item><link>/news/ferry</link>", contentType: "application/rss+xml")
        var options = RunOptions(
            inputs: [server.url("/evil.xml"), server.url("/broken.rss"), server.url("/news/orchestra")], jobs: 2)
        options.fetchPolicy = Self.policy()
        var failures: [DocumentFailure] = []
        let report = try await Jobs.run(options, outputDirectory: root + "/out", onFailure: { failures.append($0) })
        #expect(report.succeeded == 1 && report.failed == 2 && report.exitCode == 1)
        #expect(failures.map(\.id) == [server.url("/evil.xml"), server.url("/broken.rss")])
        #expect(failures[0].message.hasPrefix("refused: the XML declares entities"))
        #expect(failures[1].message.hasPrefix("broken XML"))
    }
}
