import Foundation
import NewsGraphCore
import Testing

@testable import NewsGraphGraph

/// Place nodes carry their GeoNames facts; a name that means several places takes the one the
/// documents' other places point to, else the most prominent, and says which.
@Suite struct PlaceTests {
    typealias Mention = (key: String, text: String)

    static func graph(_ records: [DocumentRecord]) -> EntityGraph {
        EntityIdentityTests.graph(records)
    }

    static func place(_ graph: EntityGraph, _ id: String) -> EntityGraph.Place? {
        EntityIdentityTests.node(graph, id)?.place
    }

    static func document(_ id: String, _ mentions: [Mention]) -> DocumentRecord {
        EntityIdentityTests.record(id, lines: [mentions], between: [mentions.map { _ in " and " }])
    }

    @Test func everyGeneratedRowIsRead() {
        let lines = PlaceData.places.split(separator: "\n").count
        #expect(PlaceTable.shared.candidates.count == lines)
        #expect(PlaceTable.shared.rowsByName.values.reduce(0) { $0 + $1.count } == lines)
    }

    @Test func anUnambiguousPlaceCarriesItsGeoNamesFacts() throws {
        let graph = Self.graph([Self.document("a", [("GPE:France", "France"), ("PERSON:Ada Quill", "Ada Quill")])])
        let france = try #require(Self.place(graph, "GPE:France"))
        #expect(france.geonamesID == 3_017_382)
        #expect(france.countryCode == "FR")
        #expect(france.featureClass == "A")
        #expect(france.reason == .only)
        let latitude = try #require(france.latitude)
        let longitude = try #require(france.longitude)
        #expect((41.0...51.5).contains(latitude) && (-5.5...8.5).contains(longitude))
        #expect(EntityIdentityTests.node(graph, "PERSON:Ada Quill")?.place == nil)
    }

    @Test func theOtherPlacesOfTheDocumentSettleAnAmbiguousName() throws {
        let alone = Self.graph([Self.document("a", [("GPE:Georgia", "Georgia")])])
        let country = try #require(Self.place(alone, "GPE:Georgia"))
        #expect(country.countryCode == "GE" && country.reason == .prominence)

        let withCity = Self.graph([Self.document("a", [("GPE:Georgia", "Georgia"), ("GPE:Atlanta", "Atlanta")])])
        let state = try #require(Self.place(withCity, "GPE:Georgia"))
        #expect(state.countryCode == "US" && state.featureClass == "A" && state.reason == .context)

        // A country keeps its name against a place merely in a country the document names.
        let countries = Self.graph([
            Self.document("a", [("GPE:Georgia", "Georgia"), ("GPE:United States", "US"), ("GPE:Ukraine", "Ukraine")])
        ])
        #expect(Self.place(countries, "GPE:Georgia")?.countryCode == "GE")
        // So does a capital: London with Canada named is still the capital, with Ontario's city
        // named beside it the Canadian one.
        let capital = Self.graph([Self.document("a", [("GPE:London", "London"), ("GPE:Canada", "Canada")])])
        #expect(Self.place(capital, "GPE:London")?.countryCode == "GB")
        let ontario = Self.graph([Self.document("a", [("GPE:London", "London"), ("GPE:Kitchener", "Kitchener")])])
        #expect(Self.place(ontario, "GPE:London")?.countryCode == "CA")

        // Between cities, a country the document names counts as well as a city in it.
        let english = Self.graph([
            Self.document("a", [("GPE:Birmingham", "Birmingham"), ("GPE:United Kingdom", "Britain")])
        ])
        #expect(Self.place(english, "GPE:Birmingham")?.countryCode == "GB")
        let american = Self.graph([Self.document("a", [("GPE:Birmingham", "Birmingham"), ("GPE:Alabama", "Alabama")])])
        #expect(Self.place(american, "GPE:Birmingham")?.countryCode == "US")
        #expect(Self.place(american, "GPE:Birmingham")?.reason == .context)
    }

    /// First-level divisions carry GeoNames' own id and a point inside them, whatever country
    /// they are in.
    @Test func divisionsCarryTheirGeoNamesFacts() throws {
        let graph = Self.graph([
            Self.document(
                "a",
                [
                    ("GPE:Scotland", "Scotland"), ("GPE:Manitoba", "Manitoba"), ("GPE:Tasmania", "Tasmania"),
                    ("GPE:Bavaria", "Bavaria"),
                ])
        ])
        let scotland = try #require(Self.place(graph, "GPE:Scotland"))
        #expect(scotland.geonamesID == 2_638_360 && scotland.countryCode == "GB" && scotland.featureClass == "A")
        let scotlandLatitude = try #require(scotland.latitude)
        #expect((55.0...59.0).contains(scotlandLatitude))
        let manitoba = try #require(Self.place(graph, "GPE:Manitoba"))
        #expect(manitoba.countryCode == "CA" && manitoba.geonamesID != nil)
        let manitobaLatitude = try #require(manitoba.latitude)
        #expect((48.0...60.0).contains(manitobaLatitude))
        let tasmania = try #require(Self.place(graph, "GPE:Tasmania"))
        let tasmaniaLatitude = try #require(tasmania.latitude)
        #expect(tasmania.countryCode == "AU" && (-44.0 ... -39.0).contains(tasmaniaLatitude))
        let bavaria = try #require(Self.place(graph, "GPE:Bavaria"))
        #expect(bavaria.countryCode == "DE" && bavaria.featureClass == "A" && bavaria.geonamesID != nil)
        #expect(PlaceTable.shared.candidates.filter { $0.featureClass == "A" }.allSatisfy { $0.geonamesID != 0 })
    }

