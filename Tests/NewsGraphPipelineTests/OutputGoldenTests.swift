import Foundation
import NewsGraphPipeline
import NewsGraphTestSupport
import Testing

/// `Tests/Golden/` is what the README's main command writes from `corpus/` (into `output/`,
/// which git ignores, so running it leaves the tree clean); this regenerates it and fails when
/// the committed copy is stale. Refresh it with
/// `swift run -c release newsgraph run corpus --out Tests/Golden`.
@Suite struct OutputGoldenTests {
    @Test func committedOutputMatchesAFreshRun() async throws {
        let root = TestSupport.packageRoot
        let fresh = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(fresh) }
        _ = try await Jobs.run(RunOptions(inputs: [root + "/corpus"], jobs: 2), outputDirectory: fresh)
        for file in [
            "documents.jsonl", "graph.graphml", "graph.gexf", "graph.json", "graph.dot", "nodes.csv", "edges.csv",
        ] {
            let committed = try String(contentsOfFile: root + "/Tests/Golden/" + file, encoding: .utf8)
            let regenerated = try String(contentsOfFile: fresh + "/" + file, encoding: .utf8)
                .replacingOccurrences(of: root + "/", with: "")
            #expect(
                committed == regenerated, "Tests/Golden/\(file) is stale: run the main command with --out Tests/Golden")
        }
        let volatile: Set<String> = ["seconds", "text_mb_per_second"]
        func stableReport(_ path: String) throws -> NSDictionary {
            var object =
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
            for key in volatile { object.removeValue(forKey: key) }
            return object as NSDictionary
        }
        #expect(try stableReport(root + "/Tests/Golden/report.json") == stableReport(fresh + "/report.json"))
    }
}
