import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphStore
import NewsGraphTestSupport
import Testing

/// Per-day counts: `timeline.csv`, the `timeline` table and the report's first and last day.
@Suite struct TimelineTests {
    static func page(_ text: String, published: String?) -> String {
        let meta = published.map { "<meta property=\"article:published_time\" content=\"\($0)\">" } ?? ""
        return "<html><head>\(meta)<title>Report</title></head><body><article><p>\(text)</p></article></body></html>"
    }

    @Test func entitiesAreCountedPerDayOfPublication() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        let pages = [
            ("a", "Tony Blair met Gordon Brown in London on Monday to talk about the budget.", "2024-03-01T09:00:00Z"),
            ("b", "Tony Blair said the talks with the unions in Leeds had gone well.", "2024-03-01T18:00:00Z"),
            ("c", "Tony Blair and Tony Blair's advisers flew to Paris on Wednesday.", "2024-03-03T07:00:00Z"),
            ("d", "Gordon Brown visited a school in Kirkcaldy with pupils and teachers.", nil),
        ]
        for (name, text, date) in pages {
            try Self.page(text, published: date).write(
                toFile: root + "/in/\(name).html", atomically: true, encoding: .utf8)
        }
        let report = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 2), outputDirectory: root + "/out")
        let timeline = try #require(report.timeline)
        #expect(timeline.first == "2024-03-01" && timeline.last == "2024-03-03")
        #expect(timeline.dated == 3 && timeline.undated == 1)
        let store = try GraphStore(readingAt: root + "/out/newsgraph.sqlite")
        let blair = try store.timeline(of: "PERSON:Tony Blair")
        #expect(blair.map(\.day) == ["2024-03-01", "2024-03-03"])
        #expect(blair.map(\.documents) == [2, 1])
        #expect(blair[1].mentions == 2)
        // The undated visit is in the graph but on no day.
        #expect(try store.timeline(of: "PERSON:Gordon Brown").map(\.documents) == [1])
        let csv = try String(contentsOfFile: root + "/out/timeline.csv", encoding: .utf8)
        #expect(csv.hasPrefix("entity,day,mentions,documents\n"))
        #expect(csv.contains("PERSON:Tony Blair,2024-03-01,2,2\n"))
    }

    /// A page without a date takes the feed's, else the fetch time, and says so; a page with its
    /// own date keeps its record as it was.
    @Test func undatedPagesTakeTheFeedsDateOrTheFetchTime() async throws {
        let server = try FixtureServer()
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        server.serve("/own", Self.page("Mayor Ingrid Vasquez opened the pier.", published: "2024-05-02T08:00:00Z"))
        server.serve("/fed", Self.page("Engineers inspected the Kessler Dam.", published: nil))
        server.serve("/bare", Self.page("The Riverside Orchestra played in Vienna.", published: nil))
        server.serve(
            "/feed.rss",
            "<rss version=\"2.0\"><channel><item><link>/own</link><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate></item>"
                + "<item><link>/fed</link><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate></item>"
                + "<item><link>/bare</link></item></channel></rss>",
            contentType: "application/rss+xml")
        var options = RunOptions(inputs: [server.url("/feed.rss")], jobs: 2)
        options.fetchPolicy = FeedRunTests.policy()
        let before = Date()
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(report.succeeded == 3 && report.timeline?.undated == 0)
        let lines = try String(contentsOfFile: root + "/out/documents.jsonl", encoding: .utf8).split(separator: "\n")
        let records = try DuplicateTests.records(root + "/out/documents.jsonl")
        let own = try #require(records[server.url("/own")])
        #expect(own.metadata.published == "2024-05-02T08:00:00Z" && own.metadata.dateSource == nil)
        #expect(lines.filter { $0.contains("date_source") }.count == 2, "the page's own date adds no field")
        let fed = try #require(records[server.url("/fed")])
        #expect(fed.metadata.published == "2024-05-07T10:00:00Z" && fed.metadata.dateSource == "feed")
        let bare = try #require(records[server.url("/bare")])
        #expect(bare.metadata.dateSource == "fetched")
        let fetched = try #require(bare.metadata.published.flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(fetched.timeIntervalSince(before) > -2 && fetched.timeIntervalSinceNow < 2)
        let decoded = try DocumentRecord.decode(jsonLine: Array(bare.jsonLine().dropLast()))
        #expect(decoded.metadata.dateSource == "fetched", "the field survives a round trip")
    }

    /// The rule itself: the page's date wins, then the feed's, then the fetch time.
    @Test func theDateRuleKeepsThePagesOwnDate() {
        var page = ArticleMetadata(published: "2024-01-01")
        DocumentProcessor.fillDate(&page, feed: "2024-02-02", fetched: "2024-03-03T00:00:00Z")
        #expect(page.published == "2024-01-01" && page.dateSource == nil)
        var archived = ArticleMetadata()
        DocumentProcessor.fillDate(&archived, feed: nil, fetched: "2024-03-03T00:00:00Z")
        #expect(archived.published == "2024-03-03T00:00:00Z" && archived.dateSource == "fetched")
        var none = ArticleMetadata()
        DocumentProcessor.fillDate(&none, feed: nil, fetched: nil)
        #expect(none.published == nil && none.dateSource == nil)
    }

    /// Ten days of news: Blair is named every day of the last seven with dated documents, Brown
    /// only in the three before. The report shows Blair rising with a chart; Gephi gets spells.
    @Test func theReportShowsWhoRoseAndTheGraphPlaysOverTime() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        var pages = [
            ("01", "Gordon Brown met Tony Blair in London to talk about the budget."),
            ("02", "Gordon Brown spoke about the budget to workers in Leeds."),
            ("03", "Gordon Brown visited a school in Kirkcaldy with pupils and teachers."),
        ]
        // Different stories, or the run would count the copies once.
        pages += [
            ("04", "Tony Blair said the talks had gone well."),
            ("05", "Tony Blair visited a hospital and thanked the nurses."),
            ("06", "Reporters asked Tony Blair about the new railway line."),
            ("07", "Tony Blair wrote to farmers about the dry summer."),
            ("08", "Tony Blair opened a bridge over the estuary."),
            ("09", "Tony Blair answered questions from students at a college."),
            ("10", "Tony Blair praised the firefighters after the storm."),
        ]
        for (day, text) in pages {
            try Self.page(text, published: "2024-04-\(day)T12:00:00Z").write(
                toFile: root + "/in/\(day).html", atomically: true, encoding: .utf8)
        }
        _ = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 2), outputDirectory: root + "/out")
        let store = try GraphStore(readingAt: root + "/out/newsgraph.sqlite")
        let risers = try store.risers(limit: 10, charted: 5)
        #expect(risers.days.count == 10 && risers.recentDays == 7 && risers.days.last == "2024-04-10")
        let first = try #require(risers.entities.first)
        #expect(first.entity == "PERSON:Tony Blair" && first.recent == 7 && first.before == 1)
        #expect(!risers.entities.contains { $0.entity == "PERSON:Gordon Brown" })
        #expect(risers.daily["PERSON:Tony Blair"] == [1, 0, 0, 1, 1, 1, 1, 1, 1, 1])
        let html = try String(contentsOfFile: root + "/out/report.html", encoding: .utf8)
        #expect(html.contains("<section id=\"rising\"><h2>Rising this week</h2>"))
        #expect(html.contains("<title>2024-04-10: 1 mention</title>") && !html.contains("<script"))
        let gexf = try String(contentsOfFile: root + "/out/graph.gexf", encoding: .utf8)
        #expect(gexf.contains("<graph mode=\"dynamic\" timeformat=\"date\""))
        let blair = try #require(gexf.split(separator: "\n").first { $0.contains("<node id=\"PERSON:Tony Blair\"") })
        #expect(
            blair.contains(
                "<spells><spell start=\"2024-04-01\" end=\"2024-04-01\"/><spell start=\"2024-04-04\" end=\"2024-04-10\"/></spells>"
            ))
    }

    @Test func withoutDatesTheReportSaysSoAndTheGraphStaysStatic() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        try Self.page("Tony Blair met Gordon Brown in London.", published: nil).write(
            toFile: root + "/in/a.html", atomically: true, encoding: .utf8)
        _ = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 2), outputDirectory: root + "/out")
        let html = try String(contentsOfFile: root + "/out/report.html", encoding: .utf8)
        #expect(html.contains("No dated documents"))
        let gexf = try String(contentsOfFile: root + "/out/graph.gexf", encoding: .utf8)
        #expect(gexf.contains("<graph mode=\"static\"") && !gexf.contains("<spells>"))
    }
}
