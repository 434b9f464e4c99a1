import Foundation
import NewsGraphCore
import NewsGraphStore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphPipeline

/// A worker leaves out the graph summary of a text an earlier document had (the sink marks it
/// a copy); the records, the database and the graph come out as if every summary were made.
@Suite struct EarlierTextTests {
    static func line(id: String, text: String) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A wire story, another story, the wire story under a new id, and the wire story again
    /// under its first id (a changed page: the sink does not mark it, so it makes the summary).
    static func lines() throws -> [String] {
        try [
            line(id: "wire/1", text: DuplicateTests.story), line(id: "wire/2", text: DuplicateTests.otherStory),
            line(id: "site/1", text: DuplicateTests.story), line(id: "wire/1", text: DuplicateTests.story),
        ]
    }

    @Test func onlyADocumentAfterOneWithTheSameTextGoesWithoutASummary() async throws {
        let processor = try RunOptions(inputs: [], jobs: 1)
            .runner(buildsGraph: true, signsText: true, notesEarlierTexts: true).processor
        let works = try Self.lines().enumerated().map {
            DocumentFeed.Work.recordLine(Array($1.utf8), path: "in.jsonl", lineNumber: $0 + 1)
        }
        let outcomes = await processor.process(batch: works, first: 0)
        #expect(outcomes.map { $0.forGraph?.summary == nil } == [false, false, true, true])
        #expect(outcomes.allSatisfy { $0.forGraph?.rows != nil })

        // Workers finish out of order: a text first seen later in the input is no copy when an
        // earlier document brings it, and a document between the two is one.
        let texts = EarlierTexts(capacity: 8)
        #expect(!texts.seenBefore("Ferries run late.", at: 10))
        #expect(!texts.seenBefore("Ferries run late.", at: 3))
        #expect(texts.seenBefore("Ferries run late.", at: 5))
        // The oldest text is forgotten beyond the capacity.
        let full = EarlierTexts(capacity: 1)
        #expect(!full.seenBefore("Ferries run late.", at: 0) && !full.seenBefore("Trams run early.", at: 1))
        #expect(!full.seenBefore("Ferries run late.", at: 2))
    }

    @Test func aDocumentWithAnEarlierTextTakesItsSketch() async throws {
        let processor = try RunOptions(inputs: [], jobs: 1)
            .runner(buildsGraph: true, signsText: true, notesEarlierTexts: true).processor
        let works = try Self.lines().enumerated().map {
            DocumentFeed.Work.recordLine(Array($1.utf8), path: "in.jsonl", lineNumber: $0 + 1)
        }
        let outcomes = await processor.process(batch: works, first: 0)
        let story = try #require(ShingleSignature(text: DuplicateTests.story))
        #expect(outcomes.map(\.signature) == [story, ShingleSignature(text: DuplicateTests.otherStory), story, story])

        // A sketch is noted once, for the text it was made from, and handed to later documents.
        let texts = EarlierTexts(capacity: 8)
        let first = texts.lookUp("Ferries run late.", at: 4)
        #expect(!first.seenBefore && first.signature == nil)
        let sketch = try #require(ShingleSignature(text: "Ferries run late."))
        texts.note(sketch, for: first)
        texts.note(try #require(ShingleSignature(text: "Trams run early.")), for: first)
        let again = texts.lookUp("Ferries run late.", at: 7)
        #expect(again.seenBefore && again.signature == sketch)
        // A document earlier in the input than the one that noted the text is no copy, yet the
        // sketch of the same text is still its own.
        let earlier = texts.lookUp("Ferries run late.", at: 1)
        #expect(!earlier.seenBefore && earlier.signature == sketch)
        #expect(texts.lookUp("Buses run late.", at: 9).signature == nil)
    }

    @Test func aCopyWithoutASummaryKeepsItsRowsAndTheGraphCountsAsBefore() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        try Self.lines().joined().write(toFile: root + "/in/all.jsonl", atomically: true, encoding: .utf8)
        let report = try await Jobs.run(RunOptions(inputs: [root + "/in"], jobs: 2), outputDirectory: root + "/out")
        #expect(report.succeeded == 4 && report.duplicates == 1)
        let records = try DuplicateTests.records(root + "/out/documents.jsonl")
        #expect(records["site/1"]?.duplicate?.of == "wire/1")
        let copy = try #require(records["site/1"])
        #expect(!copy.entities.isEmpty)
        let contents = try GraphStore(readingAt: root + "/out/newsgraph.sqlite").contents()
        let documents = try #require(contents["documents"])
        #expect(documents.contains { $0.contains("site/1") && $0.hasSuffix("\t1.0") })
        let mentions = try #require(contents["mentions"])
        #expect(mentions.contains { $0.contains("site/1") })

        // `graph` over the run's records makes every summary itself: the same graph and database.
        let graph = try Jobs.graph(recordFiles: [root + "/out/documents.jsonl"], outputDirectory: root + "/graph")
        #expect(graph.duplicates == 1)
        #expect(try DuplicateTests.sameGraph(root + "/out", root + "/graph"))
        #expect(try GraphStore(readingAt: root + "/graph/newsgraph.sqlite").contents() == contents)
        #expect(
            try String(contentsOfFile: root + "/out/timeline.csv", encoding: .utf8)
                == String(contentsOfFile: root + "/graph/timeline.csv", encoding: .utf8))
    }
}
