import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphPipeline

/// `newsgraph bench INPUT...`: parse + extract throughput on documents held in memory, and the
/// extract stage alone on the same documents parsed beforehand.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract:
            "Measure throughput (MB/s of article text through parse + extract, and through extract alone) on documents held in memory."
    )

    @Argument(help: "Files or folders to measure on, e.g. ../shared/corpus/bbc.")
    var inputs: [String]

    @Option(help: "Repetitions; the median is reported.")
    var repetitions = 5

    @Option(name: .customLong("jobs"), help: "Concurrent workers (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("only"), help: "'parse' measures the parse stage alone.")
    var only: ExtractCommand.Stage?

    func run() async throws {
        let loaded: [SourceDocument]
        do {
            loaded = try ThroughputBenchmark.load(inputs)
        } catch {
            throw UsageError(description: "newsgraph: \(error)")
        }
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let benchmark = ThroughputBenchmark(processor: DocumentProcessor(onlyParse: only == .parse), jobs: jobs)
        // With the extract stage alone (on documents parsed beforehand), the two measures take
        // turns, so that neither gets the warmer caches or the quieter minutes.
        let parsed = only == nil ? benchmark.parse(loaded) : []
        var whole: ThroughputBenchmark.Result?
        var extractOnly: ThroughputBenchmark.Result?
        for _ in 0..<max(1, repetitions) {
            let round = await benchmark.measure(loaded, repetitions: 1)
            whole = whole?.adding(round) ?? round
            if only == nil {
                let extractRound = await benchmark.measureExtract(parsed, repetitions: 1)
                extractOnly = extractOnly?.adding(extractRound) ?? extractRound
            }
        }
        if let whole { print(Self.line(only == .parse ? "parse" : "parse + extract", whole, jobs: jobs)) }
        if let extractOnly { print(Self.line("extract", extractOnly, jobs: jobs)) }
        print("allocator: \(Allocator.name)")
    }

    static func line(_ stage: String, _ result: ThroughputBenchmark.Result, jobs: Int) -> String {
        String(
            format:
                "%@: %d documents, %.2f MB in, %.2f MB text, %d job(s), median %.3f s of %d: %.1f MB/s text, %.1f MB/s input, %.0f docs/s; CPU median %.3f s: %.1f MB/s text per CPU second",
            stage, result.documents, Double(result.inputBytes) / 1e6, Double(result.textBytes) / 1e6, jobs,
            result.medianSeconds, result.seconds.count, result.textMBPerSecond, result.inputMBPerSecond,
            result.documentsPerSecond, result.medianCPUSeconds, result.textMBPerCPUSecond
        )
    }
}
