extension Sequence {
    /// `Array(sorted(by:).prefix(count))` without sorting the whole sequence: the report and
    /// the drawing show the first few of a graph's hundreds of thousands of nodes and edges.
    /// Elements the order ties keep their sequence order, as the stable sort keeps them.
    func firstSorted(_ count: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        guard count > 0 else { return [] }
        var first: [Element] = []
        first.reserveCapacity(count + 1)
        for element in self {
            if first.count == count, let last = first.last, !areInIncreasingOrder(element, last) { continue }
            // After every element it does not come before: ties stay in sequence order.
            var low = 0
            var high = first.count
            while low < high {
                let middle = (low + high) / 2
                if areInIncreasingOrder(element, first[middle]) { high = middle } else { low = middle + 1 }
            }
            first.insert(element, at: low)
            if first.count > count { first.removeLast() }
        }
        return first
    }
}
