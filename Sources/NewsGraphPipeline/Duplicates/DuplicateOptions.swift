/// How a run treats near-duplicate documents (`--keep-duplicates`, `--duplicate-threshold`,
/// `--no-duplicate-detection`).
package struct DuplicateOptions: Sendable {
    /// Look for copies at all; off, no record is marked and the graph counts every document.
    package var detects = true
    /// Mark copies but count them in the graph like any document.
    package var keepsInGraph = false
    /// Smallest estimated Jaccard similarity of five-word shingles that makes a copy.
    package var threshold = 0.8
    /// Originals remembered at most (``DuplicateIndex/capacity``).
    package var capacity = 1 << 20

    package init() {}

    func index() -> DuplicateIndex? {
        detects ? DuplicateIndex(threshold: threshold, capacity: capacity) : nil
    }
}
