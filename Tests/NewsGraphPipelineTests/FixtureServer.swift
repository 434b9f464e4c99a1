import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NewsGraphCore
import NewsGraphFetch
import NewsGraphTestSupport

/// An HTTP server on 127.0.0.1 inside the test process, for the fetch tests: fixed answers on
/// fixed paths, started for one test and stopped after it (so the suite needs only Swift).
///
/// Paths: /ok (ETag + Last-Modified, 304 to a matching If-None-Match), /missing (404), /flaky
/// (500 once, then 200), /redirect/N (N redirects ending at /ok), /loop/a ↔ /loop/b, /slow (3 s
/// before answering), /big (2 MB), /latin1 (ISO-8859-1 declared), /wrong-charset (ISO-8859-1
/// bytes labelled UTF-8), /gzip (Content-Encoding: gzip), /stats (what the server saw, as JSON);
/// and whatever a test adds with ``serve(_:_:contentType:)`` (with an ETag, so caches revalidate).
final class FixtureServer: Sendable {
    /// A page a test added: its bytes and type.
    struct Route: Sendable {
        var body: [UInt8]
        var contentType: String
    }

    static let article =
        "<html><head><title>Café news</title></head><body><article>"
        + "<p>Tony Blair met Gordon Brown at the café in London on Monday, officials said.</p>"
        + "<p>The two men talked for an hour about the budget, the health service and the coming election.</p>"
        + "<p>\"We agree on more than people think,\" Mr Brown told reporters outside afterwards.</p>"
        + "</article></body></html>"

    /// What the server has seen: requests per path, user agents, paths asked conditionally.
    struct Seen: Sendable {
        var counts: [String: Int] = [:]
        var agents: Set<String> = []
        var conditional: [String] = []
    }

    let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let seen = NIOLockedValueBox(Seen())
    private let routes = NIOLockedValueBox([String: Route]())

    init() throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let seen = self.seen
        let routes = self.routes
        let gzipped = try TestSupport.gzip(Array(Self.article.utf8))
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(FixtureHandler(seen: seen, routes: routes, gzippedArticle: gzipped))
                }
            }
        do {
            channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        self.group = group
        port = channel.localAddress?.port ?? 0
    }

    /// Closing here, not waiting: waiting would block a cooperative thread.
    deinit {
        channel.close(promise: nil)
        group.shutdownGracefully { _ in }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Serves `body` at `path` from now on (replacing what was there).
    func serve(_ path: String, _ body: String, contentType: String = "text/html; charset=utf-8") {
        serve(path, Array(body.utf8), contentType: contentType)
    }

    func serve(_ path: String, _ body: [UInt8], contentType: String) {
        routes.withLockedValue { $0[path] = Route(body: body, contentType: contentType) }
    }

    func stats() async throws -> (counts: [String: Int], agents: [String], conditional: [String]) {
        let snapshot = seen.withLockedValue { $0 }
        return (snapshot.counts, snapshot.agents.sorted(), snapshot.conditional)
    }
}

/// Answers one request at a time on a connection, by path.
private final class FixtureHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let seen: NIOLockedValueBox<FixtureServer.Seen>
    private let routes: NIOLockedValueBox<[String: FixtureServer.Route]>
    private let gzippedArticle: [UInt8]
    private var head: HTTPRequestHead?

    init(
        seen: NIOLockedValueBox<FixtureServer.Seen>, routes: NIOLockedValueBox<[String: FixtureServer.Route]>,
        gzippedArticle: [UInt8]
    ) {
        self.seen = seen
        self.routes = routes
        self.gzippedArticle = gzippedArticle
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request): head = request
        case .body: break
        case .end:
            guard let request = head else { return }
            head = nil
            answer(request, context: context)
        }
    }

    private func answer(_ request: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = request.uri
        let ifNoneMatch = request.headers.first(name: "If-None-Match")
        let timesSeen = seen.withLockedValue { seen -> Int in
            seen.counts[path, default: 0] += 1
            seen.agents.insert(request.headers.first(name: "User-Agent") ?? "")
            if ifNoneMatch != nil || request.headers.first(name: "If-Modified-Since") != nil {
                seen.conditional.append(path)
            }
            return seen.counts[path]!
        }
        let html = [("Content-Type", "text/html; charset=utf-8")]
        if let route = routes.withLockedValue({ $0[path] }) {
            let etag = "\"\(FNV1a.hash(route.body))\""
            if ifNoneMatch == etag { return send(.notModified, [], [("ETag", etag)], context) }
            return send(.ok, route.body, [("Content-Type", route.contentType), ("ETag", etag)], context)
        }
        let article = Array(FixtureServer.article.utf8)
        let latin1 = Array(FixtureServer.article.data(using: .isoLatin1)!)
        switch path {
        case "/ok":
            let validators = [("ETag", "\"v1\""), ("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")]
            if ifNoneMatch == "\"v1\"" { return send(.notModified, [], validators, context) }
            send(.ok, article, html + validators, context)
        case "/missing": send(.notFound, Array("not here".utf8), html, context)
        case "/flaky":
            if timesSeen == 1 { return send(.internalServerError, Array("try again".utf8), html, context) }
            send(.ok, article, html, context)
        case "/loop/a": send(.movedPermanently, [], [("Location", "/loop/b")], context)
        case "/loop/b":
            let port = context.channel.localAddress?.port ?? 0
            send(.movedPermanently, [], [("Location", "http://127.0.0.1:\(port)/loop/a")], context)
        case "/slow":
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: .seconds(3)) {
                let (handler, context) = loopBound.value
                handler.send(.ok, article, html, context)
            }
        case "/big":
            send(.ok, Array("<p>".utf8) + [UInt8](repeating: 0x78, count: 2 << 20) + Array("</p>".utf8), html, context)
        case "/latin1": send(.ok, latin1, [("Content-Type", "text/html; charset=ISO-8859-1")], context)
        case "/wrong-charset": send(.ok, latin1, html, context)
        case "/gzip": send(.ok, gzippedArticle, html + [("Content-Encoding", "gzip")], context)
        case "/stats":
            let snapshot = seen.withLockedValue { $0 }
            let object: [String: Any] = [
                "counts": snapshot.counts, "agents": snapshot.agents.sorted(), "conditional": snapshot.conditional,
            ]
            let body = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
            send(.ok, [UInt8](body), [("Content-Type", "text/plain")], context)
        default:
            if path.hasPrefix("/redirect/"), let left = Int(path.dropFirst("/redirect/".count)) {
                let target = left == 0 ? "/ok" : "/redirect/\(left - 1)"
                return send(.found, [], [("Location", target)], context)
            }
            send(.notFound, Array("unknown".utf8), html, context)
        }
    }

    private func send(
        _ status: HTTPResponseStatus, _ body: [UInt8], _ headers: [(String, String)], _ context: ChannelHandlerContext
    ) {
        var head = HTTPResponseHead(version: .http1_1, status: status, headers: HTTPHeaders(headers))
        head.headers.replaceOrAdd(name: "Content-Length", value: String(body.count))
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !body.isEmpty {
            context.write(
                wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
