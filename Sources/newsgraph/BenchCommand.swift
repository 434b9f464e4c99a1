import ArgumentParser
import Foundation
import NewsGraphPipeline

/// `newsgraph bench INPUT...`: parse + extract throughput on documents held in memory.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput (MB/s of article text through parse + extract) on documents held in memory."
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
        let loaded = try ThroughputBenchmark.load(inputs)
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let benchmark = ThroughputBenchmark(processor: DocumentProcessor(onlyParse: only == .parse), jobs: jobs)
        let result = await benchmark.measure(loaded, repetitions: repetitions)
        let stage = only == .parse ? "parse" : "parse + extract"
        print(
            String(
                format:
                    "%@: %d documents, %.2f MB in, %.2f MB text, %d job(s), median %.3f s of %d: %.1f MB/s text, %.1f MB/s input, %.0f docs/s; CPU median %.3f s: %.1f MB/s text per CPU second",
                stage, result.documents, Double(result.inputBytes) / 1e6, Double(result.textBytes) / 1e6, jobs,
                result.medianSeconds, result.seconds.count, result.textMBPerSecond, result.inputMBPerSecond,
                result.documentsPerSecond, result.medianCPUSeconds, result.textMBPerCPUSecond
            )
        )
        print("allocator: \(Allocator.name)")
    }
}
