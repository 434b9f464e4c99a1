import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphStore
import NewsGraphTestSupport
import Testing

/// Near-duplicates: shingle signatures, the first-seen index, marked records, the graph counting
/// a copy once, resumed runs and `graph` over parts.
@Suite struct DuplicateTests {
    /// A wire story of our own, long enough for a few hundred shingles.
    static let story = """
        Harbour officials in Port Elmsworth said on Tuesday that the new ferry terminal would open \
        three weeks late, after inspectors found cracks in two of the loading ramps. Mayor Ingrid \
        Vasquez told reporters the delay would cost the town little because the old pier could \
        stay in service through the spring. "Nobody will miss a sailing," Vasquez said.

        The terminal, built by Corrigan Marine over two years, was meant to double the number of \
        cars crossing to the islands each summer. Corrigan Marine said it would replace the ramps \
        at its own expense and blamed a supplier in the north for the faulty steel.

        Passenger groups welcomed the decision to keep the old pier open but asked the harbour \
        board to publish the inspection report in full. The board said it would do so once the \
        insurers had read it, probably before the end of the month.
        """

    static let otherStory = """
        The Riverside Orchestra announced on Friday that its conductor, Tomas Lindqvist, would \
        step down next year after eleven seasons. Lindqvist said he wanted more time to compose \
        and to teach at the conservatory where he first studied. The orchestra's board thanked \
        him for a decade of sold-out concerts and said the search for a successor would begin \
        at once, with guest conductors leading most of the autumn programme.
        """

    @Test func signaturesIgnoreCaseAndPunctuationAndTellStoriesApart() throws {
        let story = try #require(ShingleSignature(text: Self.story))
        let shouted = try #require(
            ShingleSignature(text: Self.story.uppercased().replacingOccurrences(of: ",", with: " ;")))
        #expect(story.similarity(to: shouted) == 1)
        let other = try #require(ShingleSignature(text: Self.otherStory))
        #expect(story.similarity(to: other) < 0.2)
        // A copy with its last paragraph cut keeps most shingles.
        let cut = Self.story.components(separatedBy: "\n\n").dropLast().joined(separator: "\n\n")
        let similarity = story.similarity(to: try #require(ShingleSignature(text: cut)))
        #expect(similarity > 0.55 && similarity < 0.95, "\(similarity)")
        #expect(ShingleSignature(text: " — … ") == nil)
        // Short texts are one shingle: equal or not.
        let short = try #require(ShingleSignature(text: "Storm closes port"))
        #expect(short.similarity(to: try #require(ShingleSignature(text: "storm, closes PORT!"))) == 1)
        #expect(short.similarity(to: try #require(ShingleSignature(text: "Storm closes airport"))) < 0.1)
    }

