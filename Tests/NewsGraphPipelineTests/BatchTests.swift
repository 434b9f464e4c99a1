import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphTestSupport
import Testing

@testable import NewsGraphPipeline

/// The reader batches only the documents it has at hand, and the sink is told when it has
/// caught up: a caller that sends the next line only after it has read the output for the last
/// one (a pipe to another program) never waits on a batch or on a buffer.
@Suite(.timeLimit(.minutes(1))) struct BatchTests {
    @Test func aBatchTakesOnlyTheLinesAlreadyRead() throws {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let first = #"{"id": "a", "text": "One."}"# + "\n" + #"{"id": "b", "text": "Two."}"# + "\n{\"id\": \"c\""
        write(descriptors[1], Array(first.utf8), first.utf8.count)
        let feed = DocumentFeed(items: [.records(path: "/dev/fd/\(descriptors[0])")])
        let works = [feed.next(), feed.nextIfReady(), feed.nextIfReady()]
        #expect(works.map { $0?.id } == ["/dev/fd/\(descriptors[0]):1", "/dev/fd/\(descriptors[0]):2", nil])
        let rest = #", "text": "Three."}"# + "\n"
        write(descriptors[1], Array(rest.utf8), rest.utf8.count)
        close(descriptors[1])
        // Only a read brings the rest in, and the reader waits for input only in `next()`.
        #expect(feed.nextIfReady() == nil)
        #expect(feed.next()?.id == "/dev/fd/\(descriptors[0]):3")
        #expect(feed.nextIfReady() == nil && feed.next() == nil)
    }

    @Test func theSinkCatchesUpBeforeTheNextLineIsSent() async throws {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let input = descriptors[1]
        let lineCount = 3
        // The other program: one line, then wait for the answer before the next.
        let answered = DispatchSemaphore(value: 0)
        let sender = Thread {
            for number in 0..<lineCount {
                let line = #"{"id": "n\#(number)", "text": "Anna Berg spoke in Oslo."}"# + "\n"
                write(input, Array(line.utf8), line.utf8.count)
                answered.wait()
            }
            close(input)
        }
        sender.start()
        var sunk: [String] = []
        var caughtUpAfter: [Int] = []
        let runner = PipelineRunner(processor: DocumentProcessor(), jobs: 2)
        try await runner.run(
            [.records(path: "/dev/fd/\(descriptors[0])")],
            caughtUp: {
                caughtUpAfter.append(sunk.count)
                answered.signal()
            }
        ) { outcome in
            if case .success(let record) = outcome.result { sunk.append(record.id) }
        }
        #expect(sunk == ["n0", "n1", "n2"])
        #expect(caughtUpAfter == [1, 2, 3])
    }
}
