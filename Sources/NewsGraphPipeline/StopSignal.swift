import Dispatch
import Foundation

/// A request to stop a run early: set by Ctrl-C (``installInterruptHandler()``) or by a caller.
///
/// A stopped run reads no more input, lets the documents already in flight finish, and writes
/// everything they produced.
package final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var observers: [@Sendable () -> Void] = []
    private var source: DispatchSourceSignal?

    package init() {}

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    package var isStopped: Bool { locked { stopped } }

    package func stop() {
        let toCall: [@Sendable () -> Void] = locked {
            guard !stopped else { return [] }
            stopped = true
            return observers
        }
        for observer in toCall { observer() }
    }

    /// Calls `observer` once when the run is stopped (at once if it already is).
    func onStop(_ observer: @escaping @Sendable () -> Void) {
        let already = locked {
            if !stopped { observers.append(observer) }
            return stopped
        }
        if already { observer() }
    }

    /// The first SIGINT stops the run cleanly; a second one ends the process at once (exit 130).
    package func installInterruptHandler() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in
            guard let self else { return }
            if self.isStopped { _exit(130) }
            FileHandle.standardError.write(
                Data("\nnewsgraph: stopping; finishing documents in flight (Ctrl-C again to quit now)\n".utf8))
            self.stop()
        }
        source.resume()
        locked { self.source = source }
    }
}
