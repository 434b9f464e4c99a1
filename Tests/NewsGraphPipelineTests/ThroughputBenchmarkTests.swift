import NewsGraphCore
import NewsGraphPipeline
import Testing

/// The benchmark counts what it processed: every document, every byte of text, one timing per
/// repetition; the extract-only measure sees the same text as parse + extract.
@Suite struct ThroughputBenchmarkTests {
    static let documents = (0..<40).map { index in
        SourceDocument(
            id: "d\(index)", source: "d\(index).txt", format: .text,
            content: Array("Colin Kahl met officials in Moscow on Monday, the agency said. \(index)\n".utf8))
    }

    @Test func bothMeasuresCountEveryDocumentAndByte() async {
        let benchmark = ThroughputBenchmark(jobs: 2)
        let whole = await benchmark.measure(Self.documents, repetitions: 3)
        #expect(whole.documents == 40 && whole.seconds.count == 3 && whole.cpuSeconds.count == 3)
        let parsed = benchmark.parse(Self.documents)
        #expect(parsed.count == 40)
        let extractOnly = await benchmark.measureExtract(parsed, repetitions: 2)
        #expect(extractOnly.documents == 40 && extractOnly.seconds.count == 2)
        #expect(
            extractOnly.textBytes == whole.textBytes && whole.textBytes == parsed.reduce(0) { $0 + $1.text.utf8.count })
        #expect(whole.adding(extractOnly).seconds.count == 5)
    }
}
