import NewsGraphCore
import Testing

@testable import NewsGraphExtract

/// The look-up structures the hot paths rely on: each must agree with the obvious slow answer.
@Suite struct LookupTableTests {
    /// Code-point offsets as Python computes them: count the scalars before the byte offset.
    func slowCodePointOffset(_ text: String, _ byteOffset: Int) -> Int {
        String(decoding: Array(text.utf8)[..<byteOffset], as: UTF8.self).unicodeScalars.count
    }

    @Test(arguments: [
        "", "Plain ASCII text that is longer than eight bytes.", "Café in Zürich",
        "“Quoted” — dashes… and emoji 🇺🇦 after", String(repeating: "abcdefé", count: 40),
    ])
    func codePointOffsetsMatchScalarCounts(_ text: String) {
        let utf8 = Array(text.utf8)
        let index = CodePointIndex(utf8: utf8)
        for offset in 0...utf8.count where offset == utf8.count || utf8[offset] & 0xC0 != 0x80 {
            #expect(index.codePointOffset(ofByte: offset) == slowCodePointOffset(text, offset))
        }
    }

    @Test func tokenHashMapKeepsEveryKeyThroughGrowth() {
        var map = TokenHashMap<Int>()
        let keys = (0..<1000).map { TokenHash.hash("key \($0)") } + [0]
        for (value, key) in keys.enumerated() { map[key] = value }
        #expect(map.count == keys.count)
        for (value, key) in keys.enumerated() { #expect(map[key] == value) }
        #expect(map[TokenHash.hash("absent")] == nil)
        map.update(keys[3], default: -1) { $0 += 100 }
        map.update(TokenHash.hash("new"), default: 7) { $0 += 1 }
        #expect(map[keys[3]] == 103)
        #expect(map[TokenHash.hash("new")] == 8)
    }

    /// Sizes on both sides of the filter's smallest size, with zero as a member.
    @Test(arguments: [0, 1, 7, 8, 9, 64, 1000, 20000])
    func tokenHashSetAgreesWithSet(_ size: Int) {
        var members = Set((0..<size).map { TokenHash.hash("word \($0)") })
        if size > 0 { members.insert(0) }
        let set = TokenHashSet(members)
        #expect(members.allSatisfy { set.contains($0) })
        let others = (0..<50000).map { TokenHash.hash("other \($0)") } + [0, 1, .max]
        #expect(others.allSatisfy { set.contains($0) == members.contains($0) })
        #expect(Set(set) == members)
    }

    @Test func tokenHashTableFindsEveryTransitionAndNothingElse() {
        var pairs: [UInt64: Int32] = [:]
        for index in 0..<5000 { pairs[TokenHash.hash("edge \(index)")] = Int32(index) }
        let table = TokenHashTable(pairs)
        for (key, value) in pairs { #expect(table[key] == value) }
        #expect((0..<5000).allSatisfy { table[TokenHash.hash("other \($0)")] == nil })
    }

    @Test func gazetteerMatchesLongestFirstAndHonoursCase() {
        let gazetteer = Gazetteer(entries: [
            GazetteerEntry(surface: "New York", category: .entity(.gpe), canonical: "New York"),
            GazetteerEntry(surface: "New York Times", category: .entity(.org), canonical: "The New York Times"),
            GazetteerEntry(surface: "US", category: .entity(.gpe), canonical: "United States"),
        ])
        let text = Array("The New York Times said us and US differ. NEW YORK".utf8)
        let tokens = Tokenizer().tokenize(text)
        let new = gazetteer.matches(in: tokens, at: 1)
        #expect(new.map(\.length) == [3, 2])
        #expect(gazetteer.entry(of: new[0]).canonical == "The New York Times")
        #expect(gazetteer.matches(in: tokens, at: 5).isEmpty)  // "us" is not "US"
        #expect(gazetteer.matches(in: tokens, at: 7).map(\.length) == [1])
        #expect(gazetteer.matches(in: tokens, at: 10).isEmpty)
        #expect(gazetteer.matches(in: tokens, at: 10, ignoringCase: true).map(\.length) == [2])
    }
}
