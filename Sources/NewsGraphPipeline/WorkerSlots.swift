import Synchronization

/// At most `count` documents in the CPU stages (parse, extract, encode) at once, so that
/// `--jobs N` uses N cores whatever the width of the task pool; documents still being fetched
/// wait on the network, not on a slot. Slots go to waiting documents in the order they asked.
final class WorkerSlots: Sendable {
    private struct State {
        var free: Int
        var waiting: [CheckedContinuation<Void, Never>] = []

        mutating func takeFree() -> Bool {
            guard free > 0 else { return false }
            free -= 1
            return true
        }
    }

    private let state: Mutex<State>

    init(count: Int) {
        state = Mutex(State(free: max(1, count)))
    }

    func acquire() async {
        if state.withLock({ $0.takeFree() }) { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = state.withLock { state -> Bool in
                if state.takeFree() { return true }
                state.waiting.append(continuation)
                return false
            }
            if granted { continuation.resume() }
        }
    }

    /// Hands the slot to the longest-waiting document, or frees it.
    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty {
                state.free += 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
