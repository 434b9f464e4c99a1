import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphParse

/// Input that is broken, huge or malicious: a clear per-document error or a best-effort
/// result, never a crash, a hang or a network access. Each test checks what comes out; how
/// fast it comes is for `newsgraph bench`, not for timed tests.
@Suite struct HostileHTMLTests {
    static let paragraph = "<p>The minister said the talks would resume next week, after the holiday.</p>"

    @Test func truncatedPageKeepsWhatItHas() throws {
        let html = "<html><head><title>T</title></head><body><article>" + Self.paragraph + "<p>And then the page st"
        let parsed = try ArticleFixtures.parse(html: html)
        #expect(parsed.text.hasPrefix("The minister said"))
        #expect(parsed.text.hasSuffix("And then the page st"))
    }

    /// libxml2 stops building at 256 levels; a page nested deeper is read again without its
    /// containers, so the text inside is still the article.
    @Test(arguments: [300, 20_000, 100_000])
    func deeplyNestedTagsStillGiveTheirText(depth: Int) throws {
        let html =
            "<html><head><title>Ferry talks</title></head><body>" + String(repeating: "<div><span>", count: depth)
            + Self.paragraph + "<p>A second paragraph follows it, and it is long enough to keep.</p>"
            + String(repeating: "</span></div>", count: depth) + "</body></html>"
        let parsed = try ArticleFixtures.parse(html: html)
        #expect(parsed.text.contains("The minister said the talks would resume"), "\(parsed.text.prefix(200))")
        #expect(parsed.text.contains("A second paragraph follows it"))
        #expect(parsed.title == "Ferry talks")
    }

    /// Headings do not close an open heading of their kind: nested that deep, even the flattened
    /// page is too deep, and the failure names the limit instead of coming out empty.
    @Test func nestingTheFlatteningKeepsIsAFailureThatSaysWhy() throws {
        let depth = 1_000
        let html = String(repeating: "<h2>", count: depth) + Self.paragraph + String(repeating: "</h2>", count: depth)
        #expect {
            try ArticleFixtures.parse(html: html)
        } throws: { error in
            guard let failed = error as? ArticleFixtures.ParseFailed else { return false }
            return failed.failure.kind == .parse && failed.failure.message.contains("256 deep")
        }
    }

    /// The flattened page keeps paragraphs, the head and script bodies, and drops every other
    /// tag and comment, markup inside quoted attributes and scripts included.
    @Test func flatteningKeepsParagraphsHeadAndScripts() {
        let page = """
            <!DOCTYPE html><html><head><script type="application/ld+json">{"a":"<div>"}</script></head>\
            <body><div class="x>y"><!-- <p>gone</p> --><p>One <b>bold</b> word.</p><SECTION><P>Two</P></SECTION></div></body></html>
            """
        let flat = String(decoding: NestingFlattener.flattened(Array(page.utf8)), as: UTF8.self)
        #expect(flat.contains(#"<script type="application/ld+json">{"a":"<div>"}</script>"#))
        #expect(flat.contains("<p>One  bold  word.</p>"))
        #expect(flat.contains("<P>Two</P>"))
        #expect(!flat.contains("gone") && !flat.contains("DOCTYPE") && !flat.contains("SECTION"))
        #expect(!flat.contains("<div class") && !flat.contains("</div>"))
    }

    @Test func binaryNamedHTMLIsAClearError() {
        var bytes: [UInt8] = Array("\u{7F}ELF".utf8)
        for index in 0..<4096 { bytes.append(UInt8(truncatingIfNeeded: index &* 131)) }
        #expect(throws: ArticleFixtures.ParseFailed.self) { try ArticleFixtures.parse(bytes: bytes) }
        do {
            _ = try ArticleFixtures.parse(bytes: bytes)
        } catch let error as ArticleFixtures.ParseFailed {
            #expect(error.failure.kind == .notText)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func entityExpansionIsNotPerformed() throws {
        // A "billion laughs" internal subset: an HTML parser must not expand it.
        let html = """
            <!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
            <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>
            <html><body><article><p>Laughs: &f;&f;&f;&f; and the rest of a long enough sentence.</p></article></body></html>
            """
        let parsed = try ArticleFixtures.parse(html: html)
        #expect(parsed.text.utf8.count < 10_000)
    }

    @Test func externalEntitiesAndResourcesAreNeverFetched() throws {
        // With networking off, a SYSTEM entity is not loaded: the parse finishes without it.
        let html = """
            <!DOCTYPE html [<!ENTITY ext SYSTEM "http://192.0.2.1/secret">]>
            <html><body><p>Before &ext; after, in a sentence that is long enough to keep.</p></body></html>
            """
        let parsed = try ArticleFixtures.parse(html: html)
        #expect(!parsed.text.contains("secret"))
        #expect(parsed.text.contains("after, in a sentence that is long enough to keep."))
    }

    @Test func pageOverTheSizeLimitIsRefused() {
        let parser = ArticleParser(maximumHTMLBytes: 1000)
        let document = SourceDocument(
            id: "big", source: "big", format: .html, content: Array(repeating: UInt8(ascii: "a"), count: 5000))
        guard case .failure(let failure) = parser.parse(document) else {
            Issue.record("an oversized page parsed")
            return
        }
        #expect(failure.kind == .tooLarge)
    }

    @Test func largePageParsesInReasonableTime() throws {
        // About 10 MB of article markup (the size limit is 50 MB): must finish, not crawl.
        let chunk = "<div class=\"story\">" + String(repeating: Self.paragraph, count: 20) + "</div>"
        let html =
            "<html><body>" + String(repeating: chunk, count: 10 * 1024 * 1024 / chunk.utf8.count) + "</body></html>"
        let parsed = try ArticleFixtures.parse(html: html)
        let paragraphs = parsed.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count > 100_000)
        #expect(
            paragraphs.allSatisfy { $0 == "The minister said the talks would resume next week, after the holiday." })
    }

    @Test func unbalancedAndMisnestedMarkupIsRecovered() throws {
        let parsed = try ArticleFixtures.parse(
            html: "<body><div><p>Open <b>bold <i>italic</b> text</i> in a sentence long enough.</tr></table></div>"
                + "</p></p></div></body></body></html>")
        #expect(parsed.text == "Open bold italic text in a sentence long enough.")
    }

    @Test func nulBytesMakeAClearNotTextError() {
        var bytes = Array("<html><body><p>Text with a".utf8)
        bytes.append(0)
        bytes += Array(" NUL byte in the middle of a sentence.</p></body></html>".utf8)
        // A NUL byte is what binary files have and text does not: a clear per-document error.
        do {
            let parsed = try ArticleFixtures.parse(bytes: bytes)
            Issue.record("a page with a NUL byte was read as text: \(parsed.text)")
        } catch let error as ArticleFixtures.ParseFailed {
            #expect(error.failure.kind == .notText)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
