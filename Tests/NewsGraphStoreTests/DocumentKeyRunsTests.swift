import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphStore

/// `document_keys` rows come back in `(key, document)` order, every one of them, however many
/// runs they were spilled in; the scratch file leaves nothing behind.
@Suite struct DocumentKeyRunsTests {
    typealias Row = DocumentKeyRuns.Row

    /// Rows as a store appends them: documents in order, each with its own keys.
    static func rows(documents: Int, keys: Int, seed: UInt64) -> [Row] {
        var generator = SeededGenerator(state: seed)
        var rows: [Row] = []
        for document in 1...documents {
            let count = Int.random(in: 0...12, using: &generator)
            var chosen = Set<UInt32>()
            for _ in 0..<count { chosen.insert(UInt32.random(in: 0..<UInt32(keys), using: &generator)) }
            for key in chosen {
                rows.append(
                    Row(key: key, document: UInt32(document), mentions: UInt32.random(in: 1...9, using: &generator)))
            }
        }
        return rows
    }

    static func merged(_ rows: [Row], runLength: Int, in directory: String) throws -> [Row] {
        let runs = DocumentKeyRuns(scratchDirectory: directory, runLength: runLength)
        for row in rows {
            try runs.append(key: Int(row.key), document: Int(row.document), mentions: Int(row.mentions))
        }
        var out: [Row] = []
        try runs.merge { out.append($0) }
        return out
    }

    @Test(arguments: [1, 2, 7, 100, 5000])
    func mergesEveryRunInKeyOrder(runLength: Int) throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let rows = Self.rows(documents: 400, keys: 90, seed: UInt64(runLength))
        let out = try Self.merged(rows, runLength: runLength, in: directory)
        #expect(out == rows.sorted { $0.order < $1.order })
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func emptyAndReusable() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let runs = DocumentKeyRuns(scratchDirectory: directory, runLength: 3)
        var out: [Row] = []
        try runs.merge { out.append($0) }
        #expect(out.isEmpty)
        try runs.append(key: 5, document: 1, mentions: 2)
        try runs.merge { out.append($0) }
        #expect(out == [Row(key: 5, document: 1, mentions: 2)])
    }

    @Test func refusesNumbersBeyondItsRows() throws {
        let scratch = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(scratch) }
        let runs = DocumentKeyRuns(scratchDirectory: scratch)
        #expect(throws: (any Error).self) { try runs.append(key: -1, document: 1, mentions: 1) }
        #expect(throws: (any Error).self) { try runs.append(key: 1, document: 1 << 33, mentions: 1) }
    }

    /// Every digit of the sort key is exercised: keys and documents past 16 bits, and rows that
    /// arrive out of order (the sort does not rely on documents coming in order).
    @Test func radixSortAgreesWithTheStandardSort() {
        var generator = SeededGenerator(state: 7)
        for count in [0, 1, 2, 3, 17, 4097, 20_000] {
            var rows = (0..<count).map { _ in
                Row(
                    key: UInt32.random(in: 0...UInt32.max, using: &generator)
                        >> UInt32.random(in: 0...31, using: &generator),
                    document: UInt32.random(in: 0...UInt32.max, using: &generator)
                        >> UInt32.random(in: 0...31, using: &generator),
                    mentions: UInt32(count))
            }
            let expected = rows.sorted { $0.order < $1.order }
            RadixSort.sort(&rows)
            #expect(rows.map(\.order) == expected.map(\.order), "\(count) rows")
        }
        var equalDigits = [Row](repeating: Row(key: 3, document: 9, mentions: 1), count: 50)
        equalDigits[20].document = 8
        RadixSort.sort(&equalDigits)
        #expect(equalDigits.first?.document == 8 && equalDigits.dropFirst().allSatisfy { $0.document == 9 })
    }

    /// Through the store: the view answers from rows that went through several runs.
    @Test func documentEntitiesAfterSpilledRuns() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let store = try GraphStore(path: directory + "/runs.sqlite", batchSize: 3, documentKeyRunLength: 4)
        let names = ["PERSON:Ann Lee", "ORG:Acme", "GPE:Peru", "PERSON:Bo Chen"]
        var expected: [String: [String]] = [:]
        for document in 0..<40 {
            let chosen = names.enumerated().filter { (document + $0.offset) % 3 != 0 }.map(\.element)
            let entities = chosen.enumerated().map { index, key in
                EntityMention(
                    start: index * 2, end: index * 2 + 1, label: .person, text: "x", entity: key, sentence: 0)
            }
            let id = String(format: "d%02d", document)
            for key in chosen { expected[key, default: []].append(id) }
            try store.add(
                DocumentRecord(
                    id: id, source: id, title: nil, text: String(repeating: "x ", count: 8),
                    metadata: ArticleMetadata(), entities: entities, quotes: []))
        }
        try store.finish(graph: EntityGraph(nodes: [], edges: []), mergedKeys: [:])
        for key in names {
            #expect(try store.documents(mentioning: key) == expected[key], "\(key)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["runs.sqlite"])
    }
}

/// A small deterministic generator (SplitMix64), so a failing case can be run again.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
