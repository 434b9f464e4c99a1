import Foundation
import Testing

@testable import NewsGraphPipeline

/// The reader's bound on work ahead of the sink: documents and bytes, with a way out.
@Suite struct RunAheadTests {
    /// Calls `admit` on a thread of its own; `admitted` turns true once it returns.
    final class Admission: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        var admitted: Bool { lock.withLock { done } }

        init(_ runAhead: RunAhead, size: Int) {
            Thread {
                runAhead.admit(size: size)
                self.lock.withLock { self.done = true }
            }.start()
        }

        /// Whether `admit` returned within `seconds`.
        func wait(seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if admitted { return true }
                Thread.sleep(forTimeInterval: 0.005)
            }
            return admitted
        }
    }

    @Test func theDocumentBoundHoldsTheNextUntilOneReachesTheSink() {
        let runAhead = RunAhead(documents: 2, bytes: 1 << 30)
        runAhead.admit(size: 10)
        runAhead.admit(size: 10)
        let third = Admission(runAhead, size: 10)
        #expect(!third.wait(seconds: 0.1))
        runAhead.release(size: 10)
        #expect(third.wait(seconds: 5))
    }

    @Test func theByteBoundHoldsLargeDocumentsButNeverStarvesOne() {
        let runAhead = RunAhead(documents: 100, bytes: 1000)
        runAhead.admit(size: 600)
        let second = Admission(runAhead, size: 600)
        #expect(!second.wait(seconds: 0.1))
        runAhead.release(size: 600)
        #expect(second.wait(seconds: 5))
        runAhead.release(size: 600)
        // Larger than the bound on its own: it goes through once nothing else is in flight.
        let huge = Admission(runAhead, size: 5000)
        #expect(huge.wait(seconds: 5))
    }

    @Test func openingLetsEveryWaiterThrough() {
        let runAhead = RunAhead(documents: 1, bytes: 1 << 30)
        runAhead.admit(size: 1)
        let waiting = Admission(runAhead, size: 1)
        #expect(!waiting.wait(seconds: 0.05))
        runAhead.open()
        #expect(waiting.wait(seconds: 5))
    }
}
