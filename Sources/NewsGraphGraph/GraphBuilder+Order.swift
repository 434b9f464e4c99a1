import NewsGraphCore

/// The orders a built graph is written in: edges by relation and ends, days by their dates.
extension GraphBuilder {
    /// `edges` in the graph's order (``EntityGraph/Edge/precedes(_:_:)``). An end that is one of
    /// `nodes` (sorted by id, as ``build(mergedKeys:)`` leaves them) is compared by its node's
    /// place, which orders ids as comparing them does, without comparing strings for every pair;
    /// other ends by their ids. Positions are sorted, not edges: a sort moves its elements, and
    /// moving an edge retains and releases its strings.
    package static func sortedEdges(_ edges: [EntityGraph.Edge], nodes: [EntityGraph.Node]) -> [EntityGraph.Edge] {
        var place: [String: Int] = [:]
        place.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() { place[node.id] = index }
        let keys = edges.map { (relation: $0.relation, source: place[$0.source] ?? -1, target: place[$0.target] ?? -1) }
        // -1, 0 or 1 as the first end comes before, with or after the second.
        func compare(
            _ lhs: Int, _ rhs: Int, _ lhsID: @autoclosure () -> String, _ rhsID: @autoclosure () -> String
        ) -> Int {
            if lhs >= 0 && rhs >= 0 { return lhs < rhs ? -1 : (lhs == rhs ? 0 : 1) }
            let (left, right) = (lhsID(), rhsID())
            return left < right ? -1 : (left == right ? 0 : 1)
        }
        let positions = edges.indices.sorted { left, right in
            let (lhs, rhs) = (keys[left], keys[right])
            if lhs.relation != rhs.relation { return lhs.relation < rhs.relation }
            let source = compare(lhs.source, rhs.source, edges[left].source, edges[right].source)
            if source != 0 { return source < 0 }
            let target = compare(lhs.target, rhs.target, edges[left].target, edges[right].target)
            if target != 0 { return target < 0 }
            return EntityGraph.Edge.precedes(edges[left], edges[right])
        }
        return positions.map { edges[$0] }
    }

    /// The calendar date of an ISO 8601 timestamp (`2024-05-01T10:00:00Z` → `2024-05-01`);
    /// `nil` for anything else, so dates compare as strings.
    static func publicationDate(_ published: String?) -> String? {
        guard let published else { return nil }
        let bytes = Array(published.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        for index in [0, 1, 2, 3, 5, 6, 8, 9] where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
