import NewsGraphCore
import Synchronization

/// The earliest input position at which each text was extracted, shared by a run's workers, so
/// a worker can tell that its document's text is byte for byte that of an earlier document.
///
/// The sink marks such a document a copy (it matches the same original as the earlier one), and
/// the graph leaves copies out, so the worker may skip what only a counted document needs; the
/// sink makes it after all in the rare case the document is not marked (its original forgotten
/// by a full ``DuplicateIndex``, or replaced by a document under its id). Texts are known by
/// their 64-bit FNV-1a hash: a collision only moves that work to the sink. Beyond `capacity`
/// texts the one noted first is forgotten, so memory stays bounded like the index's.
package final class EarlierTexts: Sendable {
    private struct State {
        var positions: [UInt64: Int] = [:]
        /// Hashes in the order they were first noted; a ring once `capacity` are held.
        var noted: [UInt64] = []
        var oldest = 0
    }

    package let capacity: Int
    private let state: Mutex<State>

    package init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
        state = Mutex(State())
    }

    /// Whether a document before `position` in input order had `text`; notes `text` at
    /// `position` otherwise.
    package func seenBefore(_ text: String, at position: Int) -> Bool {
        let hash = FNV1a.hash(text)
        return state.withLock { state in
            if let first = state.positions[hash] {
                if first < position { return true }
                // Workers finish out of order: a later document may have noted the text first.
                state.positions[hash] = position
                return false
            }
            if state.noted.count < capacity {
                state.noted.append(hash)
            } else {
                state.positions[state.noted[state.oldest]] = nil
                state.noted[state.oldest] = hash
                state.oldest = (state.oldest + 1) % capacity
            }
            state.positions[hash] = position
            return false
        }
    }
}
