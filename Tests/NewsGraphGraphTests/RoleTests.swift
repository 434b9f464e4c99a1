import NewsGraphCore
import NewsGraphGraph
import NewsGraphTestSupport
import Testing

/// Titles of persons and what they serve: found by the extractor, carried to the graph.
@Suite struct RoleTests {
    static func roles(_ text: String) -> [(title: String, person: String, organisation: String?)] {
        TestSupport.extract(text).roles.map { ($0.title, $0.person, $0.organisation) }
    }

    @Test func aTitleBeforeTheNameServesTheCountryBeforeIt() throws {
        let found = Self.roles("Canadian Foreign Minister Jane Morrow met reporters in Ottawa on Monday.")
        let role = try #require(found.first { $0.person.hasSuffix("Jane Morrow") })
        #expect(role.title == "Foreign Minister")
        #expect(role.organisation == "NORP:Canadian")
    }

    @Test func appositionsGiveTheTitleAndItsOrganisation() throws {
        let text = """
            Profits rose sharply at the firm last year. Tom Hale, the chief executive of Lantern Bank, said \
            the results were strong. Gordon Vale, the chancellor, welcomed them. Mr Vale spoke briefly.
            """
        let found = Self.roles(text)
        let hale = try #require(found.first { $0.person.hasSuffix("Tom Hale") })
        #expect(hale.title == "Chief Executive")
        #expect(hale.organisation?.hasPrefix("ORG:Lantern Bank") == true)
        let vale = try #require(found.first { $0.person.hasSuffix("Gordon Vale") })
        #expect(vale.title == "Chancellor" && vale.organisation == nil)
        #expect(found.count == 2, "an honorific is no role: \(found)")
    }

    @Test func aPossessiveNamesWhatTheTitleIsHeldIn() throws {
        let found = Self.roles("Shares fell after Germany's finance minister Paul Greer spoke on Tuesday.")
        let role = try #require(found.first { $0.person.hasSuffix("Paul Greer") })
        #expect(role.organisation == "GPE:Germany")
    }

    /// A place or nationality that modifies a noun ("Canadian carrier", "US firm") is not what
    /// the title is held in.
    @Test func aPlaceThatModifiesANounIsNotTheHolder() throws {
        let text = """
            Sales grew. Nora Pike, chief executive of Canadian carrier Northwind Air, said demand was strong. \
            Later, Peter Vance, the president of Canada since 2001, agreed.
            """
        let found = Self.roles(text)
        #expect(
            !found.contains {
                $0.person.hasSuffix("Nora Pike")
                    && ($0.organisation == "NORP:Canadian" || $0.organisation == "GPE:Canada")
            })
        // A whole place phrase followed by a preposition still holds the title.
        let vance = try #require(found.first { $0.person.hasSuffix("Peter Vance") })
        #expect(vance.organisation == "GPE:Canada")
    }

    /// A club or company named after a town holds its chairman, not the town; a country does
    /// hold its national side's coach, and a town its mayor.
    @Test func aTownHoldsNoClubOffice() throws {
        let text = """
            Leeds chairman Peter Vance welcomed the result. France coach Paul Greer was less pleased, \
            and Leeds mayor Nora Pike stayed away.
            """
        let found = Self.roles(text)
        let vance = try #require(found.first { $0.person.hasSuffix("Peter Vance") })
        #expect(vance.title == "Chairman" && vance.organisation == nil)
        let greer = try #require(found.first { $0.person.hasSuffix("Paul Greer") })
        #expect(greer.organisation == "GPE:France")
        let pike = try #require(found.first { $0.person.hasSuffix("Nora Pike") })
        #expect(pike.organisation == "GPE:Leeds")
    }

    /// The seed article: "The Deputy Secretary of State, Sherman," among "US government officials".
    @Test func theSeedGivesShermanHerTitleInTheUnitedStates() throws {
        let record = TestSupport.extract(TestSupport.seedText)
        let role = try #require(record.roles.first { $0.person == "PERSON:Wendy Sherman" })
        #expect(role.title == "Deputy Secretary of State")
        #expect(role.organisation == "GPE:United States")
        #expect(record.slice(role.start, role.end) == "Deputy Secretary of State")
    }

    @Test func theGraphCarriesRolesAndRoleEdgesInEveryFormat() throws {
        var builder = GraphBuilder()
        builder.add(TestSupport.extract(TestSupport.seedText))
        let graph = builder.build()
        let sherman = try #require(graph.nodes.first { $0.id == "PERSON:Wendy Sherman" })
        #expect(sherman.roles.contains("Deputy Secretary of State"))
        let edge = try #require(graph.edges.first { $0.relation == .role && $0.source == "PERSON:Wendy Sherman" })
        #expect(edge.target == "GPE:United States" && edge.title == "Deputy Secretary of State" && edge.weight == 1)
        #expect(GraphMLWriter.write(graph).contains("<data key=\"title\">Deputy Secretary of State</data>"))
        #expect(GEXFWriter.write(graph).contains("<attvalue for=\"title\" value=\"Deputy Secretary of State\"/>"))
        #expect(
            String(decoding: NodeLinkWriter.write(graph), as: UTF8.self).contains(
                "\"title\":\"Deputy Secretary of State\""))
        #expect(Neo4jCSVWriter.edges(graph).contains(",ROLE,1,1,Deputy Secretary of State"))
        #expect(DOTWriter.write(graph).contains("relation=ROLE"))
    }

    /// A role survives the JSONL round trip the `graph` command reads.
    @Test func rolesAreWrittenAndReadBack() throws {
        let record = TestSupport.extract("Canadian Foreign Minister Jane Morrow met reporters in Ottawa on Monday.")
        #expect(!record.roles.isEmpty)
        let decoded = try DocumentRecord.decode(jsonLine: record.jsonLine())
        #expect(decoded.roles == record.roles)
    }
}
