/// How a run treats near-duplicate documents (`--keep-duplicates`, `--duplicate-threshold`,
/// `--no-duplicate-detection`).
public struct DuplicateOptions: Sendable {
    /// Look for copies at all; off, no record is marked and the graph counts every document.
    public var detects = true
    /// Mark copies but count them in the graph like any document.
    public var keepsInGraph = false
    /// Smallest estimated Jaccard similarity of five-word shingles that makes a copy.
    public var threshold = 0.8
    /// Originals remembered at most (``DuplicateIndex/capacity``).
    public var capacity = 1 << 20

    public init() {}

    func index() -> DuplicateIndex? {
        detects ? DuplicateIndex(threshold: threshold, capacity: capacity) : nil
    }
}
