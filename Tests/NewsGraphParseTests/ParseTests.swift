import Foundation
import NewsGraphCore
import NewsGraphParse
import NewsGraphTestSupport
import Testing

@Suite struct ParseTests {
    @Test func seedPageDropsFurnitureAndKeepsParagraphs() throws {
        let page = try ArticleFixtures.parseSeedPage()
        for furniture in [
            "Most read", "cookies", "Share on Twitter", "Related stories", "All rights reserved", "Sign up",
            "Photo: Agency", "Read more",
        ] {
            #expect(!page.text.contains(furniture), "kept \(furniture)")
        }
        #expect(page.text.contains("\n\nUS is concerned about Iran-Russia ties\n\n"))
        #expect(page.metadata.published == "2022-10-28T09:30:00Z")
        #expect(page.metadata.language == "en")
        #expect(page.metadata.siteName == "World Desk Daily")
        #expect(page.metadata.url == "https://news.example.com/world/russia-iran-weapons")
        #expect(page.metadata.authors.isEmpty, "a desk byline is not a person")
    }

    @Test func titleFallsBackFromOpenGraphToHeadingToTitle() throws {
        let withHeading = try ArticleFixtures.parse(
            html:
                "<html><head><title>Site | Page</title></head><body><h1>The Heading</h1><p>Some body text that is long enough to count as prose here.</p></body></html>"
        )
        #expect(withHeading.title == "The Heading")
        let titleOnly = try ArticleFixtures.parse(
            html:
                "<html><head><title>Only Title</title></head><body><p>Some body text that is long enough to count as prose here.</p></body></html>"
        )
        #expect(titleOnly.title == "Only Title")
    }

    @Test func authorsAreNamesFromMetaTags() throws {
        let page = try ArticleFixtures.parse(
            html:
                #"<html><head><meta name="author" content="By Jane Doe and John Smith"></head><body><p>Some body text that is long enough to count as prose here.</p></body></html>"#
        )
        #expect(page.metadata.authors == ["Jane Doe", "John Smith"])
    }

    @Test func scriptsAndStylesNeverReachTheText() throws {
        let page = try ArticleFixtures.parse(
            html:
                "<body><script>var x = 'Article text here';</script><style>p{}</style><p>The real article sentence is here, with enough words to count.</p></body>"
        )
        #expect(page.text == "The real article sentence is here, with enough words to count.")
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        var bytes = Array("Price: ".utf8)
        bytes.append(0xA3)  // £ in Latin-1
        bytes += Array("15.8m signing\n".utf8)
        let parsed = try ArticleFixtures.parse(bytes: bytes, format: .text)
        #expect(parsed.text.hasPrefix("Price: £15.8m"))
        #expect(parsed.decodingFallback == "windows-1252")
    }

    @Test func declaredLatin1PageIsDecoded() throws {
        let bytes: [UInt8] =
            Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8) + [0xE9]
            + Array(" au lait is a drink that many people in Paris enjoy every day.</p></body></html>".utf8)
        let parsed = try ArticleFixtures.parse(bytes: bytes)
        #expect(parsed.text.hasPrefix("Café au lait"))
    }

    @Test func utf16WithBOMIsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Zoë said hello.\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let parsed = try ArticleFixtures.parse(bytes: bytes, format: .text)
        #expect(parsed.text == "Zoë said hello.\n")
    }

    @Test func binaryAndEmptyInputAreClearFailures() {
        #expect(throws: ArticleFixtures.ParseFailed.self) {
            try ArticleFixtures.parse(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2, 3])
        }
        do {
            _ = try ArticleFixtures.parse(bytes: [], format: .text)
            Issue.record("an empty document parsed")
        } catch let error as ArticleFixtures.ParseFailed {
            #expect(error.failure.kind == .empty)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func brokenAndDeeplyNestedHTMLStillParse() throws {
        let broken = try ArticleFixtures.parse(
            html:
                "<html><body><div><p>Unclosed paragraph with enough words to be an article body<p>Second one, also with words enough to count<div></span></body>"
        )
        #expect(broken.text.contains("Unclosed paragraph"))
        let nested =
            String(repeating: "<div>", count: 5000)
            + "<p>Deep text with enough words to be considered prose by the scorer.</p>"
        _ = try? ArticleFixtures.parse(html: nested)  // best effort: must not crash or hang
    }

    @Test func plainTextHeadlineBecomesTitle() throws {
        let parsed = try ArticleFixtures.parse(
            bytes: Array("Labour plans maternity pay rise\n\nMaternity pay is to rise.\n".utf8), format: .text)
        #expect(parsed.title == "Labour plans maternity pay rise")
        #expect(parsed.text.hasPrefix("Labour plans"))
    }
}
