import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// A corpus of everything that goes wrong in real folders: the run survives it and accounts for
/// every document. `NEWSGRAPH_HOSTILE_MB` sets the size of the large file (default 3 MB, over a
/// 1 MB limit set here; `Scripts/hostile_corpus.sh` runs the command line with 100 MB).
@Suite struct HostileCorpusTests {
    @Test func everyDocumentIsAccountedFor() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) {
            FileManager.default.createFile(atPath: input + "/" + name, contents: Data(bytes))
        }
        try TestSupport.seedText.write(toFile: input + "/good.txt", atomically: true, encoding: .utf8)
        var generator = SystemRandomNumberGenerator()
        write("binary.html", (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        write("empty.txt", [])
        write("whitespace.html", Array("  \n\n\t ".utf8))
        let compressed = try TestSupport.gzip(Array(TestSupport.seedText.utf8))
        write("truncated.txt.gz", Array(compressed.prefix(compressed.count / 2)))
        write("not-gzip.txt.gz", Array("plain text pretending".utf8))
        write(
            "invalid-utf8.txt",
            Array("Gordon Brown visited Paris. ".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0x80] + Array(" Then he left.".utf8))
        let megabytes = Int(ProcessInfo.processInfo.environment["NEWSGRAPH_HOSTILE_MB"] ?? "") ?? 3
        let sentence = Array("Tony Blair met Gordon Brown in London on Monday. ".utf8)
        var large: [UInt8] = []
        large.reserveCapacity(megabytes << 20)
        while large.count < megabytes << 20 { large += sentence }
        write("large.txt", large)
        let depth = 50_000
        write(
            "nested.html",
            Array(
                (String(repeating: "<div>", count: depth) + "<p>Deep text about Tony Blair.</p>"
                    + String(repeating: "</div>", count: depth)).utf8))
        write("locked.txt", Array("Root can still read this.".utf8))
        chmod(input + "/locked.txt", 0)
        symlink(root + "/nowhere.txt", input + "/dangling.txt")
        mkfifo(input + "/pipe.txt", 0o644)
        try FileManager.default.createDirectory(atPath: input + "/folder.txt", withIntermediateDirectories: true)

        var options = RunOptions(inputs: [input], jobs: 2)
        options.maximumDocumentBytes = 1 << 20
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        let documents = 12  // every file above, not the folder
        #expect(report.documents == documents)
        #expect(report.exitCode == 1)
        #expect(report.failuresByKind[.tooLarge] == 1)
        #expect(report.failuresByKind[.decompression] == 2)
        #expect(report.failuresByKind[.unreadable] == 2, "the dangling link and the pipe")
        #expect((report.failuresByKind[.notText] ?? 0) >= 1)
        // As root, mode 000 does not stop reading; as anyone else the file is unreadable.
        let locked = report.failures.contains { $0.id == "locked" }
        #expect(locked == (geteuid() != 0))
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/out/report.json")))
            as? [String: Any] ?? [:]
        let errors = json["errors"] as? [[String: Any]] ?? []
        let recorded = try String(contentsOfFile: root + "/out/documents.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(json["documents"] as? Int == documents)
        #expect(errors.count + recorded.count == documents, "each document is a record or an error")
        #expect(recorded.count == report.succeeded)
    }
}
