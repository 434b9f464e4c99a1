import NewsGraphExtract
import Testing

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(bytes).map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
    }

    func kinds(_ text: String) -> [Token.Kind] { Tokenizer().tokenize(Array(text.utf8)).map(\.kind) }

    @Test func abbreviationsAndInitialsKeepTheirPeriod() {
        #expect(
            words("the U.S. and Dr. Smith met J. Doe.") == [
                "the", "U.S.", "and", "Dr.", "Smith", "met", "J.", "Doe", ".",
            ])
        #expect(words("Acme Inc. rose") == ["Acme", "Inc.", "rose"])
        #expect(words("U.S.A.") == ["U.S.A."])
    }

    @Test func possessivesSplitOff() {
        #expect(words("Russia's war") == ["Russia", "'s", "war"])
        #expect(words("Russia’s war") == ["Russia", "’s", "war"])
        #expect(kinds("Russia's")[1] == .possessive)
        #expect(words("officials' claims") == ["officials", "'", "claims"])
        #expect(words("don't O'Neill") == ["don't", "O'Neill"])
    }

    @Test func hyphensJoinWordsButAreTokens() {
        #expect(words("Iran-Russia ties") == ["Iran", "-", "Russia", "ties"])
        #expect(kinds("Iran-Russia")[1] == .hyphen)
        #expect(words("Su-35") == ["Su", "-", "35"])
        #expect(kinds("a - b")[1] == .dash)
        #expect(kinds("a -- b")[1] == .dash)
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(words("£1,400 on 1996-08-30 at 10:30") == ["£", "1,400", "on", "1996-08-30", "at", "10:30"])
        #expect(words("rose 3.5%.") == ["rose", "3.5", "%", "."])
    }

    @Test func quotesAndDashesAreToldApart() {
        #expect(
            kinds("“Yes,” she said — ‘no’") == [
                .openingQuote, .word, .punctuation, .closingQuote, .word, .word, .dash, .openingQuote, .word,
                .closingQuote,
            ])
        #expect(kinds("\"Yes\"") == [.straightQuote, .word, .straightQuote])
    }

    @Test func capitalisationFlags() {
        let tokens = Tokenizer().tokenize(Array("NATO and Élysée met US".utf8))
        #expect(tokens[0].isAllCaps && tokens[0].isCapitalized)
        #expect(!tokens[1].isCapitalized)
        #expect(tokens[2].isCapitalized && !tokens[2].isAllCaps)
        #expect(tokens[4].isAllCaps)
    }

    @Test func offsetsAreBytesAndLineBreaksCounted() {
        let tokens = Tokenizer().tokenize(Array("é x\n\ny".utf8))
        #expect(tokens.map(\.start) == [0, 3, 6])
        #expect(tokens[2].newlinesBefore == 2)
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let analysis = TextAnalysis(text: Array(text.utf8))
        return analysis.sentences.map { analysis.string(tokens: $0.tokens) }
    }

    @Test func splitsAtFullStopsNotAbbreviations() {
        #expect(sentences("Dr. Smith met Mr. Jones. They talked.") == ["Dr. Smith met Mr. Jones.", "They talked."])
        #expect(sentences("He lives in the U.S. The move was new.") == ["He lives in the U.S.", "The move was new."])
        #expect(sentences("The U.S. Army said so.") == ["The U.S. Army said so."])
        #expect(
            sentences("Pack boots, maps, etc. Rangers close the gate at dusk.")
                == ["Pack boots, maps, etc.", "Rangers close the gate at dusk."])
        #expect(sentences("Pack boots, maps, etc. and a torch.") == ["Pack boots, maps, etc. and a torch."])
    }

    @Test func aNumberSignIsNoFullStop() {
        #expect(
            sentences("Tova Hale, the No. 3 on the rowing team, missed the start. No one knew why.")
                == ["Tova Hale, the No. 3 on the rowing team, missed the start.", "No one knew why."])
    }

    @Test func noBeforeANumberAbbreviatesNumber() {
        #expect(
            sentences("Rowing is the No. 3 sport in town. It grew.") == [
                "Rowing is the No. 3 sport in town.", "It grew.",
            ])
        #expect(sentences("She said no. 12 boats left.") == ["She said no.", "12 boats left."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("\"We will act.\" He left.") == ["\"We will act.\"", "He left."])
    }

    @Test func lineBreaksEndHeadlinesAndDatelines() {
        #expect(
            sentences("CRICKET - LEICESTERSHIRE WIN\nLONDON 1996-08-30\nPhil Simmons took four.")
                == ["CRICKET - LEICESTERSHIRE WIN", "LONDON 1996-08-30", "Phil Simmons took four."])
    }
}
