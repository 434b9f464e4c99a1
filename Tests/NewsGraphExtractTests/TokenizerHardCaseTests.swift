import NewsGraphExtract
import Testing

/// The tokenizer and sentence splitter on what news text throws at them.
@Suite struct TokenizerHardCaseTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(bytes).map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
    }

    func sentences(_ text: String) -> [String] {
        let analysis = TextAnalysis(text: Array(text.utf8))
        return analysis.sentences.map { analysis.string(tokens: $0.tokens) }
    }

    @Test func titlesMonthsAndInitialsKeepTheirPeriods() {
        #expect(
            words("Gov. Abbott met George W. Bush on Feb. 3") == [
                "Gov.", "Abbott", "met", "George", "W.", "Bush", "on", "Feb.", "3",
            ])
        #expect(
            sentences("Gov. Abbott spoke on Feb. 3. Then he left.") == [
                "Gov. Abbott spoke on Feb. 3.", "Then he left.",
            ])
    }

    @Test func curlyApostrophesMakePossessivesAndQuotesStayQuotes() {
        #expect(words("Iran’s ‘drones’") == ["Iran", "’s", "‘", "drones", "’"])
        let kinds = Tokenizer().tokenize(Array("‘drones’".utf8)).map(\.kind)
        #expect(kinds == [.openingQuote, .word, .closingQuote])
    }

    @Test func hyphenatedCompoundsSplitIntoNamesAndWords() {
        #expect(words("Russian-made drones") == ["Russian", "-", "made", "drones"])
        #expect(words("a London-based firm") == ["a", "London", "-", "based", "firm"])
    }

    @Test func datelinesAndHeadlinesAreLinesOfCapitals() {
        let bytes = Array("ROWING - OHIO'S OKAFOR WINS\nLAKE CITY 2026-08-30\nText.".utf8)
        let tokens = Tokenizer().tokenize(bytes)
        let texts = tokens.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
        #expect(texts == ["ROWING", "-", "OHIO", "'S", "OKAFOR", "WINS", "LAKE", "CITY", "2026-08-30", "Text", "."])
        #expect(tokens[3].kind == .possessive)
        #expect(tokens[0].isAllCaps && tokens[4].isAllCaps && tokens[7].isAllCaps)
        #expect(tokens[8].kind == .number)
        #expect(
            sentences("ROWING - OHIO'S OKAFOR WINS\nLAKE CITY 2026-08-30\nText.")
                == ["ROWING - OHIO'S OKAFOR WINS", "LAKE CITY 2026-08-30", "Text."])
    }
}
