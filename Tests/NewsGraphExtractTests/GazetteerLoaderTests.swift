import Testing

@testable import NewsGraphExtract

/// Reading gazetteers: the compiled-in data parses in full, and a user's malformed file is an
/// error whose one line names the file and the line, never a quietly smaller gazetteer.
@Suite struct GazetteerLoaderTests {
    @Test func builtinDataParsesEveryLine() throws {
        let lines = BuiltinGazetteerData.entries.split(separator: "\n").count
        #expect(GazetteerLoader.builtinEntries.count == lines)
        #expect(GazetteerLoader.countries.contains("Portugal"))
    }

    @Test func corruptBuiltinDataStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            _ = GazetteerLoader.builtinEntries(parsing: "Harbour Board\tHARBOUR\n")
        }
        await #expect(processExitsWith: .failure) {
            _ = GazetteerLoader.builtinEntries(parsing: "# nothing but a comment\n")
        }
    }

    @Test func userTSVWithOneFieldNamesFileAndLine() {
        let text = "Harbour Board\tORG\n# a comment\nlonely field\n"
        #expect {
            _ = try GazetteerLoader.entries(fromTSV: text, origin: "places.tsv")
        } throws: { error in
            let description = String(describing: error)
            return error is GazetteerLoader.FormatError && description.hasPrefix("places.tsv:3: ")
                && !description.contains("\n")
        }
    }

    @Test func userTSVWithUnknownLabelNamesIt() {
        #expect {
            _ = try GazetteerLoader.entries(fromTSV: "Harbour Board\tHARBOUR\n", origin: "places.tsv")
        } throws: { error in
            String(describing: error) == "places.tsv:1: unknown label HARBOUR"
        }
    }

    @Test func userJSONLThatIsNoObjectNamesFileAndLine() {
        #expect {
            _ = try GazetteerLoader.entries(
                fromJSONL: "{\"name\": \"Harbour Board\", \"label\": \"ORG\"}\n[1, 2]\n", origin: "extra.jsonl")
        } throws: { error in
            String(describing: error).hasPrefix("extra.jsonl:2: ")
        }
    }

    @Test func missingUserFileIsAFormatError() {
        #expect {
            _ = try GazetteerLoader.gazetteer(addingFiles: ["/nonexistent/newsgraph-gazetteer.tsv"])
        } throws: { error in
            String(describing: error) == "cannot read gazetteer /nonexistent/newsgraph-gazetteer.tsv: no such file"
        }
    }

}
