import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NewsGraphPipeline
import NewsGraphServe
import NewsGraphTestSupport
import Testing

/// A small run of invented articles in a temporary folder, served in process; the folder is
/// removed after each test.
enum ServeFixture {
    /// A page with a date, two people, a place and a quote.
    static let ferryPage = """
        <html><head><title>Ferry talks resume in Halden</title>
        <meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
        <body><article><h1>Ferry talks resume in Halden</h1>
        <p>Marta Kowalczyk met Tomas Berg in Halden on Tuesday to discuss the future of the island ferry line, \
        which the Northwind Ferry Company has run since the spring.</p>
        <p>"The ferry is a lifeline for the islands," Berg said after the meeting. Kowalczyk said the council \
        would publish its plan for the harbour in April.</p>
        <p>The Northwind Ferry Company said it would keep the timetable until the summer.</p>
        </article></body></html>
        """

    /// Plain text naming the same people, a month later.
    static let harbourText = """
        Harbour plan delayed

        Tomas Berg, the chairman of the Northwind Ferry Company, said on Friday that the harbour plan \
        had been delayed. "We will keep sailing," Berg said. Marta Kowalczyk did not comment.

        Berg said the Northwind Ferry Company would order a second boat for the winter.

        The company has its offices in Oslo.
        """

    /// Markup and SQL in an article's own words: shown as text, never run.
    static let hostileText = """
        Script kiddies in Halden

        Marta Kowalczyk said a pupil had typed <script>alert("owned")</script> and '; DROP TABLE documents; -- \
        into the council's web form, and that nothing happened.
        """

    static let ferryID = "ferry"
    static let hostileID = "hostile"

    /// Runs the pipeline over the articles, serves the result and hands the client to `test`.
    /// `searchIndex`: the run builds the full-text index into its database (else the server
    /// builds it beside); `extractTimeout`: the server's limit on one extraction.
    static func withServer<Value: Sendable>(
        maximumBodyBytes: Int = 64 * 1024, searchIndex: Bool = true, extractTimeout: Duration = .seconds(30),
        _ test: @Sendable (any TestClientProtocol, NewsGraphServer, String) async throws -> Value
    ) async throws -> Value {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try ferryPage.write(toFile: input + "/\(ferryID).html", atomically: true, encoding: .utf8)
        try harbourText.write(toFile: input + "/harbour.txt", atomically: true, encoding: .utf8)
        try hostileText.write(toFile: input + "/\(hostileID).txt", atomically: true, encoding: .utf8)
        let output = root + "/out"
        var run = RunOptions(inputs: [input], jobs: 1)
        run.searchIndex = searchIndex
        _ = try await Jobs.run(run, outputDirectory: output)
        var options = ServeOptions(directory: output)
        options.maximumBodyBytes = maximumBodyBytes
        options.extractTimeout = extractTimeout
        let server = try NewsGraphServer(options: options)
        let logger = Logger(label: "newsgraph-test") { _ in SwiftLogNoOpLogHandler() }
        let value = try await server.application(logger: logger).test(.router) { client in
            try await test(client, server, output)
        }
        // The index is built in the background: let it finish before its folder goes.
        _ = try? await server.searchIndex()
        return value
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as JSON (an object), or nil.
    var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    var isJSON: Bool { headers[.contentType]?.hasPrefix("application/json") == true }
    var isHTML: Bool { headers[.contentType]?.hasPrefix("text/html") == true }

    /// The message of a JSON error body with this status.
    func errorMessage(status: HTTPResponse.Status) -> String? {
        guard self.status == status, isJSON, let error = json?["error"] as? [String: Any],
            error["status"] as? Int == Int(status.code)
        else { return nil }
        return error["message"] as? String
    }
}

/// An entity id as one path segment.
func encoded(_ id: String) -> String {
    id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id
}
