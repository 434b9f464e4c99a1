import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphStore
import NewsGraphTestSupport
import Testing

@Suite struct PipelineTests {
    /// A folder of good and bad files: the run goes on, every document is accounted for.
    @Test func badDocumentsAreReportedAndTheRunGoesOn() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try TestSupport.seedText.write(toFile: input + "/a-good.txt", atomically: true, encoding: .utf8)
        FileManager.default.createFile(
            atPath: input + "/b-binary.html", contents: Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2]))
        FileManager.default.createFile(atPath: input + "/c-empty.txt", contents: Data())
        FileManager.default.createFile(
            atPath: input + "/d-truncated.txt.gz", contents: Data([0x1F, 0x8B, 0x08, 0x00, 1, 2]))
        try "{\"id\": \"r1\", \"text\": \"Tony Blair met Gordon Brown in London.\"}\n{broken\n".write(
            toFile: input + "/e-records.jsonl", atomically: true, encoding: .utf8)
        let output = root + "/out"
        let report = try await Jobs.run(RunOptions(inputs: [input], jobs: 2), outputDirectory: output)
        #expect(report.documents == 6)
        #expect(report.succeeded == 2)
        #expect(report.exitCode == 1)
        #expect(report.failuresByKind[.notText] == 1)
        #expect(report.failuresByKind[.empty] == 1)
        #expect(report.failuresByKind[.decompression] == 1)
        #expect(report.failuresByKind[.malformedRecord] == 1)
        let lines = try String(contentsOfFile: output + "/documents.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let ids = try lines.map { try DocumentRecord.decode(jsonLine: Array($0.utf8)).id }
        #expect(ids == ["a-good", "r1"], "records keep input order")
        let reportJSON =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/report.json")))
            as? [String: Any]
        #expect(reportJSON?["failed"] as? Int == 4)
        #expect((reportJSON?["errors"] as? [Any])?.count == 4)
        for file in [
            "graph.graphml", "graph.gexf", "graph.json", "graph.dot", "nodes.csv", "edges.csv", "newsgraph.sqlite",
            "report.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + file))
        }
    }

    @Test func recordsRoundTripThroughJSON() throws {
        let record = TestSupport.extract(TestSupport.seedText, id: "seed")
        let decoded = try DocumentRecord.decode(jsonLine: record.jsonLine().dropLast())
        #expect(decoded == record)
    }

    /// `graph` over two halves of a corpus's records (in either order) writes what one run writes.
    @Test func graphCommandMergesParts() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let corpus = TestSupport.packageRoot + "/corpus/bbc"
        _ = try await Jobs.run(RunOptions(inputs: [corpus], jobs: 2), outputDirectory: root + "/whole")
        let lines = try String(contentsOfFile: root + "/whole/documents.jsonl", encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count > 4)
        let half = lines.count / 2
        try (lines[..<half].joined(separator: "\n") + "\n").write(
            toFile: root + "/a.jsonl", atomically: true, encoding: .utf8)
        try (lines[half...].joined(separator: "\n") + "\n").write(
            toFile: root + "/b.jsonl", atomically: true, encoding: .utf8)
        _ = try Jobs.graph(recordFiles: [root + "/b.jsonl", root + "/a.jsonl"], outputDirectory: root + "/merged")
        for file in ["graph.graphml", "graph.gexf", "graph.json", "graph.dot", "nodes.csv", "edges.csv"] {
            let merged = try String(contentsOfFile: root + "/merged/" + file, encoding: .utf8)
            let single = try String(contentsOfFile: root + "/whole/" + file, encoding: .utf8)
            #expect(merged == single, "\(file) differs between one run and merged parts")
        }
        let mergedStore = try GraphStore(readingAt: root + "/merged/newsgraph.sqlite").contents()
        let singleStore = try GraphStore(readingAt: root + "/whole/newsgraph.sqlite").contents()
        #expect(mergedStore.keys.sorted() == ["documents", "edges", "entities", "mentions", "quotes"])
        for (table, rows) in singleStore {
            #expect(!rows.isEmpty, "\(table) is empty")
            #expect(mergedStore[table] == rows, "table \(table) differs between one run and merged parts")
        }
    }
}
