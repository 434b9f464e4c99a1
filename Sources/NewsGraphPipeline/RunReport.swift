import NewsGraphCore

/// Counts, timings and per-document errors of a run: `report.json`.
package struct RunReport: Sendable {
    package var documents = 0
    package var succeeded = 0
    package var failures: [DocumentFailure] = []
    package var decodingFallbacks: [(id: String, encoding: String)] = []
    /// Documents whose double-encoded characters (`â€™`) were repaired, and how many characters.
    package var mojibakeDocuments = 0
    package var mojibakeCharacters = 0
    package var inputBytes = 0
    package var textBytes = 0
    package var entities = 0
    package var quotes = 0
    /// Documents that went through, by `metadata.language` (a record without one counts as `en`).
    package var languages: [String: Int] = [:]
    package var stageTimings = StageTimings()
    package var wallSeconds = 0.0
    package var graphSeconds = 0.0
    package var graphNodes: Int?
    package var graphEdges: Int?
    /// Failures kept in full; beyond this only counted, so a corrupt corpus cannot fill memory.
    package static let failureDetailLimit = 10_000
    package var failuresByKind: [DocumentFailure.Kind: Int] = [:]
    /// Documents already in the output and skipped (`--resume`).
    package var skipped = 0
    /// The run was stopped (Ctrl-C) before all inputs were read.
    package var interrupted = false
    /// Near-duplicates: documents marked as copies of an earlier one (this run's), the clusters
    /// (originals with copies, earlier runs' included) and the largest of them.
    package var duplicates = 0
    package var duplicateClusters = 0
    package var largestDuplicateClusters: [(id: String, copies: Int)] = []
    /// Feeds and sitemaps read (`robots.txt` and indexes included), those that failed, and the
    /// articles they announced (each once).
    package var feeds = (read: 0, failed: 0, articles: 0)
    /// The first and last publication day of the documents in the graph, and how many of them had
    /// a date (`timeline.csv` counts only those).
    package var timeline: (first: String?, last: String?, dated: Int, undated: Int)?
    /// `--keep-duplicates`: copies counted in the graph; nil when nothing was looked for.
    package var duplicatesInGraph: Bool?

    package init() {}

    package var failed: Int { documents - succeeded - skipped }

    /// The process exit code: 0 when every document went through, 1 when some failed, 130
    /// (as a shell reports SIGINT) when the run was interrupted.
    package var exitCode: Int32 { interrupted ? 130 : failed == 0 ? 0 : 1 }

    /// The exit code once the outputs are written: a stop that came after the report was made
    /// (a Ctrl-C while the graph was written) still ends an interrupted run.
    package func exitCode(after stop: StopSignal?) -> Int32 { stop?.isStopped == true ? 130 : exitCode }

    mutating func record(_ outcome: DocumentProcessor.Outcome) {
        documents += 1
        if outcome.skipped {
            skipped += 1
            inputBytes += outcome.inputBytes
            return
        }
        inputBytes += outcome.inputBytes
        stageTimings += outcome.timings
        if let fallback = outcome.decodingFallback, case .success(let record) = outcome.result {
            decodingFallbacks.append((record.id, fallback))
        }
        if outcome.mojibakeRepaired > 0, case .success = outcome.result {
            mojibakeDocuments += 1
            mojibakeCharacters += outcome.mojibakeRepaired
        }
        switch outcome.result {
        case .success(let record):
            succeeded += 1
            textBytes += record.text.utf8.count
            entities += record.entities.count
            quotes += record.quotes.count
            languages[record.metadata.language ?? "en", default: 0] += 1
        case .failure(let failure):
            failuresByKind[failure.kind, default: 0] += 1
            if failures.count < Self.failureDetailLimit { failures.append(failure) }
        }
    }

    /// What the duplicate index found, for the report.
    mutating func noteDuplicates(_ index: DuplicateIndex, found: Int, options: DuplicateOptions) {
        duplicates = found
        duplicateClusters = index.clusterCount
        largestDuplicateClusters = index.largestClusters(limit: Self.clusterListLimit)
        duplicatesInGraph = options.keepsInGraph
    }

    static let clusterListLimit = 10

    package func json() -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("documents", documents)
        writer.field("succeeded", succeeded)
        writer.field("failed", failed)
        writer.field("skipped", skipped)
        writer.field("interrupted", interrupted)
        writer.field("input_bytes", inputBytes)
        writer.field("text_bytes", textBytes)
        writer.field("entities", entities)
        writer.field("quotes", quotes)
        writer.key("languages")
        writer.beginObject()
        for (language, count) in languages.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            writer.key(named: language)
            writer.value(count)
        }
        writer.endObject()
        if let graphNodes, let graphEdges {
            writer.key("graph")
            writer.beginObject()
            writer.field("nodes", graphNodes)
            writer.field("edges", graphEdges)
            writer.endObject()
        }
        if feeds.read + feeds.failed > 0 {
            writer.key("feeds")
            writer.beginObject()
            writer.field("read", feeds.read)
            writer.field("failed", feeds.failed)
            writer.field("articles", feeds.articles)
            writer.endObject()
        }
        if let timeline {
            writer.key("timeline")
            writer.beginObject()
            writer.field("first_day", timeline.first)
            writer.field("last_day", timeline.last)
            writer.field("dated_documents", timeline.dated)
            writer.field("undated_documents", timeline.undated)
            writer.endObject()
        }
        if let duplicatesInGraph {
            writer.key("duplicates")
            writer.beginObject()
            writer.field("documents", duplicates)
            writer.field("clusters", duplicateClusters)
            writer.field("counted_in_graph", duplicatesInGraph)
            writer.key("largest_clusters")
            writer.beginArray()
            for cluster in largestDuplicateClusters {
                writer.beginObject()
                writer.field("id", cluster.id)
                writer.field("copies", cluster.copies)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.key("seconds")
        writer.beginObject()
        writer.field("wall", rounded(wallSeconds))
        writer.field("fetch_cpu", rounded(seconds(stageTimings.fetch)))
        writer.field("parse_cpu", rounded(seconds(stageTimings.parse)))
        writer.field("extract_cpu", rounded(seconds(stageTimings.extract)))
        writer.field("graph", rounded(graphSeconds))
        writer.endObject()
        writer.field("text_mb_per_second", wallSeconds > 0 ? rounded(Double(textBytes) / 1e6 / wallSeconds) : 0)
        writer.key("errors_by_kind")
        writer.beginObject()
        for (kind, count) in failuresByKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            writer.key(named: kind.rawValue)
            writer.value(count)
        }
        writer.endObject()
        writer.key("error_examples")
        writer.beginObject()
        for kind in failuresByKind.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            writer.key(named: kind.rawValue)
            writer.beginArray()
            for failure in failures.lazy.filter({ $0.kind == kind }).prefix(3) {
                writer.beginObject()
                writer.field("id", failure.id)
                writer.field("message", failure.message)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
        writer.key("errors")
        writer.beginArray()
        for failure in failures {
            writer.beginObject()
            writer.field("id", failure.id)
            writer.field("source", failure.source)
            writer.field("kind", failure.kind.rawValue)
            writer.field("message", failure.message)
            writer.endObject()
        }
        writer.endArray()
        writer.key("decoding_fallbacks")
        writer.beginArray()
        for fallback in decodingFallbacks {
            writer.beginObject()
            writer.field("id", fallback.id)
            writer.field("encoding", fallback.encoding)
            writer.endObject()
        }
        writer.endArray()
        writer.key("mojibake_repaired")
        writer.beginObject()
        writer.field("documents", mojibakeDocuments)
        writer.field("characters", mojibakeCharacters)
        writer.endObject()
        writer.endObject()
        writer.newline()
        return writer.bytes
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
