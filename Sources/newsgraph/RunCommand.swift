import ArgumentParser
import Foundation
import NewsGraphPipeline

/// `newsgraph run INPUT... --out DIR`: the whole pipeline.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Extract every document; write documents.jsonl, the graph (GraphML, GEXF, JSON, CSV, DOT, SQLite), report.json and report.html.",
        discussion:
            "Exit status: 0 when every document went through, 1 when some failed (see report.json), 2 on usage errors."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("out"), help: "Output folder (created if missing).")
    var outputDirectory: String

    @OptionGroup var graph: GraphOptionGroup

    func run() async throws {
        let common = self.common
        let outputDirectory = self.outputDirectory
        var options = common.options()
        options.graph = graph.options
        try await perform {
            let report = try await Jobs.run(
                options, outputDirectory: outputDirectory, onFailure: common.failurePrinter())
            if !common.quiet {
                let summary =
                    "newsgraph: \(report.succeeded) of \(report.documents) documents, \(report.entities) entities, "
                    + "\(report.quotes) quotes, \(report.graphNodes ?? 0) nodes, \(report.graphEdges ?? 0) edges → \(outputDirectory)\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
            return report
        }
    }
}
