import NewsGraphCore

/// Finds, one document at a time in input order, the earlier document a text nearly copies.
///
/// Only originals (documents that copy nothing earlier) are remembered, as their id and
/// ``ShingleSignature``; a copy is compared with originals, never with other copies, so a
/// cluster is one original and the documents that copy it. Candidates come from locality-
/// sensitive hashing: the 128 signature bytes cut into 16 bands of 8, one table per band from a
/// band's bytes to the first original with them. Two texts of Jaccard similarity 0.9 share a band
/// with probability 0.9999, of 0.5 with 0.2; each candidate is then compared on all 128 bytes and
/// kept at ``threshold``. About 0.5 KB per original; beyond ``capacity`` originals the oldest is
/// forgotten, so memory stays bounded however long the run (copies of very old documents are
/// then missed).
package struct DuplicateIndex: Sendable {
    static let bands = 16
    static let rowsPerBand = ShingleSignature.bins / bands

    package let threshold: Double
    package let capacity: Int
    /// Signatures of the remembered originals, ``ShingleSignature/bins`` bytes per slot.
    private var signatures: [UInt8] = []
    private var ids: [String] = []
    /// When each slot's original arrived (its number among all originals), so the earliest
    /// of two matching originals wins.
    private var serials: [Int] = []
    /// Copies found of each slot's original.
    private var copies: [Int32] = []
    private var slotsByID: [String: Int32] = [:]
    private var tables: [[UInt64: Int32]]
    private var originals = 0
    /// Clusters of originals already forgotten, kept only while among the largest.
    private var retired: [(id: String, copies: Int)] = []
    /// Copies found (or restored from an earlier run's records).
    package private(set) var duplicates = 0

    package init(threshold: Double = 0.8, capacity: Int = 1 << 20) {
        precondition(capacity > 0)
        self.threshold = threshold
        self.capacity = capacity
        tables = Array(repeating: [:], count: Self.bands)
    }

    /// The mark for document `id` when it nearly copies a remembered original (which then counts
    /// one more copy); otherwise `nil`, and the document is remembered as an original.
    package mutating func check(_ signature: ShingleSignature, id: String) -> DuplicateMark? {
        // A changed document under an id already seen replaces its old record: its old text is
        // no longer an original to copy.
        if let slot = slotsByID[id] {
            forget(Int(slot))
            ids[Int(slot)] = ""
            copies[Int(slot)] = 0
        }
        var best: (slot: Int32, serial: Int, similarity: Double)?
        signature.values.withUnsafeBufferPointer { candidate in
            for band in 0..<Self.bands {
                guard let slot = tables[band][Self.bandKey(candidate, band)] else { continue }
                if let best, best.slot == slot { continue }
                let start = Int(slot) * ShingleSignature.bins
                let similarity = signatures.withUnsafeBufferPointer {
                    ShingleSignature.similarity(
                        UnsafeBufferPointer(rebasing: $0[start..<start + ShingleSignature.bins]), candidate)
                }
                guard similarity >= threshold else { continue }
                if best == nil || serials[Int(slot)] < best!.serial {
                    best = (slot, serials[Int(slot)], similarity)
                }
            }
        }
        if let best {
            copies[Int(best.slot)] += 1
            duplicates += 1
            return DuplicateMark(of: ids[Int(best.slot)], similarity: best.similarity)
        }
        remember(signature, id: id)
        return nil
    }

    /// Restores a record an earlier run wrote: an original is remembered, a copy counted for
    /// its original (resumed runs find copies of earlier days' documents).
    package mutating func restore(id: String, signature: ShingleSignature?, duplicateOf original: String?) {
        if let original {
            duplicates += 1
            if let slot = slotsByID[original] { copies[Int(slot)] += 1 }
        } else if let signature {
            remember(signature, id: id)
        }
    }

    /// Counts a copy a record already names (`graph` over records marked by their run).
    package mutating func countCopy(of original: String) {
        restore(id: "", signature: nil, duplicateOf: original)
    }

    /// The originals with the most copies, most first (ties by id).
    package func largestClusters(limit: Int) -> [(id: String, copies: Int)] {
        var clusters = retired
        for (slot, count) in copies.enumerated() where count > 0 { clusters.append((ids[slot], Int(count))) }
        clusters.sort { ($0.copies, $1.id) > ($1.copies, $0.id) }
        return Array(clusters.prefix(limit))
    }

    /// Clusters (originals with at least one copy) among the remembered and retired ones.
    package var clusterCount: Int { copies.lazy.filter { $0 > 0 }.count + retiredClusters }
    private var retiredClusters = 0

    private mutating func remember(_ signature: ShingleSignature, id: String) {
        let slot: Int
        if originals < capacity {
            slot = originals
            signatures.append(contentsOf: signature.values)
            ids.append(id)
            serials.append(originals)
            copies.append(0)
        } else {
            slot = originals % capacity
            forget(slot)
            signatures.replaceSubrange(
                slot * ShingleSignature.bins..<(slot + 1) * ShingleSignature.bins, with: signature.values)
            ids[slot] = id
            serials[slot] = originals
            copies[slot] = 0
        }
        originals += 1
        slotsByID[id] = Int32(slot)
        signature.values.withUnsafeBufferPointer { values in
            for band in 0..<Self.bands {
                let key = Self.bandKey(values, band)
                if tables[band][key] == nil { tables[band][key] = Int32(slot) }
            }
        }
    }

    /// Drops a slot's original from the tables, keeping its cluster's size if it is large.
    private mutating func forget(_ slot: Int) {
        let start = slot * ShingleSignature.bins
        let values = Array(signatures[start..<start + ShingleSignature.bins])
        values.withUnsafeBufferPointer { values in
            for band in 0..<Self.bands {
                let key = Self.bandKey(values, band)
                if tables[band][key] == Int32(slot) { tables[band][key] = nil }
            }
        }
        if slotsByID[ids[slot]] == Int32(slot) { slotsByID[ids[slot]] = nil }
        if copies[slot] > 0 {
            retiredClusters += 1
            retired.append((ids[slot], Int(copies[slot])))
            retired.sort { ($0.copies, $1.id) > ($1.copies, $0.id) }
            if retired.count > Self.retiredLimit { retired.removeLast() }
        }
    }

    static let retiredLimit = 100

    private static func bandKey(_ values: UnsafeBufferPointer<UInt8>, _ band: Int) -> UInt64 {
        var key: UInt64 = 0
        for row in 0..<rowsPerBand { key = key << 8 | UInt64(values[band * rowsPerBand + row]) }
        return key
    }
}
