import Foundation
import Hummingbird
import HummingbirdTesting
import NewsGraphServe
import Testing

/// `/api/entities` and one entity's routes: filters, paging, ids with odd characters, 404s.
@Suite struct EntityAPITests {
    @Test func listsFilterByPrefixLabelAndPage() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let all = try await client.execute(uri: "/api/entities", method: .get)
            #expect(all.status == .ok && all.isJSON)
            let entities = try #require(all.json?["entities"] as? [[String: Any]])
            let total = try #require(all.json?["total"] as? Int)
            #expect(total == entities.count && total >= 3)
            let mentions = entities.compactMap { $0["mentions"] as? Int }
            #expect(mentions == mentions.sorted(by: >), "most mentioned first")

            // A prefix of the name, of a later word, in any case.
            for query in ["Marta", "kowal", "Kowalczyk"] {
                let found = try await client.execute(uri: "/api/entities?q=\(query)", method: .get)
                let ids = (found.json?["entities"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
                #expect(ids.contains("PERSON:Marta Kowalczyk"), "\(query)")
            }
            let persons = try await client.execute(uri: "/api/entities?label=PERSON", method: .get)
            let labels = (persons.json?["entities"] as? [[String: Any]])?.compactMap { $0["label"] as? String } ?? []
            #expect(!labels.isEmpty && labels.allSatisfy { $0 == "PERSON" })

            let first = try await client.execute(uri: "/api/entities?limit=1", method: .get)
            #expect((first.json?["entities"] as? [Any])?.count == 1 && first.json?["total"] as? Int == total)
            let second = try await client.execute(uri: "/api/entities?limit=1&offset=1", method: .get)
            let firstID = (first.json?["entities"] as? [[String: Any]])?.first?["id"] as? String
            let secondID = (second.json?["entities"] as? [[String: Any]])?.first?["id"] as? String
            #expect(firstID != nil && secondID != nil && firstID != secondID)
            let past = try await client.execute(uri: "/api/entities?offset=\(total)", method: .get)
            #expect((past.json?["entities"] as? [Any])?.isEmpty == true && past.json?["total"] as? Int == total)
            let huge = try await client.execute(uri: "/api/entities?limit=100000", method: .get)
            #expect(huge.json?["limit"] as? Int == GraphReader.maximumLimit)
            for bad in ["limit=-1", "limit=ten", "offset=-5", "limit=99999999999999999999999", "offset=1.5"] {
                let response = try await client.execute(uri: "/api/entities?\(bad)", method: .get)
                #expect(response.errorMessage(status: .badRequest) != nil, "\(bad)")
            }
        }
    }

