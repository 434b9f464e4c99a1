import NewsGraphCore
import NewsGraphFetch

/// Runs documents through the stages concurrently and hands the outcomes to a sink in input
/// order.
///
/// At most `jobs × 4` documents are in flight or waiting for an earlier one, so memory stays
/// flat however large the corpus; one failing document is an outcome like any other.
public struct PipelineRunner: Sendable {
    public var processor: DocumentProcessor
    public var jobs: Int

    public init(processor: DocumentProcessor, jobs: Int) {
        self.processor = processor
        self.jobs = max(1, jobs)
    }

    /// Processes `items`; `sink` is called once per document, in input order.
    public func run(_ items: [InputItem], sink: (DocumentProcessor.Outcome) throws -> Void) async throws {
        let feed = DocumentFeed(items: items)
        let needsFetcher = items.contains { if case .url = $0 { true } else { false } }
        let fetcher = needsFetcher ? URLFetcher() : nil
        do {
            try await process(feed: feed, fetcher: fetcher, sink: sink)
        } catch {
            await fetcher?.shutdown()
            throw error
        }
        await fetcher?.shutdown()
    }

    private func process(
        feed: DocumentFeed, fetcher: URLFetcher?, sink: (DocumentProcessor.Outcome) throws -> Void
    ) async throws {
        let processor = self.processor
        let window = jobs * 4
        try await withThrowingTaskGroup(of: (Int, DocumentProcessor.Outcome).self) { group in
            var nextIndex = 0
            var nextToEmit = 0
            var waiting: [Int: DocumentProcessor.Outcome] = [:]
            var exhausted = false
            func startMore() {
                while !exhausted && nextIndex - nextToEmit < window {
                    guard let work = feed.next() else {
                        exhausted = true
                        return
                    }
                    let index = nextIndex
                    nextIndex += 1
                    group.addTask { (index, await processor.process(work, fetcher: fetcher)) }
                }
            }
            startMore()
            while let (index, outcome) = try await group.next() {
                waiting[index] = outcome
                while let ready = waiting.removeValue(forKey: nextToEmit) {
                    try sink(ready)
                    nextToEmit += 1
                }
                try Task.checkCancellation()
                startMore()
            }
        }
    }
}
