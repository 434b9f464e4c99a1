import NewsGraphCore
import Testing

/// The HTML escaper both page builders use, and the code-point slicer that cuts mentions from
/// stored text.
@Suite struct TextSlicingTests {
    @Test func escapesTheFiveMarkupCharacters() {
        #expect(
            HTML.escape(#"Fish & chips <b>"hot"</b> isn't"#)
                == "Fish &amp; chips &lt;b&gt;&quot;hot&quot;&lt;/b&gt; isn&#39;t")
        #expect(HTML.escape("Zoë Brandt, Århus") == "Zoë Brandt, Århus")
        #expect(HTML.escape("a < b"[...]) == "a &lt; b")
    }

    /// The graph files must stay readable XML whatever a page held: control characters and
    /// the two non-characters go, tabs and line ends stay.
    @Test func xmlDropsWhatXMLForbids() {
        #expect(XML.escape("Tom's \u{07}bell\u{FFFE}\tand\nline") == "Tom&apos;s bell\tand\nline")
        #expect(XML.escape("plain") == "plain")
    }

    /// The graph files escape on the bytes: the same text as the string escaper, whatever sits
    /// next to a flagged byte (other scalars of U+F000–U+FFFF keep all three bytes).
    @Test func xmlOnBytesMatchesTheStringEscaper() {
        let samples = [
            "", "plain", "a&b<c>d\"e'f", "\u{F000}\u{FFFD}\u{FFFE}\u{FFFF}\u{FEFF}x", "\u{01}\u{1F}\t\r\n",
            "Zoë & Århus 😀 <\u{EF}>", "end\u{FFFF}", "\u{FFFE}", "&&&''\"\"",
        ]
        for sample in samples {
            var bytes: [UInt8] = Array("<".utf8)
            XML.append(escaping: sample, to: &bytes)
            #expect(bytes == Array(("<" + XML.escape(sample)).utf8))
        }
        #expect(XML.escape("\u{FFFD}\u{FFFF}x") == "\u{FFFD}x")
    }

    /// Offsets count code points, so a name after an emoji or an accent is cut where a record
    /// says it starts.
    @Test func slicesByCodePoints() {
        let text = CodePointText("😀 Zoë met Ana in Malmö.")
        #expect(text.count == 23)
        #expect(text.slice(2, 5) == "Zoë")
        #expect(text.slice(17, 22) == "Malmö")
        #expect(text.slice(0, 0).isEmpty)
    }

    /// A database may hold offsets from another text: they give nothing rather than a crash.
    @Test func offsetsOutsideTheTextGiveNothing() {
        let text = CodePointText("short")
        #expect(text.slice(3, 9).isEmpty)
        #expect(text.slice(4, 2).isEmpty)
        #expect(text.slice(-1, 2).isEmpty)
    }
}