    /// A place the gazetteer knows carries GeoNames' facts, in the API and on its page.
    @Test func aPlaceCarriesItsGeoNamesFacts() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let response = try await client.execute(uri: "/api/entities/GPE%3AOslo", method: .get)
            #expect(response.status == .ok)
            let place = try #require(response.json?["place"] as? [String: Any])
            #expect(place["country_code"] as? String == "NO")
            #expect(place["geonames_id"] as? Int != nil && place["reason"] as? String != nil)
            let latitude = try #require(place["latitude"] as? Double)
            #expect((59...60).contains(latitude))
            let page = try await client.execute(uri: "/entities/GPE%3AOslo", method: .get)
            #expect(String(buffer: page.body).contains("<b>Place</b> NO · 59."))
            let person = try await client.execute(uri: "/api/entities/PERSON%3ATomas%20Berg", method: .get)
            #expect(person.json?["place"] is NSNull)
        }
    }

    /// Quotes, wildcards and SQL in `q` are text to match, not syntax.
    @Test func queriesAreTextNotSQL() async throws {
        try await ServeFixture.withServer { client, _, _ in
            for query in ["%' OR 1=1 --", "%", "_", "\\", "'; DROP TABLE entities; --", "<script>"] {
                let response = try await client.execute(
                    uri: "/api/entities?q=\(encoded(query))", method: .get)
                #expect(response.status == .ok, "\(query)")
                #expect(response.json?["total"] as? Int == 0, "\(query) matches no name")
            }
            let after = try await client.execute(uri: "/api/entities", method: .get)
            #expect((after.json?["total"] as? Int ?? 0) >= 3, "the table is still there")
            let badEscape = try await client.execute(uri: "/api/entities?q=%ZZ", method: .get)
            #expect(badEscape.errorMessage(status: .badRequest) != nil)
        }
    }

    @Test func oneEntityItsNeighborsAndQuotes() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let berg = encoded("PERSON:Tomas Berg")
            let entity = try await client.execute(uri: "/api/entities/\(berg)", method: .get)
            #expect(entity.status == .ok)
            #expect(entity.json?["name"] as? String == "Tomas Berg" && entity.json?["label"] as? String == "PERSON")
            #expect(entity.json?["aliases"] is [String])
            let timeline = try #require(entity.json?["timeline"] as? [[String: Any]])
            #expect(timeline.contains { $0["month"] as? String == "2024-03" }, "the dated page counts in its month")

            let neighbors = try await client.execute(uri: "/api/entities/\(berg)/neighbors", method: .get)
            let list = try #require(neighbors.json?["neighbors"] as? [[String: Any]])
            #expect(list.contains { $0["id"] as? String == "PERSON:Marta Kowalczyk" })
            let weights = list.compactMap { $0["weight"] as? Int }
            #expect(weights == weights.sorted(by: >))
            let relations = Set(list.compactMap { $0["relation"] as? String })
            let relation = try #require(relations.first)
            let filtered = try await client.execute(
                uri: "/api/entities/\(berg)/neighbors?relation=\(relation)", method: .get)
            let only = (filtered.json?["neighbors"] as? [[String: Any]])?.compactMap { $0["relation"] as? String }
            #expect(only?.isEmpty == false && only?.allSatisfy { $0 == relation } == true)
            let none = try await client.execute(uri: "/api/entities/\(berg)/neighbors?relation=NO_SUCH", method: .get)
            #expect(none.status == .ok && none.json?["total"] as? Int == 0)

            let quotes = try await client.execute(uri: "/api/entities/\(berg)/quotes", method: .get)
            let said = try #require(quotes.json?["quotes"] as? [[String: Any]])
            #expect(said.contains { ($0["text"] as? String)?.contains("lifeline") == true })
            #expect(said.allSatisfy { $0["speaker_entity"] as? String == "PERSON:Tomas Berg" })
            let about = try await client.execute(
                uri: "/api/entities/\(encoded("PERSON:Marta Kowalczyk"))/quotes?about=true", method: .get)
            #expect(about.status == .ok && about.json?["quotes"] is [Any])
            let badFlag = try await client.execute(uri: "/api/entities/\(berg)/quotes?about=perhaps", method: .get)
            #expect(badFlag.errorMessage(status: .badRequest) != nil)
        }
    }

    /// Unknown ids are 404 with a JSON error, whatever characters they hold.
    @Test func unknownIdsAreNotFound() async throws {
        try await ServeFixture.withServer { client, _, _ in
            for id in ["PERSON:Nobody At All", "ORG:AC/DC", "<b>x</b>", "' OR '1'='1"] {
                for suffix in ["", "/neighbors", "/quotes"] {
                    let response = try await client.execute(uri: "/api/entities/\(encoded(id))\(suffix)", method: .get)
                    #expect(response.errorMessage(status: .notFound) != nil, "\(id)\(suffix)")
                }
            }
            let document = try await client.execute(uri: "/api/documents/\(encoded("no/such doc"))", method: .get)
            #expect(document.errorMessage(status: .notFound) != nil)
            let route = try await client.execute(uri: "/api/nothing-here", method: .get)
            #expect(route.errorMessage(status: .notFound) != nil)
        }
    }
}
