import Foundation
import NewsGraphFetch

/// `Scripts/testing/fixture_server.py`, started on 127.0.0.1 for one test and stopped after it.
final class FixtureServer {
    let process = Process()
    let port: Int
    /// The Python process itself (`env` and version shims may stand between it and `process`).
    let serverPID: Int32
    private let input = Pipe()

    init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestSupport.packageRoot + "/Scripts/testing/fixture_server.py"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let fields = String(decoding: line, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let port = Int(fields[0]), let pid = Int32(fields[1]) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
        self.serverPID = pid
    }

    /// Closing its standard input ends the server; no waiting here, which would block a
    /// cooperative thread.
    deinit {
        try? input.fileHandleForWriting.close()
        kill(serverPID, SIGTERM)
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// What the server saw: requests per path, user agents, paths asked conditionally.
    func stats() async throws -> (counts: [String: Int], agents: [String], conditional: [String]) {
        let fetcher = try URLFetcher()
        let result = await fetcher.fetch(url("/stats"))
        await fetcher.shutdown()
        let data = try Data(result.get().content)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return (
            object["counts"] as? [String: Int] ?? [:], object["agents"] as? [String] ?? [],
            object["conditional"] as? [String] ?? []
        )
    }
}
