import ArgumentParser
import Foundation
import Logging
import NewsGraphPipeline
import NewsGraphServe

/// `newsgraph serve DIR`: pages and a JSON API over a run's database, and extraction as a
/// service, until Ctrl-C or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore a run's graph in a browser and serve extraction over HTTP (loopback by default).",
        discussion: """
            Opens DIR/newsgraph.sqlite read-only and searches the full-text index 'run' built into it; \
            for a database without one (--no-search-index, an older run) the index is built beside it \
            (DIR/newsgraph.search.sqlite) on the first serve, or in memory when DIR cannot be written. \
            The API is described at /openapi.json.
            """
    )

    @Argument(help: "A folder written by 'newsgraph run' (it holds newsgraph.sqlite).")
    var directory: String

    @Option(help: "Address to bind: 127.0.0.1 keeps the server to this machine; 0.0.0.0 shares it.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port = 8080

    @Option(name: .customLong("max-body"), help: "Largest body POST /api/extract accepts, in bytes.")
    var maximumBodyBytes = 2 << 20

    @Option(
        name: .customLong("extract-timeout"),
        help: "Seconds POST /api/extract may take before it is answered with 503 (0 refuses every extraction).")
    var extractTimeout = 5.0

    @Option(
        name: .customLong("page-cache"),
        help: "Megabytes of rendered entity and document pages kept in memory (0: render every request).")
    var pageCacheMegabytes = 64

    @Option(
        name: .customLong("gazetteer"), help: "Extra gazetteer file for /api/extract (TSV or JSONL); may be repeated.")
    var gazetteerFiles: [String] = []

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maximumBodyBytes > 0 else { throw ValidationError("--max-body must be positive") }
        guard extractTimeout >= 0, extractTimeout <= CommonOptions.longestTimeoutSeconds else {
            throw ValidationError("--extract-timeout must be a number of seconds ≥ 0 and at most 86400 (a day)")
        }
        guard pageCacheMegabytes >= 0 else { throw ValidationError("--page-cache must be ≥ 0") }
    }

    func run() async throws {
        var options = ServeOptions(directory: directory)
        options.host = host
        options.port = port
        options.maximumBodyBytes = maximumBodyBytes
        options.extractTimeout = .milliseconds(Int64((extractTimeout * 1000).rounded()))
        options.pageCacheBytes = pageCacheMegabytes << 20
        guard FileManager.default.fileExists(atPath: options.databasePath) else {
            throw UsageError(
                description: "newsgraph: no newsgraph.sqlite in \(directory) (write one with 'newsgraph run')")
        }
        let server: NewsGraphServer
        do {
            server = try NewsGraphServer(options: options, extractor: ArticleExtractor(gazetteerFiles: gazetteerFiles))
        } catch {
            throw UsageError(description: "newsgraph: \(error)")
        }
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "newsgraph")
        logger.logLevel = .info
        let loopback = host == "127.0.0.1" || host == "::1" || host == "localhost"
        let directory = self.directory
        try await server.run(logger: logger) { address in
            let reach =
                loopback
                ? "loopback only; --host 0.0.0.0 shares it with the network"
                : "reachable from other machines"
            FileHandle.standardError.write(
                Data("newsgraph: serving \(directory) on \(address) (\(reach)); Ctrl-C stops\n".utf8))
        }
    }
}
