import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphTestSupport
import Testing

@Suite struct FetchTests {
    @Test func documentIDsDropArticleExtensions() {
        #expect(InputCatalog.documentID(forRelativePath: "politics/001.txt") == "politics/001")
        #expect(InputCatalog.documentID(forRelativePath: "page.html.gz") == "page")
        #expect(InputCatalog.documentID(forRelativePath: "a/b.htm") == "a/b")
    }

    @Test func foldersAreWalkedInSortedOrderWithRelativeIDs() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/b", withIntermediateDirectories: true)
        for name in ["b/2.txt", "a.html", "b/1.htm", "skip.pdf", "c.txt.gz", "d.jsonl"] {
            FileManager.default.createFile(atPath: root + "/" + name, contents: Data("x".utf8))
        }
        let items = try InputCatalog.items(for: [root])
        #expect(
            items == [
                .file(path: root + "/a.html", id: "a"),
                .file(path: root + "/b/1.htm", id: "b/1"),
                .file(path: root + "/b/2.txt", id: "b/2"),
                .file(path: root + "/c.txt.gz", id: "c"),
                .records(path: root + "/d.jsonl"),
            ])
        #expect(try InputCatalog.items(for: [root + "/a.html"]) == [.file(path: root + "/a.html", id: "a")])
        #expect(
            try InputCatalog.items(for: ["-", "https://example.org/x"]) == [
                .records(path: "-"), .url("https://example.org/x"),
            ])
        #expect(throws: InputCatalog.InputError.self) { try InputCatalog.items(for: [root + "/missing"]) }
    }

    /// A JSON Feed saved under its usual name, `feed.json`, is read as a feed, not as an article.
    @Test func aFileNamedFeedJSONIsAFeed() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        for name in ["feed.json", "news.feed.json"] {
            FileManager.default.createFile(atPath: root + "/" + name, contents: Data("{}".utf8))
            #expect(try InputCatalog.items(for: [root + "/" + name]) == [.feed(root + "/" + name)])
        }
    }

    /// A folder named through a link is walked as the folder; its items keep the linked path.
    @Test func aLinkToAFolderIsWalked() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        try FileManager.default.createDirectory(atPath: root + "/pages", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/pages/a.html", contents: Data("x".utf8))
        try FileManager.default.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/pages")
        #expect(try InputCatalog.items(for: [root + "/linked"]) == [.file(path: root + "/linked/a.html", id: "a")])
    }

    @Test func gzipRoundTripAndTruncation() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let path = root + "/a.txt"
        try "Hello gzip world\n".write(toFile: path, atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", path]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path + ".gz")))
        #expect(try Gzip.decompress(compressed, limit: 1000) == Array("Hello gzip world\n".utf8))
        #expect(throws: Gzip.DecompressionError.self) {
            try Gzip.decompress(Array(compressed.prefix(compressed.count / 2)), limit: 1000)
        }
        #expect(throws: Gzip.DecompressionError.self) { try Gzip.decompress(compressed, limit: 4) }
        guard case .success(let document) = FileLoader().load(path: path + ".gz", id: "a") else {
            Issue.record("gzip file did not load")
            return
        }
        #expect(document.content == Array("Hello gzip world\n".utf8))
        #expect(document.format == .text)
    }

    @Test func recordsDecodeTextOrHTMLAndReportBadLines() {
        let text = RecordDecoder.document(
            fromLine: Array(#"{"id": "a", "text": "Hi"}"#.utf8), path: "f.jsonl", lineNumber: 1)
        guard case .success(let document)? = text else {
            Issue.record("valid record failed")
            return
        }
        #expect(document.id == "a" && document.format == .text && document.content == Array("Hi".utf8))
        let html = RecordDecoder.document(
            fromLine: Array(#"{"id": 7, "html": "<p>x</p>"}"#.utf8), path: "f.jsonl", lineNumber: 2)
        if case .success(let page)? = html {
            #expect(page.id == "7" && page.format == .html)
        } else {
            Issue.record("html record failed")
        }
        for bad in ["{not json", "[1,2]", #"{"text": "no id"}"#, #"{"id": "x"}"#] {
            guard
                case .failure(let failure)? = RecordDecoder.document(
                    fromLine: Array(bad.utf8), path: "f.jsonl", lineNumber: 3)
            else {
                Issue.record("bad record accepted: \(bad)")
                continue
            }
            #expect(failure.kind == .malformedRecord)
        }
        #expect(RecordDecoder.document(fromLine: Array("   ".utf8), path: "f.jsonl", lineNumber: 4) == nil)
    }

    @Test func lineReaderStreamsLinesAcrossBlocks() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let lines = (0..<50_000).map { "line \($0) " + String(repeating: "x", count: $0 % 97) }
        try (lines.joined(separator: "\r\n") + "\n").write(
            toFile: root + "/big.jsonl", atomically: true, encoding: .utf8)
        let reader = try LineReader(path: root + "/big.jsonl")
        var read: [String] = []
        while let line = reader.nextLine() { read.append(String(decoding: line, as: UTF8.self)) }
        #expect(read == lines)
    }
}
