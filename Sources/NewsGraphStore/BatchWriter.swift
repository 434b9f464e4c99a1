import Dispatch
import Foundation

/// Runs database writes one after another on a queue of their own, so inserting a batch
/// overlaps with building the next; at most two batches wait, which keeps memory flat.
///
/// The first error stops later writes and is thrown to the caller at its next submit or wait.
final class BatchWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "newsgraph.store.writer")
    private let slots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failure: (any Error)?

    /// Queues `work`; blocks while two batches are already waiting.
    func submit(_ work: @escaping @Sendable () throws -> Void) throws {
        try rethrowFailure()
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard currentFailure() == nil else { return }
            do {
                try work()
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
        }
    }

    /// Waits for every queued write; throws the first error any of them met.
    func wait() throws {
        queue.sync {}
        try rethrowFailure()
    }

    func rethrowFailure() throws {
        if let failure = currentFailure() { throw failure }
    }

    private func currentFailure() -> (any Error)? {
        lock.withLock { failure }
    }
}
