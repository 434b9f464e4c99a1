import Foundation
import NewsGraphTestSupport
import Testing

/// The `newsgraph` executable as a user meets it: exit statuses and one-line messages. Runs
/// the binary that `swift build` left beside the tests.
@Suite struct CommandLineTests {
    static var binary: String? {
        let candidates = ["debug", "release"].map { TestSupport.packageRoot + "/.build/\($0)/newsgraph" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(binary))
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil)) func outNamingAFileIsOneLineAndStatusThree() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let input = root + "/story.txt"
        try "A council in the valley approved the bridge on Tuesday.\n".write(
            toFile: input, atomically: true, encoding: .utf8)
        let blocker = root + "/out"
        try "not a folder".write(toFile: blocker, atomically: true, encoding: .utf8)
        let result = try Self.run(["run", input, "--out", blocker, "--quiet"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("is a file, not a folder"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test(.enabled(if: binary != nil)) func missingInputIsAUsageError() throws {
        let result = try Self.run(["extract", "/nonexistent/newsgraph-input", "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder"), "\(result.stderr)")
    }

    @Test(.enabled(if: binary != nil)) func folderWithoutArticlesIsAUsageError() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try "a picture, not an article".write(toFile: root + "/photo.png", atomically: true, encoding: .utf8)
        let result = try Self.run(["run", root, "--out", root + "/out", "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no supported files in"), "\(result.stderr)")
    }

    @Test(.enabled(if: binary != nil)) func benchOnAMissingPathIsAUsageError() throws {
        let result = try Self.run(["bench", "/nonexistent/newsgraph-input"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder"), "\(result.stderr)")
    }

    @Test(.enabled(if: binary != nil)) func graphReportsBadRecordsAndSummarises() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let records = root + "/documents.jsonl"
        try #"{"id": "a", "text": "Ann Lee met Tom Ray in Paris.", "entities": []}"#.appending("\n{\"id\": 1, broken\n")
            .write(toFile: records, atomically: true, encoding: .utf8)
        let result = try Self.run(["graph", records, "--out", root + "/out"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("documents.jsonl:2"), "\(result.stderr)")
        #expect(result.stderr.contains("1 of 2 records"), "\(result.stderr)")
    }

    @Test(.enabled(if: binary != nil)) func negativeWeightIsAUsageError() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let result = try Self.run(["run", root, "--out", root + "/out", "--min-weight", "-3"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--min-weight must be at least 1"), "\(result.stderr)")
    }

    /// A time-out that is no number of seconds, or too long to be a duration, is refused before
    /// any fetch (it trapped when the first address was requested).
    @Test(.enabled(if: binary != nil)) func aTimeOutThatIsNoDurationIsAUsageError() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        for value in ["nan", "inf", "1e300", "-2"] {
            let result = try Self.run(["run", "http://127.0.0.1:9/story", "--out", root + "/out", "--timeout=" + value])
            #expect(result.status == 2, "--timeout \(value)")
            #expect(result.stderr.contains("--timeout must be"), "\(result.stderr)")
        }
        let serve = try Self.run(["serve", root, "--extract-timeout", "1e300"])
        #expect(serve.status == 2)
        #expect(serve.stderr.contains("--extract-timeout must be"), "\(serve.stderr)")
    }

    @Test(.enabled(if: binary != nil)) func serveWithoutADatabaseIsAUsageError() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let result = try Self.run(["serve", root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no newsgraph.sqlite in"), "\(result.stderr)")
    }

    /// `serve` says where it listens (loopback by default) and stops cleanly on SIGTERM.
    @Test(.enabled(if: binary != nil)) func serveSaysWhereAndStopsOnSIGTERM() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try "Anna Lindqvist opened the bridge in Halden on Monday.\n".write(
            toFile: root + "/bridge.txt", atomically: true, encoding: .utf8)
        #expect(try Self.run(["run", root + "/bridge.txt", "--out", root + "/out", "--quiet"]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.binary))
        process.arguments = ["serve", root + "/out", "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        let deadline = Date().addingTimeInterval(60)
        while !said.contains("Ctrl-C stops"), Date() < deadline, process.isRunning {
            said += String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
        }
        process.terminate()
        process.waitUntilExit()
        #expect(said.contains("on http://127.0.0.1:") && said.contains("loopback only"), "\(said)")
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }
}
