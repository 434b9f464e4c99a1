import NewsGraphFetch

/// `--shard K/N`: the K-th of N disjoint parts of the input, chosen by the FNV-1a hash of each
/// document's id (for files, the relative path; for records, their id; for URLs, the URL), so
/// every machine given the same inputs agrees on who does what, whatever order it lists them in.
package struct Shard: Sendable, Equatable {
    /// 1-based: `1/4` … `4/4`.
    package var index: Int
    package var count: Int

    package init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    package func contains(id: String) -> Bool {
        Int(ContentHash.fnv1a64(id.utf8) % UInt64(count)) == index - 1
    }
}
