import ArgumentParser
import NewsGraphPipeline

/// `newsgraph extract INPUT...`: one JSON record a line on standard output.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print one JSON document record a line, in input order (no graph).",
        discussion: "Reads JSONL on stdin with '-', so it runs inside Spark's RDD.pipe or Hadoop Streaming."
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("only"), help: "Stop after a stage: 'parse' prints text and metadata only.")
    var only: Stage?

    enum Stage: String, ExpressibleByArgument {
        case parse
    }

    func run() async throws {
        let common = self.common
        let onlyParse = only == .parse
        let options = common.options(onlyParse: onlyParse)
        try await perform(stop: options.stop) {
            try await Jobs.extract(options, output: .standardOutput(), onFailure: common.failurePrinter())
        }
    }
}
