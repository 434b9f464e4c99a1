import Foundation
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// A run stopped late, and files that must never be left half written.
@Suite struct InterruptedRunTests {
    /// Ctrl-C after the last input was read, while the graph is written: the report was made
    /// before it came, the exit code still says the run was interrupted.
    @Test func aStopAfterTheReportStillExits130() {
        var report = RunReport()
        let stop = StopSignal()
        #expect(report.exitCode(after: stop) == 0)
        stop.stop()
        #expect(report.exitCode(after: stop) == 130)
        report.interrupted = true
        #expect(report.exitCode(after: nil) == 130)
    }

    /// A whole-file write lands under its name at once, leaving no partial file, and replaces
    /// what was there; a folder that is not there is a one-line error.
    @Test func wholeFileWritesAreRenamedIntoPlace() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let path = root + "/report.json"
        try OutputFile.write(Array("{\"old\":true}".utf8), to: path)
        try OutputFile.write(Array("{}".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["report.json"])
        #expect {
            try OutputFile.write([1, 2, 3], to: root + "/missing/report.json")
        } throws: { error in
            "\(error)".hasPrefix("cannot write ") && !"\(error)".contains("\n")
        }
    }

    /// An earlier run's report does not speak for a run that ends before writing its own.
    @Test func aRunRemovesTheEarlierReportFirst() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        try "{\"interrupted\":false}".write(toFile: root + "/out/report.json", atomically: false, encoding: .utf8)
        // documents.jsonl cannot be written (a folder stands at its name): the run ends early.
        try FileManager.default.createDirectory(
            atPath: root + "/out/documents.jsonl", withIntermediateDirectories: true)
        try ScaleTests.writeArticles(["a"], to: root + "/in")
        await #expect(throws: (any Error).self) {
            _ = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 1), outputDirectory: root + "/out")
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/out/report.json"))
    }
}
