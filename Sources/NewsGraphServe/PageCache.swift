import Hummingbird
import Synchronization

/// Rendered entity and document pages, kept while the server runs: the database is read-only,
/// so a page is the same every time it is asked for, and an entity page costs a dozen queries.
/// Bounded by bytes; the oldest page goes first when it is full.
final class PageCache: Sendable {
    private struct State {
        var pages: [String: ByteBuffer] = [:]
        var order: [String] = []
        var bytes = 0
    }

    private let state = Mutex(State())
    let budget: Int

    init(budget: Int) {
        self.budget = budget
    }

    subscript(key: String) -> ByteBuffer? {
        state.withLock { $0.pages[key] }
    }

    func store(_ page: ByteBuffer, for key: String) {
        let size = page.readableBytes
        guard size <= budget / 8 else { return }
        state.withLock { state in
            guard state.pages[key] == nil else { return }
            while state.bytes + size > budget, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                state.bytes -= state.pages.removeValue(forKey: oldest)?.readableBytes ?? 0
            }
            state.pages[key] = page
            state.order.append(key)
            state.bytes += size
        }
    }

    var count: Int { state.withLock { $0.pages.count } }
}
