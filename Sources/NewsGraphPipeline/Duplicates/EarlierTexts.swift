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
///
/// A text may also keep a shingle sketch a worker made (``note(_:for:)``), so a worker
/// with the same text takes it instead of reading the text again. Hash and byte count must both
/// agree before a sketch is handed on.
package final class EarlierTexts: Sendable {
    private struct Entry {
        var position: Int
        var length: Int
        var signature: ShingleSignature?
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        /// Hashes in the order they were first noted; a ring once `capacity` are held.
        var noted: [UInt64] = []
        var oldest = 0
    }

    /// What ``lookUp(_:at:)`` found of a text.
    package struct Sighting: Sendable {
        fileprivate let hash: UInt64
        fileprivate let length: Int
        /// A document before the position had the text.
        package let seenBefore: Bool
        /// The sketch an earlier document's worker noted for the text, if any yet.
        package let signature: ShingleSignature?
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
        lookUp(text, at: position).seenBefore
    }

    /// ``seenBefore(_:at:)``, with the sketch noted for the text if one was.
    package func lookUp(_ text: String, at position: Int) -> Sighting {
        let hash = FNV1a.hash(text)
        let length = text.utf8.count
        return state.withLock { state in
            if let entry = state.entries[hash] {
                let signature = entry.length == length ? entry.signature : nil
                if entry.position < position {
                    return Sighting(hash: hash, length: length, seenBefore: true, signature: signature)
                }
                // Workers finish out of order: a later document may have noted the text first.
                state.entries[hash]?.position = position
                return Sighting(hash: hash, length: length, seenBefore: false, signature: signature)
            }
            if state.noted.count < capacity {
                state.noted.append(hash)
            } else {
                state.entries[state.noted[state.oldest]] = nil
                state.noted[state.oldest] = hash
                state.oldest = (state.oldest + 1) % capacity
            }
            state.entries[hash] = Entry(position: position, length: length)
            return Sighting(hash: hash, length: length, seenBefore: false, signature: nil)
        }
    }

    /// Keeps `signature`, made from the text of `sighting`, for later documents with that text.
    package func note(_ signature: ShingleSignature, for sighting: Sighting) {
        state.withLock { state in
            guard let entry = state.entries[sighting.hash], entry.length == sighting.length, entry.signature == nil
            else { return }
            state.entries[sighting.hash]?.signature = signature
        }
    }
}
