import Foundation
import NewsGraphCore
import NewsGraphParse
import NewsGraphTestSupport
import Testing

@testable import NewsGraphPipeline

/// Text decoded twice (UTF-8 read as Windows-1252 or Latin-1) is repaired; clean text is left alone.
@Suite struct MojibakeTests {
    /// What a crawler writes when it reads UTF-8 as Windows-1252 and saves the result as UTF-8.
    static func doubleEncoded(_ text: String, latin1: Bool = false) -> String {
        String(
            text.utf8.map { byte -> Character in
                guard byte >= 0x80, byte < 0xA0, !latin1 else { return Character(Unicode.Scalar(byte)) }
                return Character(Unicode.Scalar(windows1252[Int(byte) - 0x80])!)
            })
    }

    static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func page(_ paragraph: String, title: String = "A Plain Title") -> String {
        "<html><head><title>\(title)</title></head><body><article><p>\(paragraph)</p></article></body></html>"
    }

    @Test func windows1252DoubleEncodingIsRepaired() throws {
        let clean = "The mayor\u{2019}s office said the caf\u{E9} would reopen \u{2014} \u{201C}soon\u{201D}, she said."
        let damaged = Self.doubleEncoded(clean)
        #expect(damaged.contains("\u{E2}\u{20AC}\u{2122}"), "the fixture reads as â€™")
        let parsed = try ArticleFixtures.parse(html: Self.page(damaged, title: Self.doubleEncoded("Caf\u{E9} news")))
        #expect(parsed.text == clean)
        #expect(parsed.title == "Caf\u{E9} news")
        #expect(parsed.mojibakeRepaired == 6)
    }

    @Test func latin1DoubleEncodingWithControlCharactersIsRepaired() throws {
        let clean = "It\u{2019}s a \u{201C}fine\u{201D} day in Z\u{FC}rich, and everyone agreed on that point."
        let parsed = try ArticleFixtures.parse(html: Self.page(Self.doubleEncoded(clean, latin1: true)))
        #expect(parsed.text == clean)
    }

    @Test func cleanTextIsUntouched() throws {
        let texts = [
            "Caf\u{E9}, na\u{EF}ve, \u{C9}T\u{C9}\u{BB} and \u{AB}Fran\u{E7}ois\u{BB} stay as they were written.",
            "S\u{C3}O PAULO \u{2014} The price rose to 40\u{B0} and \u{C2}ge was the word \u{2019}here\u{2019}.",
            "\u{41F}\u{440}\u{438}\u{432}\u{435}\u{442}, \u{4E16}\u{754C} and emoji \u{1F600} are left alone.",
        ]
        for text in texts {
            let parsed = try ArticleFixtures.parse(html: Self.page(text))
            #expect(parsed.text == text)
            #expect(parsed.mojibakeRepaired == 0)
        }
    }

    /// A pair real text could hold (`É»`) is repaired only when the page has an unmistakable one.
    @Test func ambiguousPairsNeedAnUnmistakableOneOnThePage() throws {
        let ambiguous = "Le mot \u{AB}\u{C9}T\u{C9}\u{BB} est rest\u{E9} dans la phrase pendant longtemps."
        #expect(try ArticleFixtures.parse(html: Self.page(ambiguous)).text == ambiguous)
        let cyrillic =
            "\u{41F}\u{440}\u{438}\u{432}\u{435}\u{442} \u{43C}\u{438}\u{440} is a greeting in a longer sentence."
        let parsed = try ArticleFixtures.parse(html: Self.page(Self.doubleEncoded(cyrillic)))
        #expect(parsed.text == cyrillic)
    }

    @Test func repairIsCountedInTheReport() async throws {
        let clean = "The council\u{2019}s vote was close, and the members argued about it for a long time."
        let html = Array(Self.page(Self.doubleEncoded(clean)).utf8)
        let document = SourceDocument(id: "a", source: "a", format: .html, content: html)
        let outcome = await DocumentProcessor(onlyParse: true).process(.document(document), fetcher: nil)
        var report = RunReport()
        report.record(outcome)
        let object = try JSONSerialization.jsonObject(with: Data(report.json())) as! [String: Any]
        #expect(object["mojibake_repaired"] as? [String: Int] == ["documents": 1, "characters": 1])
    }
}
