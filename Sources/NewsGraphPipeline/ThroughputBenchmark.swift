import Foundation
import NewsGraphCore
import NewsGraphExtract
import NewsGraphFetch
import NewsGraphParse
import Synchronization

/// Measures parse + extract throughput on documents held in memory, so disk speed is out of it.
package struct ThroughputBenchmark: Sendable {
    package struct Result: Sendable {
        package var documents: Int
        package var inputBytes: Int
        package var textBytes: Int
        /// Wall-clock seconds of each repetition.
        package var seconds: [Double]
        /// CPU seconds (user + system, all threads) of each repetition: steadier than wall time
        /// when something else shares the machine.
        package var cpuSeconds: [Double] = []

        package var medianSeconds: Double { Self.median(seconds) }
        package var medianCPUSeconds: Double { Self.median(cpuSeconds) }
        /// Text megabytes per CPU second: what one core does.
        package var textMBPerCPUSecond: Double {
            medianCPUSeconds > 0 ? Double(textBytes) / 1e6 / medianCPUSeconds : 0
        }

        static func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty
                ? 0
                : sorted.count % 2 == 1
                    ? sorted[sorted.count / 2]
                    : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        package var textMBPerSecond: Double { medianSeconds > 0 ? Double(textBytes) / 1e6 / medianSeconds : 0 }
        package var inputMBPerSecond: Double { medianSeconds > 0 ? Double(inputBytes) / 1e6 / medianSeconds : 0 }
        package var documentsPerSecond: Double { medianSeconds > 0 ? Double(documents) / medianSeconds : 0 }

        /// This result with the repetitions of `other` (of the same documents) added.
        package func adding(_ other: Result) -> Result {
            var sum = self
            sum.seconds += other.seconds
            sum.cpuSeconds += other.cpuSeconds
            return sum
        }
    }

    package var processor: DocumentProcessor
    package var jobs: Int

    package init(processor: DocumentProcessor = DocumentProcessor(), jobs: Int) {
        self.processor = processor
        self.jobs = max(1, jobs)
    }

    /// Reads every document of `inputs` into memory (files and JSONL records).
    package static func load(_ inputs: [String]) throws -> [SourceDocument] {
        let feed = DocumentFeed(items: try InputCatalog.items(for: inputs))
        var documents: [SourceDocument] = []
        while let work = feed.next() {
            switch work {
            case .file(let path, let id):
                if case .success(let document) = FileLoader().load(path: path, id: id) { documents.append(document) }
            case .document(let document):
                documents.append(document)
            case .recordLine(let line, let path, let lineNumber):
                if case .success(let document) = RecordDecoder.document(
                    fromLine: line, path: path, lineNumber: lineNumber)
                {
                    documents.append(document)
                }
            case .url, .feedEntry, .failure:
                continue
            }
        }
        return documents
    }

    package func measure(_ documents: [SourceDocument], repetitions: Int) async -> Result {
        let processor = self.processor
        return await measure(
            documents: documents.count, inputBytes: documents.reduce(0) { $0 + $1.content.count },
            repetitions: repetitions
        ) { index in
            let outcome = await processor.process(.document(documents[index]), fetcher: nil)
            guard case .success(let record) = outcome.result else { return 0 }
            return record.text.utf8.count
        }
    }

    /// The extract stage alone (entities and quotes), on documents parsed before the clock
    /// starts: the figure of the extract stage as such, where ``measure(_:repetitions:)`` also
    /// counts parsing.
    package func measureExtract(_ parsed: [ParsedDocument], repetitions: Int) async -> Result {
        let extractor = processor.extractor
        return await measure(
            documents: parsed.count, inputBytes: parsed.reduce(0) { $0 + $1.text.utf8.count },
            repetitions: repetitions
        ) { index in
            extractor.extract(parsed[index]).text.utf8.count
        }
    }

    /// The documents as the parse stage leaves them, for ``measureExtract(_:repetitions:)``.
    package func parse(_ documents: [SourceDocument]) -> [ParsedDocument] {
        documents.compactMap { try? processor.parser.parse($0).get() }
    }

    /// Runs `work` on every document index with ``jobs`` workers, `repetitions` times; `work`
    /// returns the text bytes it handled.
    private func measure(
        documents: Int, inputBytes: Int, repetitions: Int, work: @escaping @Sendable (Int) async -> Int
    ) async -> Result {
        var result = Result(documents: documents, inputBytes: inputBytes, textBytes: 0, seconds: [])
        let jobs = self.jobs
        for _ in 0..<max(1, repetitions) {
            let start = ContinuousClock.now
            let cpuStart = Self.processCPUSeconds()
            // Each worker takes the next document when it is free, as the runner's workers do: a
            // fixed share per worker would leave one idle while the other finishes its longer share.
            let next = NextIndex()
            let textBytes = await withTaskGroup(of: Int.self) { group in
                for _ in 0..<jobs {
                    group.addTask {
                        var bytes = 0
                        while case let index = next.take(), index < documents { bytes += await work(index) }
                        return bytes
                    }
                }
                return await group.reduce(0, +)
            }
            let elapsed = ContinuousClock.now - start
            result.textBytes = textBytes
            result.seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            result.cpuSeconds.append(Self.processCPUSeconds() - cpuStart)
        }
        return result
    }

    /// The index of the next document to process, shared by the workers of one repetition.
    private final class NextIndex: Sendable {
        private let value = Atomic<Int>(0)

        func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
    }

    /// User + system CPU time of this process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
