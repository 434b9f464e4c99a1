import NewsGraphServe
import Testing

/// Cutting the sentence around two mentions from a window of a document's text.
@Suite struct SentenceWindowTests {
    /// The code-point range of `words` in `text` (its first occurrence).
    static func range(of words: String, in text: String) -> Range<Int> {
        let scalars = Array(text.unicodeScalars)
        let wanted = Array(words.unicodeScalars)
        for start in 0...(scalars.count - wanted.count) where Array(scalars[start..<start + wanted.count]) == wanted {
            return start..<start + wanted.count
        }
        Issue.record("\(words) is not in the text")
        return 0..<0
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    @Test func theSentenceHoldingBothAndNothingElse() throws {
        let text = """
            Harbour news
            Rain fell on the valley all night. Dr. Ines Amaro told Paulo Reis that the road was closed. Both went home.
            Another paragraph names Ines Amaro alone.
            """
        let cut = try #require(
            SentenceWindow.sentence(
                window: text, windowStart: 0, reachesEnd: true,
                mentions: [Self.range(of: "Ines Amaro", in: text), Self.range(of: "Paulo Reis", in: text)]))
        // `Dr.` keeps its period: the splitter does not end a sentence there.
        #expect(cut.text == "Dr. Ines Amaro told Paulo Reis that the road was closed.")
        #expect(Self.slice(text, cut.range) == cut.text)
        #expect(cut.marks.map { Self.slice(cut.text, $0) } == ["Ines Amaro", "Paulo Reis"])
    }

    /// Offsets are code points, after accents and characters outside the BMP.
    @Test func codePointsNotBytes() throws {
        let text = "Łódź 🌍 report.\nZoë Brennan met Łukasz Nowak in Kraków. They spoke for an hour."
        let window = String(text.unicodeScalars.dropFirst(3))
        let cut = try #require(
            SentenceWindow.sentence(
                window: window, windowStart: 3, reachesEnd: true,
                mentions: [Self.range(of: "Zoë Brennan", in: text), Self.range(of: "Łukasz Nowak", in: text)]))
        #expect(cut.text == "Zoë Brennan met Łukasz Nowak in Kraków.")
        #expect(Self.slice(text, cut.range) == cut.text)
        #expect(cut.marks.map { Self.slice(cut.text, $0) } == ["Zoë Brennan", "Łukasz Nowak"])
    }

    /// A window that starts inside a paragraph: the sentence reaching its edge is shown as cut.
    @Test func aWindowEdgeInsideASentenceIsMarked() throws {
        let text =
            "the council, which met on a wet Thursday, heard Ines Amaro ask Paulo Reis for the plans. Then it rained."
        let windowStart = 4
        let window = String(text.unicodeScalars.dropFirst(windowStart))
        let cut = try #require(
            SentenceWindow.sentence(
                window: window, windowStart: windowStart, reachesEnd: false,
                mentions: [Self.range(of: "Ines Amaro", in: text), Self.range(of: "Paulo Reis", in: text)]))
        #expect(cut.text.hasPrefix("…council, which met"))
        #expect(cut.text.hasSuffix("for the plans."), "the sentence's end is inside the window")
        #expect(cut.marks.map { Self.slice(cut.text, $0) } == ["Ines Amaro", "Paulo Reis"])
    }

    /// A sentence longer than the page shows is shortened around the names, at spaces.
    @Test func aLongSentenceIsShortenedAroundTheNames() throws {
        let filler = Array(repeating: "and the long meeting went on", count: 20).joined(separator: " ")
        let text = "It began when \(filler) until Ines Amaro thanked Paulo Reis and \(filler) at last."
        let cut = try #require(
            SentenceWindow.sentence(
                window: text, windowStart: 0, reachesEnd: true,
                mentions: [Self.range(of: "Ines Amaro", in: text), Self.range(of: "Paulo Reis", in: text)]))
        #expect(cut.text.unicodeScalars.count <= SentenceWindow.maximumLength + 2)
        #expect(cut.text.hasPrefix("…") && cut.text.hasSuffix("…"))
        #expect(cut.text.contains("Ines Amaro thanked Paulo Reis"))
        #expect(cut.marks.map { Self.slice(cut.text, $0) } == ["Ines Amaro", "Paulo Reis"])
        let scalars = Array(text.unicodeScalars)
        #expect(scalars[cut.range.lowerBound - 1] == " " && scalars[cut.range.upperBound] == " ", "cut at spaces")
        #expect(Self.slice(text, cut.range) == String(cut.text.dropFirst().dropLast()))
    }

    @Test func mentionsOutsideTheWindowGiveNothing() {
        #expect(
            SentenceWindow.sentence(window: "Short text.", windowStart: 100, reachesEnd: true, mentions: [0..<5])
                == nil)
        #expect(SentenceWindow.sentence(window: "Short text.", windowStart: 0, reachesEnd: true, mentions: []) == nil)
    }

    @Test func aQuotationKeepsTheName() {
        let words = Array(repeating: "we will keep sailing", count: 30).joined(separator: " ") + " with Paulo Reis"
        let start = 40
        let name = Self.range(of: "Paulo Reis", in: words)
        let cut = SentenceWindow.quotation(
            words: words, start: start, mention: (name.lowerBound + start)..<(name.upperBound + start))
        #expect(cut.text.hasPrefix("…") && cut.text.hasSuffix("Paulo Reis"))
        #expect(cut.marks.map { Self.slice(cut.text, $0) } == ["Paulo Reis"])
        #expect(cut.range.upperBound == start + words.unicodeScalars.count)
    }
}
