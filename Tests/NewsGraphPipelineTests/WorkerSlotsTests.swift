import Synchronization
import Testing

@testable import NewsGraphPipeline

/// `--jobs N` bounds the documents in the CPU stages, whatever the width of the task pool.
@Suite struct WorkerSlotsTests {
    final class Holders: Sendable {
        let current = Atomic<Int>(0)
        let most = Atomic<Int>(0)
        let finished = Atomic<Int>(0)
    }

    @Test(arguments: [1, 2, 3])
    func noMoreThanTheSlotsHoldAtOnce(slots count: Int) async {
        let slots = WorkerSlots(count: count)
        let holders = Holders()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    await slots.acquire()
                    let now = holders.current.add(1, ordering: .sequentiallyConsistent).newValue
                    holders.most.max(now, ordering: .sequentiallyConsistent)
                    for _ in 0..<20 { await Task.yield() }
                    holders.current.subtract(1, ordering: .sequentiallyConsistent)
                    slots.release()
                    holders.finished.add(1, ordering: .sequentiallyConsistent)
                }
            }
        }
        #expect(holders.finished.load(ordering: .sequentiallyConsistent) == 40)
        #expect(holders.most.load(ordering: .sequentiallyConsistent) <= count)
        #expect(holders.most.load(ordering: .sequentiallyConsistent) >= 1)
    }
}
