import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NewsGraphCore
import NewsGraphFetch

/// Fetches article pages over HTTP(S), as a polite crawler: bounded concurrency overall and per
/// host, time-outs, retries with exponential back-off for transient failures, redirects followed
/// by hand (bounded, loops detected), a size cap on the decoded body, gzip/deflate, and an
/// optional on-disk cache revalidated with `ETag` / `Last-Modified`.
///
/// One fetcher (one connection pool) serves a whole run; call ``shutdown()`` when done.
package final class URLFetcher: Sendable {
    private let client: HTTPClient
    private let policy: FetchPolicy
    private let limiter: ConcurrencyLimiter
    private let cache: ResponseCache?

    package init(policy: FetchPolicy = FetchPolicy()) throws {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(
                connect: .milliseconds(Int64(policy.connectTimeoutSeconds * 1000)),
                read: .milliseconds(Int64(policy.readTimeoutSeconds * 1000)))
        )
        // Bodies are streamed and cut at `maximumBytes` by `collect(upTo:)`, so a zip bomb stops there.
        configuration.decompression = .enabled(limit: .none)
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = policy.maximumConnectionsPerHost
        // A refused connection fails at once and `--retries` decides what follows; the pool's own
        // retries would hold each dead address for the whole connect time-out.
        configuration.connectionPool.retryConnectionEstablishment = false
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.policy = policy
        self.limiter = ConcurrencyLimiter(total: policy.maximumConnections, perHost: policy.maximumConnectionsPerHost)
        self.cache = try policy.cacheDirectory.map { try ResponseCache(directory: $0) }
    }

    /// Requests this fetcher may have in flight; the runner keeps at least this many documents going.
    package var maximumConnections: Int { policy.maximumConnections }

    package func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches `url`, following redirects; every failure is a ``DocumentFailure`` naming the reason.
    /// `anyContentType`: a feed or sitemap, which may come as JSON or gzip, not only as text.
    package func fetch(_ url: String, anyContentType: Bool = false) async -> Result<SourceDocument, DocumentFailure> {
        var visited: Set<String> = [url]
        var current = url
        var redirects = 0
        while true {
            let answer = await fetchOnce(current, anyContentType: anyContentType)
            switch answer {
            case .failure(let reason):
                return .failure(DocumentFailure(id: url, source: current, kind: reason.kind, message: reason.message))
            case .page(let body, let contentType):
                let (format, charset) = ContentType.interpret(contentType ?? "text/html")
                return .success(
                    SourceDocument(
                        id: url, source: current, format: format, content: body, declaredCharset: charset,
                        url: current, date: Self.timestamp(Date())))
            case .redirect(let location):
                guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString else {
                    return .failure(DocumentFailure(id: url, source: current, kind: .fetch, message: "bad redirect"))
                }
                redirects += 1
                guard redirects <= policy.maximumRedirects else {
                    return .failure(
                        DocumentFailure(
                            id: url, source: current, kind: .fetch,
                            message: "more than \(policy.maximumRedirects) redirects"))
                }
                guard visited.insert(next).inserted else {
                    return .failure(
                        DocumentFailure(id: url, source: current, kind: .fetch, message: "redirect loop at \(next)"))
                }
                current = next
            }
        }
    }

    /// Why `url` cannot be requested at all, or nil. A port beyond 16 bits is refused here: the
    /// HTTP client narrows it to a socket's 16-bit port with a trap, so one such address in a URL
    /// list or a redirect would end the whole run.
    static func addressProblem(_ url: String) -> String? {
        guard let port = URL(string: url)?.port, !(0...65535).contains(port) else { return nil }
        return "bad address: port \(port) is out of range"
    }

    /// The fetch time as a record's date (ISO 8601, UTC, whole seconds), for a page that names
    /// none of its own.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    enum Answer: Sendable {
        case page(body: [UInt8], contentType: String?)
        case redirect(String)
        case failure(Reason)
    }

    struct Reason: Error, Sendable {
        var kind: DocumentFailure.Kind
        var message: String
        var transient: Bool
        var retryAfter: Double?
    }

    /// One address, with retries; redirects are handed back, not followed.
    func fetchOnce(_ url: String, anyContentType: Bool = false) async -> Answer {
        let host = URL(string: url)?.host ?? url
        let cached = cache?.entry(for: url)
        var attempt = 0
        while true {
            let answer = await limiter.withSlot(host: host) {
                await self.request(url, cached: cached, anyContentType: anyContentType)
            }
            guard case .failure(let reason) = answer, reason.transient, attempt < policy.retries else {
                return answer
            }
            let seconds = policy.delay(
                beforeRetry: attempt, retryAfter: reason.retryAfter, jitter: Double.random(in: 0.5...1.5))
            try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            attempt += 1
        }
    }

    private func request(_ url: String, cached: ResponseCache.Entry?, anyContentType: Bool) async -> Answer {
        if let problem = Self.addressProblem(url) {
            return .failure(Reason(kind: .fetch, message: problem, transient: false))
        }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: policy.userAgent)
        request.headers.add(
            name: "Accept",
            value: anyContentType
                ? "application/rss+xml,application/atom+xml,application/feed+json,application/xml,text/xml;q=0.9,*/*;q=0.5"
                : "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let cached {
            if let etag = cached.etag { request.headers.add(name: "If-None-Match", value: etag) }
            if let lastModified = cached.lastModified {
                request.headers.add(name: "If-Modified-Since", value: lastModified)
            }
        }
        do {
            let deadline = policy.connectTimeoutSeconds + policy.readTimeoutSeconds
            let response = try await client.execute(request, timeout: .milliseconds(Int64(deadline * 1000)))
            let status = Int(response.status.code)
            let headers = response.headers
            switch status {
            case 304 where cached != nil:
                return .page(body: cached!.body, contentType: cached!.contentType)
            case 301, 302, 303, 307, 308:
                guard let location = headers.first(name: "location") else {
                    return .failure(Reason(kind: .fetch, message: "HTTP \(status) without Location", transient: false))
                }
                return .redirect(location)
            case 200..<300:
                break
            default:
                let transient = status >= 500 || status == 429 || status == 408
                return .failure(
                    Reason(
                        kind: .fetch, message: "HTTP \(status) \(response.status.reasonPhrase)", transient: transient,
                        retryAfter: headers.first(name: "retry-after").flatMap(Double.init)))
            }
            if let length = headers.first(name: "content-length").flatMap(Int.init), length > policy.maximumBytes {
                return .failure(tooLarge)
            }
            let contentType = headers.first(name: "content-type")
            if !anyContentType, let contentType, !ContentType.isTextual(contentType) {
                return .failure(Reason(kind: .notText, message: "content type \(contentType)", transient: false))
            }
            var body = try await response.body.collect(upTo: policy.maximumBytes)
            let bytes = body.readBytes(length: body.readableBytes) ?? []
            if let cache, headers.first(name: "etag") != nil || headers.first(name: "last-modified") != nil {
                cache.store(
                    ResponseCache.Entry(
                        url: url, etag: headers.first(name: "etag"), lastModified: headers.first(name: "last-modified"),
                        contentType: contentType, body: bytes))
            }
            return .page(body: bytes, contentType: contentType)
        } catch is NIOTooManyBytesError {
            return .failure(tooLarge)
        } catch let error as HTTPClientError {
            let permanent: [HTTPClientError] = [.invalidURL, .emptyHost, .emptyScheme, .unsupportedScheme("")]
            let isPermanent = permanent.contains(error) || "\(error)".contains("unsupportedScheme")
            return .failure(Reason(kind: .fetch, message: "\(error)", transient: !isPermanent))
        } catch let error as IOError {
            // Connection refused or reset: worth another try; the reason as the system words it.
            let reason = String(cString: strerror(error.errnoCode))
            return .failure(Reason(kind: .fetch, message: "cannot connect: \(reason)", transient: true))
        } catch {
            // DNS, TLS: worth another try.
            return .failure(Reason(kind: .fetch, message: "\(error)", transient: true))
        }
    }

    private var tooLarge: Reason {
        Reason(kind: .tooLarge, message: "response body over \(policy.maximumBytes) bytes", transient: false)
    }
}
