import Foundation
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
}
