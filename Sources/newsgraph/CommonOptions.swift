import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphExtract
import NewsGraphFetch
import NewsGraphPipeline

/// Options every pipeline command shares.
struct CommonOptions: ParsableArguments {
    @Argument(
        help: "Files, folders (walked recursively), .jsonl record files, '-' for JSONL on stdin, or http(s) URLs.")
    var inputs: [String] = []

    @Option(name: .customLong("jobs"), help: "Documents processed at once (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("gazetteer"), help: "Extra gazetteer file (TSV or JSONL); may be repeated.")
    var gazetteerFiles: [String] = []

    @Flag(name: .customLong("quiet"), help: "Do not print per-document errors or the progress line on standard error.")
    var quiet = false

    @Option(
        name: .customLong("urls"), help: "A file of URLs to fetch, one a line ('#' starts a comment); may be repeated.")
    var urlListFiles: [String] = []

    @Option(
        name: .customLong("feeds"),
        help:
            "A file of feed or sitemap addresses (RSS, Atom, JSON Feed, sitemap, robots.txt), one a line; may be repeated."
    )
    var feedListFiles: [String] = []

    @Option(
        name: .customLong("cache"), help: "Keep fetched pages in this folder and revalidate them (ETag, Last-Modified)."
    )
    var cacheDirectory: String?

    @Option(name: .customLong("timeout"), help: "Seconds to wait for a server before giving up on an attempt.")
    var timeoutSeconds = 30.0

    @Option(
        name: .customLong("retries"),
        help: "Further attempts after a transient fetch failure (5xx, 429, time-out, connection).")
    var retries = 3

    @Option(name: .customLong("per-host"), help: "Requests in flight at once to one host.")
    var perHost = 2

    @Option(
        name: .customLong("shard"),
        help: "Only the K-th of N parts of the inputs, e.g. 2/8 (chosen by a hash of each document id).")
    var shard: String?

    @Option(
        name: .customLong("languages"),
        help:
            "Languages (ISO 639-1, comma-separated, or 'all') whose documents get entities and quotes and go into the graph; others keep text, metadata and language only."
    )
    var languages = "en"

    /// The longest time-out an option accepts: longer waits serve no crawl, and every time-out
    /// becomes a whole number of nanoseconds.
    static let longestTimeoutSeconds = 86_400.0

    func validate() throws {
        if LanguageSelection(languages) == nil {
            throw ValidationError("--languages must be ISO 639-1 codes separated by commas (en,de) or 'all'")
        }
        if inputs.isEmpty && urlListFiles.isEmpty && feedListFiles.isEmpty {
            throw ValidationError("give at least one INPUT, --urls FILE or --feeds FILE")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N") }
        // NaN and infinity pass a comparison with 0; a time-out is a duration in whole
        // nanoseconds, which they and absurdly long ones do not fit (the fetch would trap).
        guard timeoutSeconds > 0, timeoutSeconds <= Self.longestTimeoutSeconds else {
            throw ValidationError("--timeout must be a number of seconds above 0 and at most 86400 (a day)")
        }
        if retries < 0 || perHost < 1 { throw ValidationError("--retries must be ≥ 0 and --per-host ≥ 1") }
    }

    func options(onlyParse: Bool = false) -> RunOptions {
        var options = RunOptions(inputs: inputs, jobs: jobs, gazetteerFiles: gazetteerFiles, onlyParse: onlyParse)
        options.languages = LanguageSelection(languages) ?? LanguageSelection()
        options.urlListFiles = urlListFiles
        options.feedListFiles = feedListFiles
        options.fetchPolicy.cacheDirectory = cacheDirectory
        options.fetchPolicy.readTimeoutSeconds = timeoutSeconds
        options.fetchPolicy.connectTimeoutSeconds = min(10, timeoutSeconds)
        options.fetchPolicy.retries = retries
        options.fetchPolicy.maximumConnectionsPerHost = perHost
        options.shard = shard.flatMap(Shard.init)
        options.showProgress = !quiet
        let stop = StopSignal()
        stop.installInterruptHandler()
        options.stop = stop
        return options
    }

    /// Prints one line per failed document on standard error.
    func failurePrinter() -> (DocumentFailure) -> Void {
        { failure in
            guard !quiet else { return }
            let line = "newsgraph: \(failure.id): \(failure.kind.rawValue): \(failure.message)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}

/// Runs a job: inputs that name nothing readable and unreadable gazetteers are usage errors
/// (exit 2), a run that could not write its outputs exits 3 with the reason, and failed
/// documents make exit code 1.
func perform(stop: StopSignal? = nil, _ job: () async throws -> RunReport) async throws {
    let report: RunReport
    do {
        report = try await job()
    } catch let error as InputCatalog.InputError {
        throw UsageError(description: "newsgraph: \(error)")
    } catch let error as GazetteerLoader.FormatError {
        throw UsageError(description: "newsgraph: \(error)")
    } catch {
        throw OutputFailure(description: "newsgraph: could not finish the outputs: \(oneLine(error))")
    }
    let code = report.exitCode(after: stop)
    if code != 0 { throw ExitCode(code) }
}

/// An error as one line: its own description when it has one.
private func oneLine(_ error: any Error) -> String {
    let text = error is CocoaError ? error.localizedDescription : String(describing: error)
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
}
