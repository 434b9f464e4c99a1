import Foundation
import Hummingbird
import Logging
import NewsGraphPipeline

/// What `newsgraph serve` is told.
package struct ServeOptions: Sendable {
    /// The run's output folder, holding `newsgraph.sqlite`.
    package var directory: String
    /// Loopback unless told otherwise: the graph may hold what its owner does not publish.
    package var host = "127.0.0.1"
    package var port = 8080
    /// The largest body `POST /api/extract` accepts (a news page is well under a megabyte).
    package var maximumBodyBytes = 2 << 20
    /// Where the full-text index is kept when the database has none; nil keeps it in memory.
    package var searchIndexPath: String?
    /// How long `POST /api/extract` may take before it is answered with 503 (``ExtractionLimit``).
    package var extractTimeout: Duration = .seconds(5)
    /// Bytes of rendered pages kept (``PageCache``); 0 renders every request.
    package var pageCacheBytes = 64 << 20

    package init(directory: String) {
        self.directory = directory
        searchIndexPath = directory + "/newsgraph.search.sqlite"
    }

    package var databasePath: String { directory + "/newsgraph.sqlite" }
}

/// The server of `newsgraph serve`: pages and a JSON API over a run's database, and extraction
/// as a service, on Hummingbird.
///
/// The database is read-only; the full-text index is built beside it in the background as the
/// server starts (searches wait for it), so the other routes answer at once.
package final class NewsGraphServer: Sendable {
    package let options: ServeOptions
    let reader: GraphReader
    let extractor: ArticleExtractor
    let extraction: ExtractionLimit
    /// Rendered entity and document pages.
    let pages: PageCache
    private let search: Task<SearchIndex, any Error>

    package init(options: ServeOptions, extractor: ArticleExtractor? = nil) throws {
        self.options = options
        let reader = try GraphReader(path: options.databasePath)
        self.reader = reader
        self.extractor = try extractor ?? ArticleExtractor()
        extraction = ExtractionLimit(limit: options.extractTimeout)
        pages = PageCache(budget: options.pageCacheBytes)
        let indexPath = options.searchIndexPath
        search = Task { try await SearchIndex.open(for: reader, path: indexPath) }
    }

    /// The full-text index, once built.
    package func searchIndex() async throws -> SearchIndex {
        do {
            return try await search.value
        } catch {
            throw ServeError(.serviceUnavailable, "the search index could not be built: \(error)")
        }
    }

    /// Every route, behind the error and log middleware.
    package func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: ErrorResponseMiddleware())
        APIRoutes(server: self).add(to: router)
        PageRoutes(server: self).add(to: router)
        return router
    }

    /// The application, bound to the options' host and port; `onStart` hears the address once
    /// the socket is bound.
    package func application(
        logger: Logger, onStart: @escaping @Sendable (String) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(options.host, port: options.port), serverName: "newsgraph"),
            onServerRunning: { channel in
                let address = channel.localAddress
                let host = address?.ipAddress ?? "?"
                await onStart("http://\(host.contains(":") ? "[\(host)]" : host):\(address?.port ?? 0)")
            },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then lets requests in flight finish.
    package func run(logger: Logger, onStart: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        try await application(logger: logger, onStart: onStart).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