    @Test func theIndexMarksCopiesOfTheFirstSeenOriginal() throws {
        var index = DuplicateIndex(threshold: 0.8)
        let story = try #require(ShingleSignature(text: Self.story))
        let edited = try #require(
            ShingleSignature(text: Self.story.replacingOccurrences(of: "probably", with: "most likely")))
        let other = try #require(ShingleSignature(text: Self.otherStory))
        let marks = [
            index.check(story, id: "a"), index.check(other, id: "b"), index.check(story, id: "c"),
            index.check(edited, id: "d"),
        ]
        #expect(marks[0] == nil && marks[1] == nil)
        let copy = try #require(marks[2])
        #expect(copy.of == "a" && copy.similarity == 1)
        let near = try #require(marks[3])
        #expect(near.of == "a" && near.similarity >= 0.8 && near.similarity < 1)
        // The same document again (a changed page under its old id) copies nothing.
        let again = index.check(story, id: "a")
        #expect(again == nil)
        #expect(index.duplicates == 2 && index.clusterCount == 1)
        #expect(index.largestClusters(limit: 5).map(\.id) == ["a"])
        #expect(index.largestClusters(limit: 5).map(\.copies) == [2])
    }

    @Test func aFullIndexForgetsItsOldestOriginal() throws {
        var index = DuplicateIndex(threshold: 0.8, capacity: 1)
        let story = try #require(ShingleSignature(text: Self.story))
        let other = try #require(ShingleSignature(text: Self.otherStory))
        let marks = [
            index.check(story, id: "a"), index.check(story, id: "b"), index.check(other, id: "c"),
            index.check(story, id: "d"),
        ]
        #expect(marks.map { $0?.of } == [nil, "a", nil, nil])
        #expect(index.largestClusters(limit: 5).map(\.id) == ["a"])
    }

    @Test func aMarkedLineEqualsTheMarkedRecordsLineAndReadsBack() throws {
        var record = TestSupport.extract("Mayor Ingrid Vasquez opened the \"new\" pier.", id: "x/1")
        let mark = DuplicateMark(of: "wire \"A\"", similarity: 0.91234)
        let spliced = mark.marking(jsonLine: record.jsonLine())
        record.duplicate = mark
        #expect(spliced == record.jsonLine())
        #expect(try DocumentRecord.decode(jsonLine: spliced.dropLast()) == record)
        #expect(String(decoding: spliced, as: UTF8.self).contains(#""duplicate_of":"wire \"A\"","similarity":0.912}"#))
    }

    static func write(_ texts: [(String, String)], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in texts {
            try text.write(toFile: folder + "/" + name + ".txt", atomically: true, encoding: .utf8)
        }
    }

    static func records(_ path: String) throws -> [String: DocumentRecord] {
        var records: [String: DocumentRecord] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let record = try DocumentRecord.decode(jsonLine: Array(line.utf8))
            records[record.id] = record
        }
        return records
    }

    static func report(_ folder: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/report.json")))
            as! [String: Any]
    }

    @Test func aRunCountsACopyOnceInTheGraphAndKeepsItsRecord() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try Self.write(
            [("1-wire", Self.story), ("2-other", Self.otherStory), ("3-copy", Self.story.uppercased() + "\n")],
            to: root + "/in")
        let options = RunOptions(inputs: [root + "/in"], jobs: 2)
        let report = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(report.duplicates == 1 && report.succeeded == 3 && report.exitCode == 0)
        let records = try Self.records(root + "/out/documents.jsonl")
        let copy = try #require(records.values.first { $0.id.hasSuffix("3-copy") }?.duplicate)
        #expect(copy.of.hasSuffix("1-wire") && copy.similarity == 1)
        #expect(records.values.filter { $0.duplicate != nil }.count == 1)
        let duplicates = try #require(try Self.report(root + "/out")["duplicates"] as? [String: Any])
        #expect(duplicates["documents"] as? Int == 1 && duplicates["counted_in_graph"] as? Bool == false)
        let largest = try #require(duplicates["largest_clusters"] as? [[String: Any]])
        #expect(largest.count == 1 && largest[0]["copies"] as? Int == 1)
        let documents = try #require(try GraphStore(readingAt: root + "/out/newsgraph.sqlite").contents()["documents"])
        #expect(documents.count == 3 && documents.filter { $0.hasSuffix("\t1.0") }.count == 1)

        // Without the copy, and with it counted: the graph equals the first and not the second.
        try FileManager.default.removeItem(atPath: root + "/in/3-copy.txt")
        _ = try await Jobs.run(options, outputDirectory: root + "/without")
        #expect(try Self.sameGraph(root + "/out", root + "/without"))
        try Self.write([("3-copy", Self.story.uppercased() + "\n")], to: root + "/in")
        var keeping = options
        keeping.duplicates.keepsInGraph = true
        _ = try await Jobs.run(keeping, outputDirectory: root + "/kept")
        #expect(try !Self.sameGraph(root + "/out", root + "/kept"))
        var off = options
        off.duplicates.detects = false
        let unmarked = try await Jobs.run(off, outputDirectory: root + "/off")
        let offReport = try Self.report(root + "/off")
        #expect(unmarked.duplicates == 0 && offReport["duplicates"] == nil)
        #expect(try Self.sameGraph(root + "/kept", root + "/off"))
    }

    static func sameGraph(_ lhs: String, _ rhs: String) throws -> Bool {
        try ["nodes.csv", "edges.csv"].allSatisfy {
            try String(contentsOfFile: lhs + "/" + $0, encoding: .utf8)
                == String(contentsOfFile: rhs + "/" + $0, encoding: .utf8)
        }
    }

    @Test func aResumedRunFindsCopiesOfEarlierRunsAndGraphFindsThemAcrossParts() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try Self.write([("1-wire", Self.story), ("2-other", Self.otherStory)], to: root + "/in")
        var options = RunOptions(inputs: [root + "/in"], jobs: 2)
        options.resume = true
        _ = try await Jobs.run(options, outputDirectory: root + "/out")
        try Self.write([("3-copy", "Reposted. " + Self.story)], to: root + "/in")
        let second = try await Jobs.run(options, outputDirectory: root + "/out")
        #expect(second.skipped == 2 && second.succeeded == 1 && second.duplicates == 1)
        let records = try Self.records(root + "/out/documents.jsonl")
        #expect(records.values.compactMap { $0.duplicate?.of }.map { $0.hasSuffix("1-wire") } == [true])
        let single = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 2), outputDirectory: root + "/single")
        #expect(single.duplicates == 1)
        #expect(try Self.sameGraph(root + "/out", root + "/single"))

        // Parts extracted apart: `graph` finds the copy in the second part, in the order given.
        try FileManager.default.createDirectory(atPath: root + "/parts", withIntermediateDirectories: true)
        let lines = try String(contentsOfFile: root + "/single/documents.jsonl", encoding: .utf8)
            .split(separator: "\n").map { line -> String in
                var record = try DocumentRecord.decode(jsonLine: Array(line.utf8))
                record.duplicate = nil
                return String(decoding: record.jsonLine(), as: UTF8.self)
            }
        try (lines[0] + lines[1]).write(toFile: root + "/parts/a.jsonl", atomically: true, encoding: .utf8)
        try lines[2].write(toFile: root + "/parts/b.jsonl", atomically: true, encoding: .utf8)
        let merged = try Jobs.graph(
            recordFiles: [root + "/parts/a.jsonl", root + "/parts/b.jsonl"], outputDirectory: root + "/merged")
        #expect(merged.duplicates == 1)
        #expect(try Self.sameGraph(root + "/merged", root + "/single"))
    }
}
