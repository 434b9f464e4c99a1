import Testing

@testable import NewsGraphGraph

/// A name in capitals stands for the document's ordinary spelling of it under the same label,
/// whatever the lengths and bytes of the other keys the document names.
@Suite struct SameNodeKeysTests {
    @Test func capitalsFindTheirOrdinarySpelling() {
        let keys = [
            "ORG:Harbour Trust", "ORG:HARBOUR TRUST", "PERSON:Ada Byrne", "ORG:Harbour", "GPE:Étoile Bay",
            "GPE:ÉTOILE BAY", "ORG:MILLWORKS", "PERSON:HARBOUR TRUST", "Harbour Trust",
        ]
        let result = DocumentSummary.sameNodeKeys(keys, options: GraphOptions())
        // The capitals join the ordinary spelling of their own label, in ASCII or not; a name
        // in capitals with no ordinary spelling, or only one under another label, stays itself.
        #expect(result == [0, 0, 2, 3, 4, 4, 6, 7, 8])
    }

    @Test func theFirstOrdinarySpellingWins() {
        let keys = ["ORG:NORTH RAIL", "ORG:North Rail", "ORG:North rail", "ORG:Ferry Line"]
        #expect(DocumentSummary.sameNodeKeys(keys, options: GraphOptions()) == [1, 1, 2, 3])
    }
}
