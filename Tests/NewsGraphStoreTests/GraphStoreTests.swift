import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphStore
import NewsGraphTestSupport
import Testing

/// The SQLite database answers the questions it is indexed for, with the graph's resolved ids.
@Suite struct GraphStoreTests {
    @Test func quotesByPersonAndDocumentsByEntity() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try TestSupport.seedText.write(toFile: input + "/seed.txt", atomically: true, encoding: .utf8)
        try "Colin Kahl visited Moscow on Monday.".write(
            toFile: input + "/visit.txt", atomically: true, encoding: .utf8)
        try "Mr Kahl said nothing.".write(toFile: input + "/later.txt", atomically: true, encoding: .utf8)
        _ = try await Jobs.run(RunOptions(inputs: [input], jobs: 1), outputDirectory: root + "/out")
        let store = try GraphStore(readingAt: root + "/out/newsgraph.sqlite")
        let kahl = try store.quotes(by: "PERSON:Colin Kahl")
        #expect(!kahl.isEmpty && kahl.allSatisfy { $0.documentID == "seed" })
        #expect(kahl.contains { $0.text.contains("Russia") })
        #expect(
            try store.documents(mentioning: "PERSON:Colin Kahl") == ["later", "seed", "visit"],
            "a lone surname in another document resolves to the full name")
        let counts = try store.tableCounts()
        #expect(counts["documents"] == 3)
        let nodes = try String(contentsOfFile: root + "/out/nodes.csv", encoding: .utf8)
        #expect(counts["entities"] == nodes.split(separator: "\n").count - 1)
        let page = try String(contentsOfFile: root + "/out/report.html", encoding: .utf8)
        #expect(!page.contains("<script"))
        #expect(page.contains("Colin Kahl") && page.contains("class=\"q q-"))
    }

    /// The report's reads give back what the run wrote: mention texts cut by code-point offsets
    /// (after non-ASCII text), and the speakers' quotes.
    @Test func theReportReadsBackTheRecords() async throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let input = root + "/in"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let text = "Café owners in Zürich met Colin Kahl. “We are ready,” Kahl said in Moscow on Monday."
        try text.write(toFile: input + "/cafe.txt", atomically: true, encoding: .utf8)
        _ = try await Jobs.run(RunOptions(inputs: [input], jobs: 1), outputDirectory: root + "/out")
        let store = try GraphStore(readingAt: root + "/out/newsgraph.sqlite")
        let written = try String(contentsOfFile: root + "/out/documents.jsonl", encoding: .utf8)
        let record = try JSONDecoder().decode(DocumentRecord.self, from: Data(written.utf8))
        let read = try #require(try store.richestDocuments(limit: 1).first)
        #expect(read.entities.map(\.text) == record.entities.map(\.text))
        #expect(read.entities.contains { $0.text == "Colin Kahl" })
        let speaker = try #require(try store.topSpeakers(limit: 1, quotesEach: 2).first)
        #expect(speaker.entity == "PERSON:Colin Kahl")
        #expect(
            speaker.quotes.map(\.text)
                == record.quotes.map { String(text.unicodeScalars.dropFirst($0.start).prefix($0.end - $0.start)) })
    }

    /// The link from a quotation's later part to its earlier one is stored and read back.
    @Test func aQuoteContinuationIsStoredAndReadBack() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let store = try GraphStore(path: root + "/links.sqlite")
        let text = "\"It rained,\" Ann Vale said, \"all week.\""
        let record = DocumentRecord(
            id: "a", source: "a.txt", title: nil, text: text, metadata: ArticleMetadata(),
            entities: [
                EntityMention(
                    start: 13, end: 21, label: .person, text: "Ann Vale", entity: "PERSON:Ann Vale", sentence: 0)
            ],
            quotes: [
                Quote(
                    start: 1, end: 11, kind: .direct, cue: "said", speaker: "Ann Vale", speakerStart: 13,
                    speakerEnd: 21, speakerEntity: "PERSON:Ann Vale"),
                Quote(
                    start: 29, end: 38, kind: .direct, cue: "said", speaker: "Ann Vale", speakerStart: 13,
                    speakerEnd: 21, speakerEntity: "PERSON:Ann Vale", continues: 1),
            ])
        try store.add(record)
        try store.finish(graph: EntityGraph(nodes: [], edges: []), mergedKeys: [:])
        let read = try #require(try store.richestDocuments(limit: 1).first)
        #expect(read.quotes.map(\.continues) == [nil, 1])
    }

    /// A mention's label is stored only when it is not its key's (records from other tools may
    /// disagree with their keys); the `mentions` view gives every label back as written.
    @Test func mentionLabelsSurviveTheirKeysLabel() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let store = try GraphStore(path: root + "/labels.sqlite")
        let record = DocumentRecord(
            id: "a", source: "a.txt", title: nil, text: "Acme hired Acme in Peru.",
            metadata: ArticleMetadata(),
            entities: [
                EntityMention(start: 0, end: 4, label: .org, text: "Acme", entity: "ORG:Acme", sentence: 0),
                EntityMention(start: 11, end: 15, label: .person, text: "Acme", entity: "ORG:Acme", sentence: 0),
                EntityMention(start: 19, end: 23, label: .gpe, text: "Peru", entity: "Peru", sentence: 0),
            ],
            quotes: [])
        try store.add(record)
        try store.finish(graph: EntityGraph(nodes: [], edges: []), mergedKeys: [:])
        let mentions = try #require(try store.contents()["mentions"])
        #expect(
            mentions == [
                "\"a\"\t0\t4\t0\t\"ORG\"\t\"Acme\"\t\"ORG:Acme\"\t\"ORG:Acme\"",
                "\"a\"\t11\t15\t0\t\"PERSON\"\t\"Acme\"\t\"ORG:Acme\"\t\"ORG:Acme\"",
                "\"a\"\t19\t23\t0\t\"GPE\"\t\"Peru\"\t\"Peru\"\t\"Peru\"",
            ])
    }

    /// Text of every length around the short-text slots' width (`TextSlots`: bound in place, not
    /// copied) comes back as written, across batches that each prepare their statements again.
    @Test func textOfEveryLengthComesBackAsWritten() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let store = try GraphStore(path: root + "/lengths.sqlite", batchSize: 2, searchIndex: false)
        let titles =
            (0...40).map { String(repeating: "t", count: $0) } + ["abcdefghijklmé", "abcdefghijklmné", "ééééééééé"]
        for (index, title) in titles.enumerated() {
            try store.add(
                DocumentRecord(
                    id: "d\(index)", source: "s\(index).txt", title: title, text: "Plain words, no names.",
                    metadata: ArticleMetadata(published: index.isMultiple(of: 2) ? "2026-12-07" : nil)))
        }
        try store.finish(graph: EntityGraph(nodes: [], edges: []), mergedKeys: [:])
        let documents = try #require(try store.contents()["documents"])
        #expect(documents.count == titles.count)
        for (index, title) in titles.enumerated() {
            let published = index.isMultiple(of: 2) ? "\"2026-12-07\"" : "NULL"
            #expect(
                documents.contains { $0.hasPrefix("\"d\(index)\"\t\"s\(index).txt\"\t\"\(title)\"\t\(published)\t") })
        }
    }
}
