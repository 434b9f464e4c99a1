import Foundation
import NewsGraphCore
import NewsGraphGraph
import NewsGraphStore

/// Everything a run writes about the graph, fed one record at a time: the builder keeps
/// aggregates, the SQLite store takes documents, mentions and quotes as they arrive; at the end
/// the graph is resolved and written in every format, then the report page.
final class GraphOutput {
    static let databaseName = "newsgraph.sqlite"

    let directory: String
    private var builder: GraphBuilder
    private var timeline = Timeline()
    private let store: GraphStore
    private(set) var graph = EntityGraph(nodes: [], edges: [])

    /// `searchIndex`: the database gets the full-text index `serve` searches.
    init(directory: String, options: GraphOptions, searchIndex: Bool = true) throws {
        self.directory = directory
        builder = GraphBuilder(options: options)
        store = try GraphStore(path: directory + "/" + Self.databaseName, searchIndex: searchIndex)
    }

    /// Adds a record; `countsInGraph` false (a near-duplicate) puts it in the database only.
    func add(_ record: DocumentRecord, countsInGraph: Bool = true) throws {
        let prepared = Self.prepare(record, options: builder.options, summarises: countsInGraph)
        try add(summary: prepared.summary, rows: prepared.rows)
    }

    /// The record resolved within its document, summarised for the graph (unless `summarises`
    /// is false) and made ready for the database, its keys grouped once for all three (the
    /// workers of a run call this).
    static func prepare(
        _ record: DocumentRecord, options: GraphOptions, summarises: Bool = true
    ) -> (summary: DocumentSummary?, rows: StoreRecord) {
        let (resolved, keys) = EntityResolver.resolvingWithinDocument(record, keys: RecordKeys(record))
        let summary = summarises ? DocumentSummary(resolved: resolved, keys: keys, options: options) : nil
        return (summary, StoreRecord(resolved, keys: keys))
    }

    /// The record's summary for the graph alone (for one whose worker left it out).
    static func summary(_ record: DocumentRecord, options: GraphOptions) -> DocumentSummary {
        let (resolved, keys) = EntityResolver.resolvingWithinDocument(record, keys: RecordKeys(record))
        return DocumentSummary(resolved: resolved, keys: keys, options: options)
    }

    /// Adds a record already resolved within its document, summarised with this output's graph
    /// options and made ready for the database (the workers do all three); without a summary
    /// (a near-duplicate) it goes into the database only.
    func add(summary: DocumentSummary?, rows: StoreRecord) throws {
        // A copy's co-mentions would count the same story twice: it skips the graph whole.
        if let summary {
            builder.add(summary)
            timeline.add(summary)
        }
        try store.add(rows)
    }

    /// Builds the graph and writes the graph files and the database's graph tables.
    func finish() throws -> EntityGraph {
        // The database indexes its rows on its own queue while the graph is built and written.
        try store.indexRows()
        let merged = builder.mergedKeys()
        graph = builder.build(mergedKeys: merged)
        let rows = timeline.rows(mergedKeys: merged, nodes: Set(graph.nodes.map(\.id)))
        // Rows come sorted by entity, then day: each node's days in order.
        let days = Dictionary(grouping: rows, by: \.entity).mapValues { $0.map(\.day) }
        // The files are built on the shared pool while this thread fills the graph tables.
        let graph = self.graph
        try GraphFiles.write(graph, to: directory, days: days) {
            try store.finish(graph: graph, mergedKeys: merged)
            try OutputFile.write(Array(Timeline.csv(rows).utf8), to: directory + "/timeline.csv")
            try store.writeTimeline(rows.map { ($0.entity, $0.day, $0.mentions, $0.documents) })
        }
        return graph
    }

    /// The days documents were published on, and how many had no date (for `report.json`).
    var timelineFigures: (first: String?, last: String?, dated: Int, undated: Int) {
        (timeline.span?.first, timeline.span?.last, timeline.datedDocuments, timeline.undatedDocuments)
    }

    /// `report.html`, from the finished graph, the database and the run's figures.
    func writeReportPage(_ report: RunReport) throws {
        var figures: [(name: String, value: String)] = [
            ("documents", "\(report.documents)"), ("succeeded", "\(report.succeeded)"), ("failed", "\(report.failed)"),
            ("entity mentions", "\(report.entities)"), ("quotes", "\(report.quotes)"),
            ("text", String(format: "%.2f MB", Double(report.textBytes) / 1e6)),
            ("graph nodes", "\(graph.nodes.count)"), ("graph edges", "\(graph.edges.count)"),
        ]
        if report.duplicates > 0 { figures.append(("near-duplicates", "\(report.duplicates)")) }
        for cluster in report.largestDuplicateClusters.prefix(3) {
            figures.append(("copies of " + cluster.id, "\(cluster.copies)"))
        }
        if report.wallSeconds > 0 { figures.append(("wall time", String(format: "%.1f s", report.wallSeconds))) }
        let speakers = try store.topSpeakers(limit: 20, quotesEach: 3).map {
            ReportPage.Speaker(entity: $0.entity, quoteCount: $0.quoteCount, quotes: $0.quotes)
        }
        var page = ReportPage(
            title: "NewsGraph report: " + (directory as NSString).lastPathComponent, figures: figures, graph: graph,
            speakers: speakers, documents: try store.richestDocuments(limit: ReportPage.documentLimit),
            drawing: GraphDrawing.svg(for: GraphDrawing.core(of: graph))
        )
        let risers = try store.risers(limit: 15, charted: 5)
        page.rising = RisingSection(
            days: risers.days, recentDays: risers.recentDays,
            risers: risers.entities.map {
                RisingSection.Riser(
                    entity: $0.entity, recent: $0.recent, before: $0.before, daily: risers.daily[$0.entity] ?? [])
            })
        try OutputFile.write(page.html(), to: directory + "/report.html")
    }
}
