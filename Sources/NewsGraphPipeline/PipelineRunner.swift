import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphFetch

/// Runs documents through the stages concurrently and hands the outcomes to a sink in input
/// order.
///
/// A reader thread takes work from the feed, at most `window` documents ahead of the sink, so
/// memory stays flat however large the corpus; the stages run as tasks on the cooperative pool
/// (one thread per core); one failing document is an outcome like any other. The reader is a
/// thread of its own so a blocking read (a pipe that sends more input only after it has seen
/// output) never holds up finished documents.
public struct PipelineRunner: Sendable {
    public var processor: DocumentProcessor
    public var jobs: Int
    public var fetchPolicy = FetchPolicy()
    public var shard: Shard?

    public init(processor: DocumentProcessor, jobs: Int) {
        self.processor = processor
        self.jobs = max(1, jobs)
    }

    /// Processes `items`; `sink` is called once per document, in input order. With `stop`, a
    /// stop request ends the run after the documents in flight.
    public func run(
        _ items: [InputItem], stop: StopSignal? = nil, sink: (DocumentProcessor.Outcome) throws -> Void
    ) async throws {
        let feed = DocumentFeed(items: items, shard: shard)
        let needsFetcher = items.contains {
            switch $0 {
            case .url, .urlList: true
            default: false
            }
        }
        let fetcher = needsFetcher ? try URLFetcher(policy: fetchPolicy) : nil
        // Fetching waits on the network, not the CPU: keep enough documents going to use the connections.
        let window = max(jobs * 4, (fetcher?.maximumConnections ?? 0) * 2)
        do {
            try await process(feed: feed, window: window, fetcher: fetcher, stop: stop ?? StopSignal(), sink: sink)
        } catch {
            await fetcher?.shutdown()
            throw error
        }
        await fetcher?.shutdown()
    }

    private enum Event: Sendable {
        case work(Int, DocumentFeed.Work)
        case done(Int, DocumentProcessor.Outcome)
        case fed(count: Int)
        case stop
    }

    private func process(
        feed: DocumentFeed, window: Int, fetcher: URLFetcher?, stop: StopSignal,
        sink: (DocumentProcessor.Outcome) throws -> Void
    ) async throws {
        let processor = self.processor
        let (events, continuation) = AsyncStream.makeStream(of: Event.self)
        let slots = DispatchSemaphore(value: window)
        stop.onStop { continuation.yield(.stop) }
        let reader = Thread {
            var count = 0
            while true {
                slots.wait()
                guard !stop.isStopped, let work = feed.next() else { break }
                continuation.yield(.work(count, work))
                count += 1
            }
            continuation.yield(.fed(count: count))
        }
        reader.stackSize = 8 << 20
        reader.start()

        var sinkError: (any Error)?
        // Discarding: finished child tasks are freed at once instead of waiting to be awaited.
        await withDiscardingTaskGroup { group in
            var waiting: [Int: DocumentProcessor.Outcome] = [:]
            var nextToEmit = 0
            var started = 0
            var total: Int?
            var stopping = false
            for await event in events {
                switch event {
                case .work(let index, let work):
                    guard !stopping else { continue }
                    started += 1
                    group.addTask {
                        let outcome = await processor.process(work, fetcher: fetcher)
                        continuation.yield(.done(index, outcome))
                    }
                case .done(let index, let outcome):
                    waiting[index] = outcome
                    while sinkError == nil, let ready = waiting.removeValue(forKey: nextToEmit) {
                        do {
                            try sink(ready)
                        } catch {
                            sinkError = error
                            stop.stop()
                        }
                        nextToEmit += 1
                        slots.signal()
                    }
                case .fed(let count):
                    total = count
                case .stop:
                    stopping = true
                }
                if sinkError != nil { break }
                if let total, nextToEmit == total { break }
                if stopping && nextToEmit == started { break }
            }
            continuation.finish()
        }
        // Wake the reader if it waits for a slot, so it sees the stop and ends.
        for _ in 0..<window { slots.signal() }
        if let sinkError { throw sinkError }
    }
}
