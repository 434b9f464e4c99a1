import Foundation
import NewsGraphFetch
import NewsGraphTestSupport
import Testing

/// A line over ``LineReader/maximumLineBytes`` is read past, not kept: the lines around it come
/// out whole, and its length says it was too long. Lines of several blocks are found once.
@Suite struct LongLineTests {
    @Test func aLineOverTheLimitIsReadPast() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let long = String(repeating: "y", count: 3 << 20)
        try ["first", long, "third", long].joined(separator: "\n").write(
            toFile: root + "/lines.jsonl", atomically: true, encoding: .utf8)
        let reader = try LineReader(path: root + "/lines.jsonl")
        reader.maximumLineBytes = 1 << 20
        var read: [(String, Int)] = []
        while let line = reader.nextLine() {
            read.append((String(decoding: line, as: UTF8.self), reader.lastLineBytes))
        }
        #expect(read.map(\.0) == ["first", "", "third", ""])
        #expect(read.map(\.1) == [5, 3 << 20, 5, 3 << 20])
    }

    @Test func aLineOfManyBlocksUnderTheLimitComesWhole() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let long = String(repeating: "z", count: 5 << 20 + 3)
        try ("a\n" + long + "\nb").write(toFile: root + "/lines.jsonl", atomically: true, encoding: .utf8)
        let reader = try LineReader(path: root + "/lines.jsonl")
        var read: [String] = []
        while let line = reader.nextLine() { read.append(String(decoding: line, as: UTF8.self)) }
        #expect(read == ["a", long, "b"])
    }

    @Test func linesInMemoryKeepTheLimitToo() {
        let reader = LineReader(bytes: Array("short\n\(String(repeating: "w", count: 100))\nend".utf8))
        reader.maximumLineBytes = 50
        #expect(reader.nextLine() == Array("short".utf8))
        #expect(reader.nextLine() == [] && reader.lastLineBytes == 100)
        #expect(reader.nextLine() == Array("end".utf8))
        #expect(reader.nextLine() == nil)
    }
}
