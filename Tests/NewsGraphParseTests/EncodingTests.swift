import Foundation
import NewsGraphCore
import NewsGraphParse
import NewsGraphTestSupport
import Testing

/// Every way a page tells (or fails to tell) its encoding, and what the text must look like.
@Suite struct EncodingTests {
    static let sentence = " is what the reporter wrote in the first paragraph of the story."

    static func latin1Page(head: String) -> [UInt8] {
        Array("<html><head>\(head)</head><body><p>Caf".utf8) + [0xE9] + Array("\(sentence)</p></body></html>".utf8)
    }

    @Test func metaCharsetHTTPEquivAndTransportLabel() throws {
        let metaCharset = try ArticleFixtures.parse(bytes: Self.latin1Page(head: #"<meta charset="windows-1252">"#))
        #expect(metaCharset.text == "Café" + Self.sentence)
        let httpEquiv = try ArticleFixtures.parse(
            bytes: Self.latin1Page(head: #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#))
        #expect(httpEquiv.text == "Café" + Self.sentence)
        let transport = try ArticleFixtures.parse(bytes: Self.latin1Page(head: ""), charset: "iso-8859-1")
        #expect(transport.text == "Café" + Self.sentence)
        #expect(transport.decodingFallback == nil, "a declared charset is not a fallback")
    }

    @Test func windows1252PunctuationBecomesUnicode() throws {
        var bytes: [UInt8] = Array("<p>".utf8)
        bytes.append(0x93)
        bytes += Array("Quoted".utf8)
        bytes.append(0x94)
        bytes += Array(" and it".utf8)
        bytes.append(0x92)
        bytes += Array("s a long sentence ".utf8)
        bytes.append(0x96)
        bytes += Array(" with a dash and more words.</p>".utf8)
        let parsed = try ArticleFixtures.parse(bytes: bytes)
        #expect(
            parsed.text == "\u{201C}Quoted\u{201D} and it\u{2019}s a long sentence \u{2013} with a dash and more words."
        )
        #expect(parsed.decodingFallback == "windows-1252")
    }

    @Test func utf16WithAndWithoutByteOrderMark() throws {
        let html = "<html><body><p>Zoë told the committee that the plan would not survive the winter.</p></body></html>"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try ArticleFixtures.parse(bytes: littleEndian).text.hasPrefix("Zoë told"))
        let bigEndian: [UInt8] = [0xFE, 0xFF] + html.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try ArticleFixtures.parse(bytes: bigEndian).text.hasPrefix("Zoë told"))
        let noMark: [UInt8] = html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try ArticleFixtures.parse(bytes: noMark).text.hasPrefix("Zoë told"))
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("<p>Ünïcödé text that is long enough to be a paragraph.</p>".utf8)
        #expect(try ArticleFixtures.parse(bytes: bytes).text == "Ünïcödé text that is long enough to be a paragraph.")
    }

    @Test func textDamagedTwiceAndWrittenAsCharacterReferencesIsRepaired() throws {
        let html =
            "<html><body><p>The baker didn&acirc;&euro;&trade;t open the shop on Sunday, and the "
            + "caf&Atilde;&copy; next door stayed shut as well.</p></body></html>"
        let parsed = try ArticleFixtures.parse(bytes: Array(html.utf8))
        #expect(
            parsed.text
                == "The baker didn\u{2019}t open the shop on Sunday, and the café next door stayed shut as well.")
        #expect(parsed.mojibakeRepaired == 2)
    }

    @Test func entitiesAreDecoded() throws {
        let parsed = try ArticleFixtures.parse(
            html: "<p>Tom &amp; Jerry&#8217;s caf&eacute; &lt;3 &#x201C;quoted&#x201D; is a sentence long enough.</p>")
        #expect(parsed.text == "Tom & Jerry\u{2019}s café <3 \u{201C}quoted\u{201D} is a sentence long enough.")
    }

    @Test func noBreakSpacesAndWhitespaceCollapseButParagraphsStay() throws {
        let parsed = try ArticleFixtures.parse(
            html: """
                <article><p>First&nbsp;&nbsp;paragraph   has\tseveral
                   lines of text in the source file.</p>
                <p>Second paragraph\u{00A0}follows the first one, on its own.</p></article>
                """)
        #expect(
            parsed.text
                == "First paragraph has several lines of text in the source file.\n\nSecond paragraph follows the first one, on its own."
        )
    }

    @Test func labelledLatin1ThatIsReallyUTF8StaysUTF8() throws {
        let bytes = Array(
            #"<meta charset="iso-8859-1"><p>Café au lait is a drink that many people enjoy every day.</p>"#.utf8)
        #expect(try ArticleFixtures.parse(bytes: bytes).text.hasPrefix("Café au lait"))
    }

    @Test func utf8ValidationRejectsOverlongsSurrogatesAndTruncation() {
        #expect(TextDecoding.isValidUTF8(Array("plain ascii, é, €, 𝄞".utf8)))
        #expect(!TextDecoding.isValidUTF8([0x41, 0xC0, 0x80]), "overlong NUL")
        #expect(!TextDecoding.isValidUTF8([0xED, 0xA0, 0x80]), "UTF-16 surrogate")
        #expect(!TextDecoding.isValidUTF8([0x41, 0xE2, 0x82]), "truncated sequence")
        #expect(!TextDecoding.isValidUTF8([0xF4, 0x90, 0x80, 0x80]), "past U+10FFFF")
        #expect(!TextDecoding.isValidUTF8([0xE9, 0x20]), "a Latin-1 byte")
    }
}
