import Testing

@testable import NewsGraphGraph

/// The graph builder's edge table agrees with a `Dictionary` doing the same counting.
@Suite struct EdgeTalliesTests {
    @Test func agreesWithADictionaryThroughGrowth() {
        var tallies = EdgeTallies()
        var expected: [UInt64: (weight: Int, documents: Int)] = [:]
        var generator = SystemRandomNumberGenerator()
        // Packed edges of small numbers collide in their low bits; zero is a real edge too.
        let keys: [UInt64] =
            [0, 1, 4, 1 << 33]
            + (0..<3000).map { DocumentSummary.packedEdge(Int32($0 % 97), Int32($0 / 97), .coMention) }
            + (0..<2000).map { _ in UInt64.random(in: 0..<(1 << 63), using: &generator) }
        for (round, key) in (keys + keys.prefix(1500)).enumerated() {
            let weight = round % 5 + 1
            tallies.add(key, weight: weight)
            expected[key, default: (0, 0)].weight += weight
            expected[key]!.documents += 1
        }
        #expect(tallies.count == expected.count)
        for (key, value) in expected {
            let found = tallies[key]
            #expect(found?.weight == value.weight && found?.documents == value.documents, "\(key)")
        }
        #expect(tallies[UInt64.max - 1] == nil)
        var seen = 0
        for edge in tallies {
            seen += 1
            #expect(expected[edge.key]?.weight == edge.weight)
        }
        #expect(seen == expected.count)
    }
}
