import Foundation

/// How far the reader may run ahead of the sink: at most `documents` documents and about
/// `bytes` bytes of input between them.
///
/// A count alone must be small enough for the largest documents (64 MB each), which leaves a
/// core idle whenever one long article holds up the in-order sink; bounding the bytes too lets
/// many small documents run ahead while a few large ones still cannot exhaust memory. A
/// document larger than the byte bound goes through once nothing else is in flight.
final class RunAhead: @unchecked Sendable {
    let documents: Int
    let bytes: Int
    private let condition = NSCondition()
    private var documentsInFlight = 0
    private var bytesInFlight = 0
    private var isOpen = false

    init(documents: Int, bytes: Int) {
        self.documents = max(1, documents)
        self.bytes = max(1, bytes)
    }

    /// Waits until `count` documents of `size` bytes in all may start; returns at once after
    /// ``open()``.
    func admit(size: Int, count: Int = 1) {
        condition.lock()
        defer { condition.unlock() }
        while !isOpen && documentsInFlight > 0
            && (documentsInFlight + count > documents || bytesInFlight + size > bytes)
        {
            condition.wait()
        }
        documentsInFlight += count
        bytesInFlight += size
    }

    /// `count` documents admitted together with `size` have reached the sink.
    func release(size: Int, count: Int = 1) {
        condition.lock()
        documentsInFlight -= count
        bytesInFlight -= size
        condition.signal()
        condition.unlock()
    }

    /// Lets every waiting and later ``admit(size:)`` through: the run is ending.
    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }
}
