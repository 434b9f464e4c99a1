import Foundation
import Testing

@testable import NewsGraphFetch

/// The JSONL fast path agrees with `JSONSerialization` on every line it answers, and leaves to
/// it every line it is not sure of.
@Suite struct RecordScannerTests {
    static let names: Set<String> = ["id", "source", "url", "text", "html"]

    /// What the slow path makes of the same line: the string members, or `nil` when the line is
    /// not a JSON object.
    func foundationMembers(_ line: String) -> [String: [UInt8]]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return nil
        }
        var members: [String: [UInt8]] = [:]
        for name in Self.names { if let value = object[name] as? String { members[name] = Array(value.utf8) } }
        return members
    }

    @Test(arguments: [
        #"{"id": "a", "text": "plain"}"#,
        #"{"text":"Quotes \"here\", a \\ backslash\/slash\n\ttab","id":"b"}"#,
        #"  {"id":"c","text":"caf\u00e9 \u2014 \ud83d\ude00 and é directly"}  "#,
        #"{"id":"d","meta":{"tags":["x",{"y":[1,-2.5e+3,true,false,null]}],"n":0},"html":"<p>Hi</p>"}"#,
        #"{"id":"e","source":7,"url":"http://example.com/a","text":""}"#,
        #"{"id":"f","text":"\u0000 nul and \b\f\r"}"#,
        #"{}"#,
    ])
    func agreesWithFoundation(line: String) throws {
        let fast = try #require(RecordScanner.stringMembers(of: Array(line.utf8), named: Self.names))
        #expect(fast == foundationMembers(line))
    }

    @Test(arguments: [
        #"{"id": "a", "text": "unterminated}"#,
        #"{"id": "a" "text": "x"}"#,
        #"{"id": "a", "text": "x",}"#,
        #"{"id": "a", "n": 01}"#,
        #"{"id": "a", "n": 1.}"#,
        #"{"id": "a", "text": "lone \udc00 surrogate"}"#,
        #"{"id": "a", "text": "bad \x escape"}"#,
        #"{"id": "a", "id": "b"}"#,
        #"{"id": "a"} trailing"#,
        #"["id", "a"]"#,
        "{\"id\": \"a\", \"text\": \"raw\ttab\"}",
        #"{"id": "a", "x": tru}"#,
    ])
    func leavesDoubtfulLinesToFoundation(line: String) {
        #expect(RecordScanner.stringMembers(of: Array(line.utf8), named: Self.names) == nil)
    }

    /// The scanner skips eight plain bytes at a time: an escape, a closing quote or a raw
    /// control byte is found wherever it falls in a word.
    @Test(arguments: 0..<17)
    func findsEscapesAtEveryOffset(offset: Int) throws {
        let lead = String(repeating: "a", count: offset)
        for escape in [#"\""#, #"\\"#, #"\n"#, #"\u00e9"#, "é"] {
            let line = #"{"id":"x","text":""# + lead + escape + String(repeating: "b", count: 9) + #""}"#
            let fast = try #require(RecordScanner.stringMembers(of: Array(line.utf8), named: Self.names))
            #expect(fast == foundationMembers(line), "\(line)")
        }
        let raw = Array((#"{"id":"x","text":""# + lead).utf8) + [0x0A] + Array(#"bbbbbbbbb"}"#.utf8)
        #expect(RecordScanner.stringMembers(of: raw, named: Self.names) == nil)
    }

    @Test func invalidUTF8GoesToTheSlowPath() {
        let line = Array(#"{"id": "a", "text": "x"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(RecordScanner.stringMembers(of: line, named: Self.names) == nil)
        let overlong = Array(#"{"id": "a", "text": ""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8)
        #expect(RecordScanner.stringMembers(of: overlong, named: Self.names) == nil)
    }

    @Test func aNumericIDStillDecodes() throws {
        let line = Array(#"{"id": 42, "text": "Hi"}"#.utf8)
        let result = RecordDecoder.document(fromLine: line, path: "p", lineNumber: 1)
        let document = try #require(try result?.get())
        #expect(document.id == "42" && document.content == Array("Hi".utf8))
    }
}
