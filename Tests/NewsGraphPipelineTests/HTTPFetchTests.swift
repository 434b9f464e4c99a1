import Foundation
import NewsGraphCore
import NewsGraphHTTP
import NewsGraphParse
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// The fetcher against a local server (never the internet).
@Suite struct HTTPFetchTests {
    static func policy() -> FetchPolicy {
        var policy = FetchPolicy()
        policy.baseDelaySeconds = 0.01
        policy.readTimeoutSeconds = 1
        policy.connectTimeoutSeconds = 1
        policy.retries = 2
        return policy
    }

    static func text(of result: Result<SourceDocument, DocumentFailure>) -> String? {
        guard case .success(let document) = result, case .success(let page) = ArticleParser().parse(document) else {
            return nil
        }
        return page.text
    }

    @Test func pagesGzipAndCharsetsFromHeaders() async throws {
        let server = try FixtureServer()
        let fetcher = try URLFetcher(policy: Self.policy())
        #expect(Self.text(of: await fetcher.fetch(server.url("/ok")))?.contains("Tony Blair met Gordon Brown") == true)
        let gzip = await fetcher.fetch(server.url("/gzip"))
        #expect(Self.text(of: gzip)?.contains("at the café in London") == true, "gzip body is inflated")
        let latin1 = await fetcher.fetch(server.url("/latin1"))
        if case .success(let document) = latin1 { #expect(document.declaredCharset == "iso-8859-1") }
        #expect(Self.text(of: latin1)?.contains("at the café in London") == true)
        #expect(
            Self.text(of: await fetcher.fetch(server.url("/wrong-charset")))?.contains("at the café in London") == true,
            "Latin-1 bytes labelled UTF-8 still decode")
        await fetcher.shutdown()
        #expect(try await server.stats().agents.allSatisfy { $0.hasPrefix("NewsGraph/") })
    }

    @Test func failuresRetriesAndRedirects() async throws {
        let server = try FixtureServer()
        var policy = Self.policy()
        policy.maximumBytes = 1 << 20
        let fetcher = try URLFetcher(policy: policy)
        func failure(_ path: String) async -> DocumentFailure? {
            if case .failure(let failure) = await fetcher.fetch(server.url(path)) { return failure }
            return nil
        }
        let missing = await failure("/missing")
        #expect(missing?.kind == .fetch && missing?.message.contains("404") == true)
        #expect(await failure("/flaky") == nil, "a 500 is retried")
        let chain = await fetcher.fetch(server.url("/redirect/3"))
        if case .success(let document) = chain {
            #expect(document.url == server.url("/ok"))
        } else {
            Issue.record("redirect chain failed")
        }
        #expect(await failure("/redirect/9")?.message.contains("more than 5 redirects") == true)
        #expect(await failure("/loop/a")?.message.contains("redirect loop") == true)
        #expect(await failure("/big")?.kind == .tooLarge)
        await fetcher.shutdown()
        let counts = try await server.stats().counts
        #expect(counts["/missing"] == 1, "a 404 is not retried")
        #expect(counts["/flaky"] == 2)
    }

    @Test func aRefusedConnectionFailsAtOnceWithItsReason() async throws {
        var policy = Self.policy()
        policy.retries = 0
        policy.connectTimeoutSeconds = 120
        let fetcher = try URLFetcher(policy: policy)
        let start = ContinuousClock.now
        // Port 1 on the loopback address has no server: the connection is refused.
        let result = await fetcher.fetch("http://127.0.0.1:1/story")
        let elapsed = ContinuousClock.now - start
        await fetcher.shutdown()
        guard case .failure(let failure) = result else {
            Issue.record("a refused connection did not fail")
            return
        }
        #expect(failure.message == "cannot connect: Connection refused", "\(failure.message)")
        // Well under the connect time-out, which a pool that retried by itself would wait out;
        // the margin is wide because other suites running at once can hold the threads for seconds.
        #expect(elapsed < .seconds(60))
    }

    @Test func anAddressWithAPortBeyond16BitsFailsAsThatDocument() async throws {
        var policy = Self.policy()
        policy.retries = 0
        let fetcher = try URLFetcher(policy: policy)
        // The client would narrow the port to 16 bits with a trap; the fetcher refuses it first.
        let result = await fetcher.fetch("http://127.0.0.1:70000/story")
        await fetcher.shutdown()
        guard case .failure(let failure) = result else {
            Issue.record("an address with port 70000 was fetched")
            return
        }
        #expect(failure.kind == .fetch)
        #expect(failure.message == "bad address: port 70000 is out of range", "\(failure.message)")
    }

    @Test func slowServersTimeOut() async throws {
        let server = try FixtureServer()
        var policy = Self.policy()
        policy.retries = 0
        let fetcher = try URLFetcher(policy: policy)
        let result = await fetcher.fetch(server.url("/slow"))
        await fetcher.shutdown()
        guard case .failure(let failure) = result else {
            Issue.record("a slow server did not time out")
            return
        }
        // The server answers after 3 s; the client's read time-out (1 s) gives up first. A
        // failure that names the time-out shows it; no wall clock is read, since the suite
        // shares two cores and a loaded machine once took 23 s to see it.
        #expect(failure.kind == .fetch)
        #expect(failure.message.contains("Timeout"), "\(failure.message)")
    }

    @Test func theCacheRevalidates() async throws {
        let server = try FixtureServer()
        var policy = Self.policy()
        let cacheRoot = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(cacheRoot) }
        policy.cacheDirectory = cacheRoot + "/cache"
        for _ in 0..<2 {
            let fetcher = try URLFetcher(policy: policy)
            #expect(Self.text(of: await fetcher.fetch(server.url("/ok")))?.contains("Tony Blair") == true)
            await fetcher.shutdown()
        }
        let stats = try await server.stats()
        #expect(stats.counts["/ok"] == 2)
        #expect(stats.conditional == ["/ok"], "the second fetch asks If-None-Match and gets a 304")
    }

    @Test func urlListsRunThroughThePipeline() async throws {
        let server = try FixtureServer()
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try "# articles\n\(server.url("/ok"))\n\n\(server.url("/missing"))\n".write(
            toFile: root + "/list.urls", atomically: true, encoding: .utf8)
        var options = RunOptions(inputs: [root + "/list.urls"], jobs: 2)
        options.fetchPolicy = Self.policy()
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(report.documents == 2 && report.succeeded == 1 && report.exitCode == 1)
        let line = try String(contentsOfFile: root + "/out/documents.jsonl", encoding: .utf8)
        let record = try DocumentRecord.decode(jsonLine: Array(line.utf8.dropLast()))
        #expect(record.id == server.url("/ok") && record.metadata.url == server.url("/ok"))
    }
}
