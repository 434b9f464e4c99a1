import NIOPosix
import Synchronization

/// Runs `POST /api/extract`'s extractions on NIO's blocking thread pool (one thread per core),
/// each within a time limit.
///
/// Extraction is synchronous work that cannot be stopped halfway, so the limit bounds how long a
/// client waits, not the work itself: when it passes, the request is answered with 503 at once
/// and a running extraction finishes unseen. Since the pool has one thread per core, extractions
/// never crowd out the pages' requests; one that waited in the pool's queue past its limit is
/// not started at all, so an overloaded server sheds requests instead of falling further behind.
/// The body-size limit bounds the work an abandoned extraction can cost.
package struct ExtractionLimit: Sendable {
    /// How long a request may take from its arrival to its record.
    package let limit: Duration
    let pool: NIOThreadPool

    package init(limit: Duration, pool: NIOThreadPool = .singleton) {
        self.limit = limit
        self.pool = pool
    }

    /// Why an extraction was not answered.
    package enum Failure: Error, Equatable {
        /// It waited in the queue until its time was up, and was not started.
        case notStarted
        /// It ran past the limit.
        case tooSlow
    }

    /// `work`'s value, or ``Failure`` when the limit passes first. A limit of zero always fails
    /// without running `work`: the deadline has passed before any thread can start it.
    package func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async throws -> Value {
        let deadline = ContinuousClock.now + limit
        let answer = Answer<Value>()
        return try await withCheckedThrowingContinuation { continuation in
            answer.set(continuation)
            // A cancelled timer has been overtaken by the work: it must not answer.
            let timer = Task {
                do { try await Task.sleep(until: deadline, clock: .continuous) } catch { return }
                answer.give(.failure(.tooSlow))
            }
            pool.submit { state in
                guard case .active = state, ContinuousClock.now < deadline else {
                    answer.give(.failure(.notStarted))
                    timer.cancel()
                    return
                }
                let value = work()
                answer.give(.success(value))
                timer.cancel()
            }
        }
    }
}

/// The continuation of one request, resumed by whichever comes first: the work or the timer.
private final class Answer<Value: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<Value, any Error>?>(nil)

    func set(_ waiting: CheckedContinuation<Value, any Error>) {
        continuation.withLock { $0 = waiting }
    }

    func give(_ result: Result<Value, ExtractionLimit.Failure>) {
        let waiting = continuation.withLock { held in
            defer { held = nil }
            return held
        }
        waiting?.resume(with: result.mapError { $0 as any Error })
    }
}
