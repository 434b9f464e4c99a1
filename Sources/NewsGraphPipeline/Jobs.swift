import Foundation
import NewsGraphCore
import NewsGraphExtract
import NewsGraphFetch
import NewsGraphGraph
import NewsGraphStore

/// What a run is asked to do, from the command line or a caller.
public struct RunOptions: Sendable {
    public var inputs: [String]
    public var jobs: Int
    public var gazetteerFiles: [String]
    public var onlyParse: Bool
    /// What the graph keeps (`--labels`, `--min-weight`, `--min-documents`, `--with-documents`).
    public var graph = GraphOptions()

    public init(inputs: [String], jobs: Int? = nil, gazetteerFiles: [String] = [], onlyParse: Bool = false) {
        self.inputs = inputs
        self.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        self.gazetteerFiles = gazetteerFiles
        self.onlyParse = onlyParse
    }

    func runner() throws -> PipelineRunner {
        let gazetteer = try GazetteerLoader.gazetteer(addingFiles: gazetteerFiles)
        return PipelineRunner(
            processor: DocumentProcessor(extractor: DocumentExtractor(gazetteer: gazetteer), onlyParse: onlyParse),
            jobs: jobs
        )
    }
}

/// The jobs the command line offers, each a whole run with its report.
public enum Jobs {
    /// `newsgraph extract`: one record a line on `output`, in input order; failures go to the
    /// report (and standard error), not into the stream.
    public static func extract(
        _ options: RunOptions, output: OutputFile, onFailure: (DocumentFailure) -> Void = { _ in }
    ) async throws -> RunReport {
        let items = try InputCatalog.items(for: options.inputs)
        var report = RunReport()
        let start = ContinuousClock.now
        try await options.runner().run(items) { outcome in
            report.record(outcome)
            switch outcome.result {
            case .success(let record):
                output.write(record.jsonLine())
                output.flush()
            case .failure(let failure):
                onFailure(failure)
            }
        }
        report.wallSeconds = seconds(ContinuousClock.now - start)
        return report
    }

    /// `newsgraph run`: documents.jsonl, the graph in every format, report.json.
    public static func run(
        _ options: RunOptions, outputDirectory: String, onFailure: (DocumentFailure) -> Void = { _ in }
    ) async throws -> RunReport {
        let items = try InputCatalog.items(for: options.inputs)
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        let documents = try OutputFile(path: outputDirectory + "/documents.jsonl")
        var report = RunReport()
        let graphOutput = try GraphOutput(directory: outputDirectory, options: options.graph)
        let start = ContinuousClock.now
        try await options.runner().run(items) { outcome in
            report.record(outcome)
            switch outcome.result {
            case .success(let record):
                documents.write(record.jsonLine())
                try graphOutput.add(record)
            case .failure(let failure):
                onFailure(failure)
            }
        }
        documents.flush()
        let graphStart = ContinuousClock.now
        let graph = try graphOutput.finish()
        report.graphSeconds = seconds(ContinuousClock.now - graphStart)
        report.graphNodes = graph.nodes.count
        report.graphEdges = graph.edges.count
        report.wallSeconds = seconds(ContinuousClock.now - start)
        try OutputFile.write(report.json(), to: outputDirectory + "/report.json")
        try graphOutput.writeReportPage(report)
        return report
    }

    /// `newsgraph graph`: the graph from records already extracted (parts of a corpus merged).
    public static func graph(
        recordFiles: [String], outputDirectory: String, options: GraphOptions = GraphOptions()
    ) throws -> RunReport {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        var report = RunReport()
        let graphOutput = try GraphOutput(directory: outputDirectory, options: options)
        let start = ContinuousClock.now
        for path in recordFiles {
            let reader = try LineReader(path: path)
            var lineNumber = 0
            while let line = reader.nextLine() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                var outcome = DocumentProcessor.Outcome(
                    result: .failure(
                        DocumentFailure(id: "\(path):\(lineNumber)", source: path, kind: .malformedRecord, message: ""))
                )
                do {
                    let record = try DocumentRecord.decode(jsonLine: line)
                    outcome.result = .success(record)
                } catch {
                    outcome.result = .failure(
                        DocumentFailure(
                            id: "\(path):\(lineNumber)", source: path, kind: .malformedRecord,
                            message: "line \(lineNumber) is not a document record: \(error)"
                        )
                    )
                }
                if case .success(let record) = outcome.result { try graphOutput.add(record) }
                report.record(outcome)
            }
        }
        let graph = try graphOutput.finish()
        report.graphNodes = graph.nodes.count
        report.graphEdges = graph.edges.count
        report.wallSeconds = seconds(ContinuousClock.now - start)
        try OutputFile.write(report.json(), to: outputDirectory + "/report.json")
        try graphOutput.writeReportPage(report)
        return report
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The graph files a run leaves in its output folder.
public enum GraphFiles {
    public static func write(_ graph: EntityGraph, to directory: String) throws {
        try OutputFile.write(GraphMLWriter.write(graph), to: directory + "/graph.graphml")
        try OutputFile.write(NodeLinkWriter.write(graph), to: directory + "/graph.json")
        try OutputFile.write(Neo4jCSVWriter.nodes(graph), to: directory + "/nodes.csv")
        try OutputFile.write(Neo4jCSVWriter.edges(graph), to: directory + "/edges.csv")
        try OutputFile.write(GEXFWriter.write(graph), to: directory + "/graph.gexf")
        try OutputFile.write(DOTWriter.write(graph), to: directory + "/graph.dot")
    }
}
