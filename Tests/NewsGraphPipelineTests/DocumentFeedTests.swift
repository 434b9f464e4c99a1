import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphTestSupport
import Testing

@testable import NewsGraphPipeline

/// The reader thread only splits JSONL lines; the workers decode them. A shard, which keeps
/// documents by id, is the exception: it must decode to choose.
@Suite struct DocumentFeedTests {
    static let lines = """
        {"id": "first", "text": "A short note about the harbour."}

        not json at all
        {"id": "second", "text": "Another note."}

        """

    @Test func recordLinesReachTheWorkersUndecodedAndDecodeThere() async throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(folder) }
        let path = folder + "/notes.jsonl"
        try Self.lines.write(toFile: path, atomically: true, encoding: .utf8)

        let feed = DocumentFeed(items: [.records(path: path)])
        var works: [DocumentFeed.Work] = []
        while let work = feed.next() { works.append(work) }
        #expect(works.count == 3, "the blank line is skipped by the reader")
        let lineNumbers = works.compactMap { work -> Int? in
            if case .recordLine(_, _, let lineNumber) = work { return lineNumber }
            return nil
        }
        #expect(lineNumbers == [1, 3, 4])

        let processor = DocumentProcessor()
        var results: [Result<DocumentRecord, DocumentFailure>] = []
        for work in works { results.append(await processor.process(work, fetcher: nil).result) }
        #expect((try? results[0].get().id) == "first")
        #expect((try? results[2].get().id) == "second")
        guard case .failure(let failure) = results[1] else {
            Issue.record("a line that is not JSON is a failure")
            return
        }
        #expect(failure.kind == .malformedRecord && failure.message.contains("line 3"))
    }

    @Test func aShardDecodesOnTheReaderToChooseByID() throws {
        let folder = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(folder) }
        let path = folder + "/notes.jsonl"
        try Self.lines.write(toFile: path, atomically: true, encoding: .utf8)

        let shard = try #require(Shard("1/1"))
        let feed = DocumentFeed(items: [.records(path: path)], shard: shard)
        var ids: [String] = []
        while let work = feed.next() {
            if case .recordLine = work { Issue.record("a sharded feed hands out decoded documents") }
            ids.append(work.id)
        }
        #expect(ids.count == 3 && ids[0] == "first" && ids[2] == "second")
    }
}
