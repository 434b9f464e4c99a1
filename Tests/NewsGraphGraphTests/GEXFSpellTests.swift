import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphGraph

#if canImport(FoundationXML)
import FoundationXML
#endif

/// GEXF with spells: Gephi's timeline shows a node on the days it was named and an edge on the
/// days both its ends were; without dates the file stays static.
@Suite struct GEXFSpellTests {
    static let graph = EntityGraph(
        nodes: [
            EntityGraph.Node(
                id: "PERSON:Ada Brook", name: "Ada Brook", label: "PERSON", aliases: [], mentions: 4, documents: 3),
            EntityGraph.Node(
                id: "ORG:Harbour Board", name: "Harbour Board", label: "ORG", aliases: [], mentions: 2, documents: 2),
            EntityGraph.Node(
                id: "GPE:Elmsworth", name: "Elmsworth", label: "GPE", aliases: [], mentions: 1, documents: 1),
        ],
        edges: [
            EntityGraph.Edge(
                source: "ORG:Harbour Board", target: "PERSON:Ada Brook", relation: .coMention, weight: 2, documents: 2,
                firstPublished: "2024-03-01", lastPublished: "2024-03-05"),
            EntityGraph.Edge(
                source: "GPE:Elmsworth", target: "PERSON:Ada Brook", relation: .coMention, weight: 1, documents: 1),
        ]
    )

    @Test func namedDaysBecomeSpellsAndEdgesLiveWhenBothEndsDo() throws {
        let days = [
            "PERSON:Ada Brook": ["2024-02-28", "2024-02-29", "2024-03-01", "2024-03-05"],
            "ORG:Harbour Board": ["2024-03-01", "2024-03-05", "2024-03-06"],
        ]
        let gexf = GEXFWriter.write(Self.graph, days: days)
        #expect(gexf.contains(#"<graph mode="dynamic" timeformat="date" defaultedgetype="directed""#))
        // A leap day between two days of one run: one spell.
        #expect(
            gexf.contains(
                #"<spells><spell start="2024-02-28" end="2024-03-01"/><spell start="2024-03-05" end="2024-03-05"/></spells>"#
            ))
        #expect(
            gexf.contains(
                #"target="PERSON:Ada Brook" label="CO_MENTION" weight="2"><attvalues><attvalue for="relation" value="CO_MENTION"/><attvalue for="documents" value="2"/><attvalue for="first_published" value="2024-03-01"/><attvalue for="last_published" value="2024-03-05"/></attvalues><spells><spell start="2024-03-01" end="2024-03-01"/><spell start="2024-03-05" end="2024-03-05"/></spells></edge>"#
            ))
        // Elmsworth was only named undated: no spells for it or its edge.
        let elmsworth = try #require(gexf.split(separator: "\n").first { $0.contains(#"<node id="GPE:Elmsworth""#) })
        #expect(!elmsworth.contains("<spells>"))
        #expect(gexf.components(separatedBy: "<spells>").count - 1 == 3)
        #if canImport(FoundationXML)
        #expect(XMLParser(data: Data(gexf.utf8)).parse(), "well-formed XML")
        #endif
    }

    /// An edge lives only between its own first and last day, though its ends share later days.
    @Test func anEdgeLivesWithinItsOwnDays() {
        var graph = Self.graph
        graph.edges[0].firstPublished = "2024-03-01"
        graph.edges[0].lastPublished = "2024-03-01"
        let days = [
            "PERSON:Ada Brook": ["2024-03-01", "2024-03-05"],
            "ORG:Harbour Board": ["2024-03-01", "2024-03-05"],
        ]
        let gexf = GEXFWriter.write(graph, days: days)
        #expect(
            gexf.contains(
                #"<attvalue for="first_published" value="2024-03-01"/><attvalue for="last_published" value="2024-03-01"/></attvalues><spells><spell start="2024-03-01" end="2024-03-01"/></spells></edge>"#
            ))
    }

    @Test func withoutDatesTheFileIsStatic() {
        let gexf = GEXFWriter.write(Self.graph)
        #expect(gexf == GEXFWriter.write(Self.graph, days: [:]))
        #expect(gexf.contains(#"<graph mode="static" defaultedgetype="directed""#) && !gexf.contains("spell"))
    }

    @Test func daysAreCountedOnTheCivilCalendar() {
        #expect(GEXFWriter.dayNumber("1970-01-01") == 0)
        #expect(GEXFWriter.dayNumber("2000-03-01") == GEXFWriter.dayNumber("2000-02-29").map { $0 + 1 })
        #expect(GEXFWriter.dayNumber("2024-01-01") == GEXFWriter.dayNumber("2023-12-31").map { $0 + 1 })
        #expect(GEXFWriter.dayNumber("2023-03-01") == GEXFWriter.dayNumber("2023-02-28").map { $0 + 1 })
        #expect(GEXFWriter.spells([]) == "")
    }
}

/// Edge days are kept as `YYYYMMDD` numbers: they must read back as the dates they were.
@Suite struct DayTests {
    @Test func numbersRoundTripAndCompareAsDates() {
        #expect(Day.number("2024-02-29") == 20_240_229)
        #expect(Day.date(Day.number("0999-01-05")) == "0999-01-05")
        #expect(Day.number(nil) == Day.none && Day.date(Day.none) == nil)
        #expect(Day.number("2023-12-31") < Day.number("2024-01-01"))
        #expect(Day.pick(Day.none, 20_240_101, earliest: true) == 20_240_101)
        #expect(Day.pick(20_240_105, 20_240_101, earliest: false) == 20_240_105)
    }
}
