import ArgumentParser
import NewsGraphPipeline

/// `newsgraph graph DOCUMENTS.jsonl... --out DIR`: the graph from records already extracted.
struct GraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build the graph from documents.jsonl files (for example parts extracted separately) and write it."
    )

    @Argument(help: "documents.jsonl files written by 'run' or 'extract'.")
    var recordFiles: [String]

    @Option(name: .customLong("out"), help: "Output folder (created if missing).")
    var outputDirectory: String

    @OptionGroup var graph: GraphOptionGroup

    func run() async throws {
        let files = recordFiles
        let directory = outputDirectory
        let options = graph.options
        try await perform { try Jobs.graph(recordFiles: files, outputDirectory: directory, options: options) }
    }
}
