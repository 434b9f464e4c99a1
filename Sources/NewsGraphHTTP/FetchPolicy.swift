/// How politely and how persistently URLs are fetched. The defaults suit crawling news sites.
package struct FetchPolicy: Sendable {
    /// Requests in flight at once, over all hosts.
    package var maximumConnections = 16
    /// Requests in flight at once to one host.
    package var maximumConnectionsPerHost = 2
    /// Seconds to connect, and seconds of silence before a response (or its body) is given up.
    package var connectTimeoutSeconds = 10.0
    package var readTimeoutSeconds = 30.0
    /// Further attempts after a transient failure: a 5xx or 429 status, a time-out, a
    /// connection error. A 4xx is permanent and never retried.
    package var retries = 3
    /// The first back-off; each retry doubles it (with ±50 % jitter), capped at `maximumDelaySeconds`.
    /// A `Retry-After` header in seconds is honoured within the same cap.
    package var baseDelaySeconds = 0.5
    package var maximumDelaySeconds = 30.0
    /// Redirects followed per URL; a redirect back to an address already visited is a loop.
    package var maximumRedirects = 5
    /// Largest body accepted, after gzip/deflate decoding.
    package var maximumBytes = 16 << 20
    /// Sent with every request, naming the tool and where to read about it.
    package var userAgent = "NewsGraph/0.2 (+https://github.com/newsgraph/newsgraph; news entity graphs)"
    /// An on-disk cache folder (`--cache DIR`), or nil.
    package var cacheDirectory: String?

    package init() {}

    /// The wait before retry number `attempt` (0-based), without jitter when `jitter` is 1.
    func delay(beforeRetry attempt: Int, retryAfter: Double?, jitter: Double) -> Double {
        if let retryAfter { return min(max(0, retryAfter), maximumDelaySeconds) }
        let exponential = baseDelaySeconds * Double(1 << min(attempt, 20))
        return min(exponential * jitter, maximumDelaySeconds)
    }
}
