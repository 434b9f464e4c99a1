import Foundation
import NewsGraphCore
import NewsGraphTestSupport
import Testing

@testable import NewsGraphLanguage
@testable import NewsGraphPipeline

/// Language identification (sentences written for these tests) and the `--languages` gate.
@Suite struct LanguageTests {
    let identifier = LanguageIdentifier.shared

    @Test(arguments: [
        ("en", "The council said on Tuesday that the new bridge would open next spring after delays."),
        ("de", "Der Gemeinderat teilte am Dienstag mit, dass die neue Brücke im Frühjahr öffnet."),
        ("fr", "Le conseil municipal a annoncé mardi que le nouveau pont ouvrira au printemps."),
        ("es", "El ayuntamiento anunció el martes que el nuevo puente se abrirá en primavera."),
        ("pt", "A câmara municipal anunciou na terça-feira que a nova ponte será aberta na primavera."),
        ("it", "Il consiglio comunale ha annunciato martedì che il nuovo ponte aprirà in primavera."),
        ("nl", "De gemeenteraad maakte dinsdag bekend dat de nieuwe brug in het voorjaar opengaat."),
        ("pl", "Rada miasta poinformowała we wtorek, że nowy most zostanie otwarty wiosną."),
        ("ru", "Городской совет сообщил во вторник, что новый мост откроется весной."),
        ("uk", "Міська рада повідомила у вівторок, що новий міст відкриється навесні."),
        ("zh", "市议会周二表示，经过多年的延误，这座新桥将于明年春天开通。"),
        ("ja", "市議会は火曜日、長年の遅れの後、新しい橋が来年の春に開通すると発表した。"),
        ("ko", "시의회는 화요일 수년간의 지연 끝에 새 다리가 내년 봄에 개통된다고 밝혔다."),
        ("el", "Το δημοτικό συμβούλιο ανακοίνωσε ότι η νέα γέφυρα θα ανοίξει την άνοιξη."),
        ("ar", "قال المجلس البلدي يوم الثلاثاء إن الجسر الجديد سيفتح في الربيع المقبل."),
    ])
    func identifiesInventedSentences(expected: String, text: String) {
        #expect(identifier.identify(text).language == expected)
    }

    /// The script with the most bytes decides; a few words of another script do not.
    @Test func mixedScriptsGoByTheMainOne() {
        #expect(identifier.identify("苹果公司周二发布了新款 iPhone 和 MacBook Pro，售价与去年持平。").language == "zh")
        #expect(identifier.identify("アップルは火曜日、新しい iPhone と MacBook Pro を発表した。").language == "ja")
        #expect(
            identifier.identify("Компания Apple во вторник представила новый iPhone, цены остались прежними.").language
                == "ru")
        #expect(
            identifier.identify("The minister quoted the slogan «Мы вместе» at the rally in London on Sunday.")
                .language == "en")
    }

    @Test func shortTextIsUndeterminedAndCountsAsEnglish() {
        #expect(identifier.identify("OK").language == nil)
        #expect(identifier.identify("").language == nil)
        #expect(identifier.identify("12:30 — 45%").language == nil)
        #expect(identifier.language(declared: nil, text: "Live") == "en")
        #expect(identifier.language(declared: "fr-FR", text: "Live") == "fr")
    }

    @Test func declaredTagsAreNormalised() {
        #expect(LanguageTag.code("en-US") == "en")
        #expect(LanguageTag.code("en_GB") == "en")
        #expect(LanguageTag.code("DE") == "de")
        #expect(LanguageTag.code("iw") == "he")
        #expect(LanguageTag.code("eng") == nil)
        #expect(LanguageTag.code("") == nil)
    }

    /// The declared language stands unless the text clearly says another.
    @Test func textOverridesAWrongDeclaration() {
        let german = "Die Regierung hat am Mittwoch beschlossen, die Steuern für kleine Betriebe zu senken."
        #expect(identifier.language(declared: "en-US", text: german) == "de")
        #expect(identifier.language(declared: "de-AT", text: german) == "de")
        #expect(identifier.language(declared: "en", text: "The Government met on Wednesday in Berlin.") == "en")
        // A language the model does not know is kept: nothing to weigh it against.
        #expect(identifier.language(declared: "eu", text: "Gobernuak asteazkenean erabaki du zergak jaistea.") == "eu")
        #expect(identifier.language(declared: "en", text: "市议会周二表示，经过多年的延误，这座新桥将于明年春天开通。") == "zh")
    }

    static let germanArticle = """
        Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.

        „Wir werden die Zusammenarbeit vertiefen“, sagte Scholz nach dem Treffen im Kanzleramt. Die \
        beiden Politiker sprachen auch über die Lage in der Ukraine und die Energiepreise in Europa.
        """

    private func record(_ text: String, languages: LanguageSelection) async -> DocumentRecord? {
        var processor = DocumentProcessor()
        processor.languages = languages
        let document = SourceDocument(id: "doc", source: "doc", format: .text, content: Array(text.utf8))
        let outcome = await processor.process(.document(document), fetcher: nil)
        return try? outcome.result.get()
    }

    /// Entities and quotes are extracted for the languages asked for (default: English) only;
    /// other records keep their text, metadata and language.
    @Test func extractionIsGatedByLanguage() async throws {
        let skipped = try #require(await record(Self.germanArticle, languages: LanguageSelection()))
        #expect(skipped.metadata.language == "de")
        #expect(skipped.entities.isEmpty && skipped.quotes.isEmpty)
        #expect(skipped.text.contains("Scholz"))
        let asked = try #require(await record(Self.germanArticle, languages: LanguageSelection("en,de")!))
        #expect(asked.metadata.language == "de")
        #expect(!asked.entities.isEmpty)
        let english = try #require(await record(TestSupport.seedText, languages: LanguageSelection()))
        #expect(english.metadata.language == "en")
        #expect(!english.entities.isEmpty)
        #expect(LanguageSelection("all")!.wants("de"))
        #expect(LanguageSelection().wants(nil), "a record without a language counts as English")
        #expect(LanguageSelection("en, xyz") == nil)
    }

    @Test func reportCountsDocumentsByLanguage() async throws {
        var report = RunReport()
        for text in [Self.germanArticle, TestSupport.seedText, TestSupport.seedText] {
            var processor = DocumentProcessor()
            processor.languages = LanguageSelection()
            let document = SourceDocument(id: "d", source: "d", format: .text, content: Array(text.utf8))
            report.record(await processor.process(.document(document), fetcher: nil))
        }
        #expect(report.languages == ["en": 2, "de": 1])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json())) as? [String: Any])
        #expect(json["languages"] as? [String: Int] == ["en": 2, "de": 1])
    }

    @Test func clearTextIsDecidedBeforeTheWindowEnds() {
        let sentence = "The harbour board said on Monday that the new ferry would start work in the spring. "
        let clear = identifier.identify(String(repeating: sentence, count: 6))
        #expect(clear.language == "en")
        #expect(clear.ngrams < 400, "read \(clear.ngrams) trigrams")
        #expect(clear.ngrams % LanguageIdentifier.decisionInterval == 0)
        // A short text never reaches the margin: every trigram is read.
        let short = identifier.identify("The ferry starts in spring.")
        #expect(short.ngrams > 0 && short.ngrams % LanguageIdentifier.decisionInterval != 0)
    }
}
