import Foundation
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphStore
import Testing

/// The SQLite database answers the questions it is indexed for, with the graph's resolved ids.
@Suite struct GraphStoreTests {
    @Test func quotesByPersonAndDocumentsByEntity() async throws {
        let root = try TestSupport.temporaryDirectory()
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
}
