import Testing

@testable import NewsGraphParse

/// Windows and old Mac line ends become `\n`, wherever they fall.
@Suite struct LineEndingTests {
    @Test(arguments: [
        ("a\r\nb\rc\n\r\nd\r", "a\nb\nc\n\nd\n"),
        ("\r", "\n"),
        ("\r\n\r\n", "\n\n"),
        ("\r\r\n", "\n\n"),
        ("no returns\n", "no returns\n"),
        ("", ""),
    ])
    func normalizes(input: String, expected: String) {
        #expect(ArticleParser.normalizeLineEndings(Array(input.utf8)) == Array(expected.utf8))
    }
}
