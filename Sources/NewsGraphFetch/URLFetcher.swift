import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NewsGraphCore

/// Fetches article pages over HTTP(S) with time-outs, bounded redirects and a size cap.
///
/// One fetcher (one connection pool) serves a whole run; call ``shutdown()`` when done.
public final class URLFetcher: Sendable {
    private let client: HTTPClient
    private let timeout: TimeAmount
    private let maximumBytes: Int
    public static let userAgent = "NewsGraph/0.1 (+https://github.com/newsgraph/newsgraph)"

    public init(timeoutSeconds: Int64 = 30, maximumBytes: Int = 16 << 20, maximumRedirects: Int = 5) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: maximumRedirects, allowCycles: false),
            timeout: .init(connect: .seconds(min(timeoutSeconds, 10)), read: .seconds(timeoutSeconds))
        )
        configuration.decompression = .enabled(limit: .size(maximumBytes))
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.timeout = .seconds(timeoutSeconds)
        self.maximumBytes = maximumBytes
    }

    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches `url`; every failure is a ``DocumentFailure`` of kind `fetch` naming the reason.
    public func fetch(_ url: String) async -> Result<SourceDocument, DocumentFailure> {
        func failure(_ message: String, kind: DocumentFailure.Kind = .fetch) -> Result<SourceDocument, DocumentFailure>
        {
            .failure(DocumentFailure(id: url, source: url, kind: kind, message: message))
        }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,text/plain;q=0.8")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        do {
            let response = try await client.execute(request, timeout: timeout)
            guard (200..<300).contains(response.status.code) else {
                return failure("HTTP \(response.status.code) \(response.status.reasonPhrase)")
            }
            let contentType = response.headers.first(name: "content-type") ?? ""
            var body = try await response.body.collect(upTo: maximumBytes)
            let bytes = body.readBytes(length: body.readableBytes) ?? []
            let (format, charset) = Self.interpret(contentType: contentType)
            return .success(
                SourceDocument(id: url, source: url, format: format, content: bytes, declaredCharset: charset))
        } catch let error as NIOTooManyBytesError {
            _ = error
            return failure("response body over \(maximumBytes) bytes", kind: .tooLarge)
        } catch {
            return failure("\(error)")
        }
    }

    /// `text/html; charset=ISO-8859-1` → (.html, "iso-8859-1").
    static func interpret(contentType: String) -> (SourceDocument.Format, String?) {
        let parts = contentType.lowercased().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let mediaType = parts.first ?? ""
        let format: SourceDocument.Format = mediaType == "text/plain" ? .text : .html
        let charset = parts.dropFirst().first { $0.hasPrefix("charset=") }.map {
            String($0.dropFirst("charset=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        }
        return (format, charset)
    }
}
