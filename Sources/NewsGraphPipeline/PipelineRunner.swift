import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphHTTP

/// Runs documents through the stages concurrently and hands the outcomes to a sink in input
/// order.
///
/// A reader thread takes work from the feed, at most ``RunAhead``'s documents and bytes ahead of
/// the sink, so memory stays flat however large the corpus; the stages run as tasks on the
/// cooperative pool (one thread per core); one failing document is an outcome like any other. The reader is a
/// thread of its own so a blocking read (a pipe that sends more input only after it has seen
/// output) never holds up finished documents. Consecutive documents the reader has at hand go
/// out as one batch, one task for several small documents.
package struct PipelineRunner: Sendable {
    package var processor: DocumentProcessor
    package var jobs: Int
    package var fetchPolicy = FetchPolicy()
    package var shard: Shard?

    package init(processor: DocumentProcessor, jobs: Int) {
        self.processor = processor
        self.jobs = max(1, jobs)
    }

    /// Processes `items`; `sink` is called once per document, in input order, and `caughtUp`
    /// whenever the sink has had every document started so far (the moment to flush what it
    /// buffers: no more is coming until more input is read). With `stop`, a stop request ends the
    /// run after the documents in flight.
    package func run(
        _ items: [InputItem], stop: StopSignal? = nil, caughtUp: () -> Void = {},
        sink: (DocumentProcessor.Outcome) throws -> Void
    ) async throws {
        let feed = DocumentFeed(items: items, shard: shard, maximumLineBytes: processor.loader.maximumBytes)
        let needsFetcher = items.contains {
            switch $0 {
            case .url, .urlList, .feed, .feedEntry: true
            default: false
            }
        }
        let fetcher = needsFetcher ? try URLFetcher(policy: fetchPolicy) : nil
        // Many small documents may run ahead of a long one the sink waits for; the bytes bound
        // keeps large ones few. Fetching waits on the network, not the CPU: keep enough
        // documents going to use the connections.
        let runAheadBytes = jobs * Self.runAheadBytesPerJob
        let runAhead = RunAhead(documents: jobs * Self.runAheadDocumentsPerJob, bytes: runAheadBytes)
        // A page counts as a share of the bytes that lets twice the connections be fetched at once.
        let urlSize = runAheadBytes / max(1, (fetcher?.maximumConnections ?? 0) * 2)
        do {
            try await process(
                feed: feed, runAhead: runAhead, urlSize: urlSize, fetcher: fetcher, stop: stop ?? StopSignal(),
                caughtUp: caughtUp, sink: sink)
        } catch {
            await fetcher?.shutdown()
            throw error
        }
        await fetcher?.shutdown()
    }

    /// Documents in flight between the reader and the sink, per job: what a stop request lets
    /// finish, at most.
    package static let runAheadDocumentsPerJob = 64
    /// Input bytes in flight between the reader and the sink, per job: one of the largest
    /// documents a file may hold (``FileLoader``'s 64 MB). A document takes up to twenty times
    /// its input in memory while it is processed (text, tokens, mentions, record, JSON line).
    static let runAheadBytesPerJob = 64 << 20
    /// Documents in one batch at most: enough that the hand-offs cost little beside the
    /// documents, few enough that the workers stay busy to the end and a stop comes soon.
    static let batchDocuments = 16
    /// Input bytes that end a batch: large documents go one by one.
    static let batchBytes = 256 << 10

    /// Events are counted in batches; a batch is one or more documents in input order.
    private enum Event: Sendable {
        /// `first`: the input position of the batch's first document.
        case work(Int, [DocumentFeed.Work], first: Int, size: Int)
        case done(Int, [DocumentProcessor.Outcome], size: Int)
        case fed(count: Int)
        case stop
    }

    private func process(
        feed: DocumentFeed, runAhead: RunAhead, urlSize: Int, fetcher: URLFetcher?, stop: StopSignal,
        caughtUp: () -> Void, sink: (DocumentProcessor.Outcome) throws -> Void
    ) async throws {
        let processor = self.processor
        let slots = WorkerSlots(count: jobs)
        let (events, continuation) = AsyncStream.makeStream(of: Event.self)
        stop.onStop { continuation.yield(.stop) }
        let reader = Thread {
            var count = 0
            var documents = 0
            while !stop.isStopped, let work = feed.next() {
                var batch = [work]
                var size = work.inputSize(urlSize: urlSize)
                // Only what is at hand joins a batch: a document never waits for input to come.
                while !work.isFetch, batch.count < Self.batchDocuments, size < Self.batchBytes,
                    let more = feed.nextIfReady()
                {
                    batch.append(more)
                    size += more.inputSize(urlSize: urlSize)
                }
                runAhead.admit(size: size, count: batch.count)
                guard !stop.isStopped else {
                    runAhead.release(size: size, count: batch.count)
                    break
                }
                continuation.yield(.work(count, batch, first: documents, size: size))
                count += 1
                documents += batch.count
            }
            continuation.yield(.fed(count: count))
        }
        reader.stackSize = 8 << 20
        reader.start()

        var sinkError: (any Error)?
        // Discarding: finished child tasks are freed at once instead of waiting to be awaited.
        await withDiscardingTaskGroup { group in
            var waiting: [Int: (outcomes: [DocumentProcessor.Outcome], size: Int)] = [:]
            var nextToEmit = 0
            var started = 0
            var total: Int?
            var stopping = false
            for await event in events {
                switch event {
                case .work(let index, let batch, let first, let size):
                    guard !stopping else {
                        runAhead.release(size: size, count: batch.count)
                        continue
                    }
                    started += 1
                    group.addTask {
                        let outcomes: [DocumentProcessor.Outcome]
                        if batch.count == 1 && batch[0].isFetch {
                            outcomes = [
                                await processor.process(
                                    batch[0], fetcher: fetcher, slots: slots, position: first)
                            ]
                        } else {
                            outcomes = await processor.process(batch: batch, first: first, slots: slots)
                        }
                        continuation.yield(.done(index, outcomes, size: size))
                    }
                case .done(let index, let outcomes, let size):
                    waiting[index] = (outcomes, size)
                    while sinkError == nil, let ready = waiting.removeValue(forKey: nextToEmit) {
                        for outcome in ready.outcomes where sinkError == nil {
                            do {
                                try sink(outcome)
                            } catch {
                                sinkError = error
                                stop.stop()
                            }
                        }
                        runAhead.release(size: ready.size, count: ready.outcomes.count)
                        nextToEmit += 1
                    }
                    if sinkError == nil && nextToEmit == started { caughtUp() }
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
        // Wake the reader if it waits to run ahead, so it sees the stop and ends.
        runAhead.open()
        if let sinkError { throw sinkError }
    }
}
