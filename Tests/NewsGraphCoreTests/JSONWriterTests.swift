import Foundation
import NewsGraphCore
import Testing

/// The byte-level JSON writer against Foundation's reading of what it wrote.
@Suite struct JSONWriterTests {
    /// Every byte that needs an escape, at every offset of the eight-byte scan, round-trips.
    @Test func escapesAtEveryAlignment() throws {
        let specials = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", "é", "—", "😀", "/"]
        for prefix in 0..<17 {
            for special in specials {
                let text = String(repeating: "a", count: prefix) + special + String(repeating: "b", count: 9)
                var writer = JSONWriter()
                writer.beginObject()
                writer.field("text", text)
                writer.endObject()
                let object = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: String]
                #expect(object?["text"] == text, "offset \(prefix), byte \(Array(special.utf8))")
            }
        }
    }

    /// Literal keys are copied as written; run-time keys are escaped like any string.
    @Test func literalAndRunTimeKeys() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("plain", 1)
        writer.key(named: "quote \" and \\ and \n")
        writer.value(2)
        writer.key("é")
        writer.value("x")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"plain":1,"quote \" and \\ and \n":2,"é":"x"}"#)
        let object = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any]
        #expect(object?["quote \" and \\ and \n"] as? Int == 2)
    }

    @Test func integersIncludingTheExtremes() throws {
        let numbers = [0, 7, -7, 10, 1_000_000, Int.max, Int.min]
        var writer = JSONWriter()
        writer.beginArray()
        for number in numbers { writer.value(number) }
        writer.endArray()
        #expect(
            String(decoding: writer.bytes, as: UTF8.self) == "[" + numbers.map(String.init).joined(separator: ",") + "]"
        )
    }

    /// Commas stay right through nesting deeper than the 64 levels kept in one word.
    @Test func deepNestingKeepsCommasRight() throws {
        var writer = JSONWriter()
        for _ in 0..<70 {
            writer.beginArray()
            writer.value(1)
        }
        for level in 0..<70 {
            writer.endArray()
            if level < 69 { writer.value(2) }
        }
        // Each level is [1, deeper, 2]; the innermost is [1].
        var level = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [Any])
        var depth = 1
        while level.count == 3 {
            #expect(level[0] as? Int == 1 && level[2] as? Int == 2)
            level = try #require(level[1] as? [Any])
            depth += 1
        }
        #expect(depth == 70 && level.count == 1)
    }
}
