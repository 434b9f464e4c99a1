/// Bounds requests in flight: at most `total` at once, and at most `perHost` to any one host,
/// so a list dominated by one site does not hammer it. Waiters are served first come, first
/// served.
actor ConcurrencyLimiter {
    private let total: Int
    private let perHost: Int
    private var running = 0
    private var runningByHost: [String: Int] = [:]
    private var waiters: [(host: String, continuation: CheckedContinuation<Void, Never>)] = []

    init(total: Int, perHost: Int) {
        self.total = max(1, total)
        self.perHost = max(1, perHost)
    }

    func acquire(host: String) async {
        if canStart(host) {
            start(host)
            return
        }
        await withCheckedContinuation { waiters.append((host, $0)) }
    }

    func release(host: String) {
        running -= 1
        runningByHost[host, default: 1] -= 1
        if runningByHost[host] == 0 { runningByHost[host] = nil }
        var index = 0
        while index < waiters.count && running < total {
            if canStart(waiters[index].host) {
                let waiter = waiters.remove(at: index)
                start(waiter.host)
                waiter.continuation.resume()
            } else {
                index += 1
            }
        }
    }

    /// Runs `body` holding one slot for `host`.
    func withSlot<T: Sendable>(host: String, _ body: @Sendable () async -> T) async -> T {
        await acquire(host: host)
        let result = await body()
        release(host: host)
        return result
    }

    private func canStart(_ host: String) -> Bool { running < total && runningByHost[host, default: 0] < perHost }

    private func start(_ host: String) {
        running += 1
        runningByHost[host, default: 0] += 1
    }
}
