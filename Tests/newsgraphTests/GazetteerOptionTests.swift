import Foundation
import NewsGraphTestSupport
import Testing

/// `--gazetteer` with a file the user wrote wrong: a usage error (exit 2) in one line that
/// names the file and the line, before any document is read.
@Suite struct GazetteerOptionTests {
    @Test(.enabled(if: CommandLineTests.binary != nil)) func malformedGazetteerIsOneLineUsageError() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(root) }
        let input = root + "/story.txt"
        try "The harbour board met on Monday.\n".write(toFile: input, atomically: true, encoding: .utf8)
        let gazetteer = root + "/mine.tsv"
        try "Harbour Board\tORG\nno label here\n".write(toFile: gazetteer, atomically: true, encoding: .utf8)
        let result = try CommandLineTests.run(["extract", input, "--gazetteer", gazetteer, "--quiet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("mine.tsv:2: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }
}
