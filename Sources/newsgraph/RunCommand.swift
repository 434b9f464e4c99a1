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
            "Exit status: 0 when every document went through, 1 when some failed (see report.json), 2 on usage errors, 3 when the outputs could not be written, 130 when stopped with Ctrl-C."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("out"), help: "Output folder (created if missing).")
    var outputDirectory: String

    @OptionGroup var graph: GraphOptionGroup

    @OptionGroup var duplicates: DuplicateOptionGroup

    @Flag(help: "Skip documents already in DIR (same id and content hash, see DIR/processed.tsv); append the rest.")
    var resume = false

    func run() async throws {
        let common = self.common
        let outputDirectory = self.outputDirectory
        var configured = common.options()
        configured.graph = graph.options
        configured.searchIndex = !graph.skipsSearchIndex
        configured.resume = resume
        configured.duplicates = duplicates.options
        let options = configured
        try await perform(stop: options.stop) {
            let report = try await Jobs.run(
                options, outputDirectory: outputDirectory, onFailure: common.failurePrinter())
            if !common.quiet {
                let summary =
                    "newsgraph: \(report.succeeded) of \(report.documents) documents\(report.skipped > 0 ? " (\(report.skipped) already done)" : ""), \(report.entities) entities, "
                    + "\(report.quotes) quotes, "
                    + (report.duplicates > 0 ? "\(report.duplicates) near-duplicates, " : "")
                    + "\(report.graphNodes ?? 0) nodes, \(report.graphEdges ?? 0) edges → \(outputDirectory)\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
            return report
        }
    }
}
