import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// Resume, shards, stopping, WARC archives.
@Suite struct ScaleTests {
    static func writeArticles(_ names: [String], to folder: String, variant: String = "") throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, name) in names.enumerated() {
            let text = "Tony Blair met Gordon Brown in London on Monday \(index)\(variant). \"We agree,\" Brown said.\n"
            try text.write(toFile: folder + "/" + name + ".txt", atomically: true, encoding: .utf8)
        }
    }

    static func ids(in path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try DocumentRecord.decode(jsonLine: Array($0.utf8)).id
        }
    }

    @Test func resumeDoesOnlyTheRestAndRebuildsTheGraph() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try Self.writeArticles(["a", "b"], to: root + "/in")
        _ = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 2), outputDirectory: root + "/out")
        // A crash mid-write: half a record at the end, not yet in processed.tsv.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: root + "/out/documents.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"id":"c","source":"#.utf8))
        try handle.close()
        try Self.writeArticles(["c", "d"], to: root + "/in")
        try Self.writeArticles(["b"], to: root + "/in", variant: " (updated)")
        var options = RunOptions(inputs: [root + "/in"], jobs: 2)
        options.resume = true
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(report.documents == 4 && report.skipped == 1 && report.succeeded == 3 && report.exitCode == 0)
        let single = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 2), outputDirectory: root + "/single")
        #expect(try Set(Self.ids(in: root + "/out/documents.jsonl")) == ["a", "b", "c", "d"])
        #expect(report.graphNodes == single.graphNodes && report.graphEdges == single.graphEdges)
        let resumedNodes = try String(contentsOfFile: root + "/out/nodes.csv", encoding: .utf8)
        #expect(resumedNodes == (try String(contentsOfFile: root + "/single/nodes.csv", encoding: .utf8)))
        let again = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(again.skipped == 4 && again.succeeded == 0)
    }

    @Test func shardsAreDisjointAndCoverEverything() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try Self.writeArticles((0..<20).map { "doc\($0)" }, to: root + "/in")
        var seen: [String] = []
        for index in 1...3 {
            var options = RunOptions(inputs: [root + "/in"], jobs: 2)
            options.shard = Shard("\(index)/3")
            _ = try await Jobs.run(options, outputDirectory: root + "/part\(index)")
            let part = try Self.ids(in: root + "/part\(index)/documents.jsonl")
            #expect(!part.isEmpty)
            seen += part
        }
        #expect(seen.count == 20 && Set(seen).count == 20)
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("x") == nil)
    }

    @Test func aStoppedRunWritesWhatFinished() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try Self.writeArticles((0..<400).map { String(format: "doc%03d", $0) }, to: root + "/in")
        var options = RunOptions(inputs: [root + "/in"], jobs: 2)
        let stop = StopSignal()
        options.stop = stop
        stop.stop()
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(report.interrupted && report.exitCode == 130)
        #expect(report.documents < 400)
        #expect(try Self.ids(in: root + "/out/documents.jsonl").count == report.succeeded)
        #expect(FileManager.default.fileExists(atPath: root + "/out/graph.json"))
        #expect(FileManager.default.fileExists(atPath: root + "/out/report.json"))

        // Stopped mid-run: the documents in flight (at most jobs × the run-ahead) finish, in
        // order, nothing more.
        let runner = PipelineRunner(processor: DocumentProcessor(), jobs: 2)
        let midway = StopSignal()
        var emitted: [String] = []
        try await runner.run(try InputCatalog.items(for: [root + "/in"]), stop: midway) { outcome in
            if case .success(let record) = outcome.result { emitted.append(record.id) }
            if emitted.count == 10 { midway.stop() }
        }
        #expect(emitted.count >= 10 && emitted.count <= 10 + 2 * PipelineRunner.runAheadDocumentsPerJob)
        #expect(emitted.count < 400)
        #expect(emitted == (0..<emitted.count).map { String(format: "doc%03d", $0) })
    }

    /// A small WARC.gz, one gzip member per record, as Common Crawl writes them.
    @Test func warcResponseRecordsKeepTheirURLAndDate() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        func record(_ type: String, _ uri: String, _ block: [UInt8]) -> [UInt8] {
            let header =
                "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n"
            return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
        }
        func response(_ status: String, _ contentType: String, _ body: [UInt8]) -> [UInt8] {
            Array("HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nX-Other: 1\r\n\r\n".utf8) + body
        }
        let page =
            "<html><body><article><p>Tony Blair met Gordon Brown at the café in London on Monday.</p>"
            + "<p>The two men talked for an hour about the budget and the coming election.</p>"
            + "<p>\"We agree on more than people think,\" Mr Brown told reporters afterwards.</p></article></body></html>"
        let records = [
            record("warcinfo", "", Array("software: test\r\n".utf8)),
            record("request", "https://news.example/a", Array("GET /a HTTP/1.1\r\n\r\n".utf8)),
            record(
                "response", "https://news.example/a", response("200 OK", "text/html; charset=utf-8", Array(page.utf8))),
            record(
                "response", "https://news.example/b",
                response("200 OK", "text/html; charset=iso-8859-1", Array(page.unicodeScalars.map { UInt8($0.value) }))),
            record("response", "https://news.example/gone", response("404 Not Found", "text/html", [])),
            record("response", "https://news.example/logo.png", response("200 OK", "image/png", [0x89, 0x50])),
        ]
        var archive: [UInt8] = []
        for member in records { archive += try TestSupport.gzip(member) }
        try Data(archive).write(to: URL(fileURLWithPath: root + "/news.warc.gz"))
        try Data(archive.prefix(archive.count - 40)).write(to: URL(fileURLWithPath: root + "/cut.warc.gz"))
        let report = try await Jobs.run(
            RunOptions(inputs: [root + "/news.warc.gz", root + "/cut.warc.gz"], jobs: 2), outputDirectory: root + "/out"
        )
        let lines = try String(contentsOfFile: root + "/out/documents.jsonl", encoding: .utf8).split(separator: "\n")
        let records2 = try lines.map { try DocumentRecord.decode(jsonLine: Array($0.utf8)) }
        #expect(
            records2.map(\.id) == ["https://news.example/a", "https://news.example/b"] + [
                "https://news.example/a", "https://news.example/b",
            ])
        #expect(records2.allSatisfy { $0.text.contains("at the café in London") }, "charset from the HTTP headers")
        #expect(records2.first?.metadata.url == "https://news.example/a")
        #expect(records2.first?.metadata.published == "2024-03-01T10:00:00Z")
        #expect(records2.first?.metadata.dateSource == "fetched", "the crawl time, not a publication date")
        #expect(report.failuresByKind[.fetch] == 2 && report.failuresByKind[.notText] == 1)
        #expect(report.failuresByKind[.unreadable] == 1, "the cut archive fails once, after its good records")
    }
}