    /// A city GeoNames names with a qualifier ("upon Tyne") is also a candidate for its short
    /// name, so the documents' other places can choose it.
    @Test func aCityIsACandidateForTheShortFormOfItsName() throws {
        let rows = try #require(PlaceTable.shared.rowsByName["Newcastle"])
        #expect(rows.contains { PlaceTable.shared.candidates[Int($0)].countryCode == "GB" })
        let english = Self.graph([Self.document("a", [("GPE:Newcastle", "Newcastle"), ("GPE:Leeds", "Leeds")])])
        let newcastle = try #require(Self.place(english, "GPE:Newcastle"))
        #expect(newcastle.countryCode == "GB" && newcastle.reason == .context)
        let australian = Self.graph([
            Self.document("a", [("GPE:Newcastle", "Newcastle"), ("GPE:New South Wales", "New South Wales")])
        ])
        #expect(Self.place(australian, "GPE:Newcastle")?.countryCode == "AU")
    }

    /// A place the gazetteer does not know, found by the text alone, takes the facts of the
    /// town of its name, written with or without accents, where the document's places agree.
    @Test func aNameTheGazetteerLacksTakesItsTownWhereTheDocumentAgrees() throws {
        let graph = Self.graph([
            Self.document("a", [("GPE:Truro", "Truro"), ("GPE:United Kingdom", "Britain")]),
            Self.document("b", [("GPE:Grasse", "Grasse"), ("GPE:France", "France")]),
        ])
        let truro = try #require(Self.place(graph, "GPE:Truro"))
        #expect(truro.countryCode == "GB" && truro.featureClass == "P" && truro.geonamesID == 2_635_412)
        #expect(truro.reason == .context)
        #expect(Self.place(graph, "GPE:Grasse")?.countryCode == "FR")
        for name in ["Perigueux", "Périgueux"] {
            let graph = Self.graph([Self.document("a", [("GPE:" + name, name), ("GPE:France", "France")])])
            #expect(Self.place(graph, "GPE:" + name)?.geonamesID == 2_987_967)
        }
    }

    /// A town of the same name in a country the document does not name is no evidence: the
    /// node gets no facts rather than a dot on the wrong continent.
    @Test func aTownElsewhereGivesNoFacts() {
        let alone = Self.graph([Self.document("a", [("GPE:Truro", "Truro")])])
        #expect(Self.place(alone, "GPE:Truro") == nil)
        let elsewhere = Self.graph([Self.document("a", [("GPE:Truro", "Truro"), ("GPE:Japan", "Japan")])])
        #expect(Self.place(elsewhere, "GPE:Truro") == nil)
        // Nor does a lone town lend its country to the document's other names.
        let both = Self.graph([Self.document("a", [("GPE:Truro", "Truro"), ("GPE:Grasse", "Grasse")])])
        #expect(Self.place(both, "GPE:Grasse") == nil)
    }

    /// Most documents decide; their order does not.
    @Test func theChoiceIsTheMajorityOfDocumentsInAnyOrder() throws {
        let records = [
            Self.document("a", [("GPE:Birmingham", "Birmingham"), ("GPE:Alabama", "Alabama")]),
            Self.document("b", [("GPE:Birmingham", "Birmingham"), ("GPE:United Kingdom", "Britain")]),
            Self.document("c", [("GPE:Birmingham", "Birmingham"), ("GPE:Alabama", "Alabama")]),
        ]
        let forward = Self.graph(records)
        #expect(Self.place(forward, "GPE:Birmingham")?.countryCode == "US")
        #expect(Self.graph(records.reversed()) == forward)
        #expect(Self.graph([records[1], records[0], records[2]]) == forward)
    }

    @Test func everyFormatWritesThePlace() throws {
        let graph = Self.graph([Self.document("a", [("GPE:France", "France"), ("LOC:Europe", "Europe")])])
        let graphML = GraphMLWriter.write(graph)
        #expect(graphML.contains("<data key=\"geonames_id\">3017382</data><data key=\"country_code\">FR</data>"))
        #expect(graphML.contains("<data key=\"latitude\">"))
        let gexf = GEXFWriter.write(graph)
        #expect(gexf.contains("<attvalue for=\"feature_class\" value=\"L\"/>"))
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(NodeLinkWriter.write(graph))) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let europe = try #require(nodes.first { $0["id"] as? String == "LOC:Europe" })
        #expect(europe["feature_class"] as? String == "L" && europe["latitude"] is Double)
        let csv = Neo4jCSVWriter.nodes(graph).split(separator: "\n")
        #expect(
            csv[0].hasSuffix(
                ",geonames_id:long,country_code,feature_class,latitude:double,longitude:double,place_reason"))
        #expect(csv.contains { $0.hasPrefix("GPE:France,") && $0.contains(",3017382,FR,A,") && $0.hasSuffix(",only") })
    }
}
