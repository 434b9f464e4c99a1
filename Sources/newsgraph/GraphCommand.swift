import ArgumentParser
import Foundation
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

    @OptionGroup var duplicates: DuplicateOptionGroup

    @Flag(help: "No per-record errors or summary on stderr.")
    var quiet = false

    @Option(
        name: .customLong("languages"),
        help: "Languages (ISO 639-1, comma-separated, or 'all') whose records go into the graph.")
    var languages = "en"

    func validate() throws {
        if LanguageSelection(languages) == nil {
            throw ValidationError("--languages must be ISO 639-1 codes separated by commas (en,de) or 'all'")
        }
    }

    func run() async throws {
        let files = recordFiles
        let directory = outputDirectory
        let options = graph.options
        let searchIndex = !graph.skipsSearchIndex
        let duplicateOptions = duplicates.options
        let selection = LanguageSelection(languages) ?? LanguageSelection()
        let quiet = self.quiet
        try await perform {
            let report = try Jobs.graph(
                recordFiles: files, outputDirectory: directory, options: options, languages: selection,
                duplicateOptions: duplicateOptions, searchIndex: searchIndex,
                onFailure: { failure in
                    guard !quiet else { return }
                    FileHandle.standardError.write(Data("newsgraph: \(failure.id): \(failure.message)\n".utf8))
                })
            if !quiet {
                let summary =
                    "newsgraph: \(report.succeeded) of \(report.documents) records, "
                    + "\(report.graphNodes ?? 0) nodes, \(report.graphEdges ?? 0) edges → \(directory)\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
            return report
        }
    }
}
