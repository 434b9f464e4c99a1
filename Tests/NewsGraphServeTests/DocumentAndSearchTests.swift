import Foundation
import Hummingbird
import HummingbirdTesting
import NewsGraphServe
import Testing

/// Documents by id, full-text search, and the database left as it was.
@Suite struct DocumentAndSearchTests {
    @Test func documentIsTheRecordWithItsNodes() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let response = try await client.execute(uri: "/api/documents/\(ServeFixture.ferryID)", method: .get)
            #expect(response.status == .ok && response.isJSON)
            let document = try #require(response.json)
            #expect(document["title"] as? String == "Ferry talks resume in Halden")
            #expect((document["published"] as? String)?.hasPrefix("2024-03-05") == true)
            let text = try #require(document["text"] as? String)
            let entities = try #require(document["entities"] as? [[String: Any]])
            // Offsets are code points into the text, as in documents.jsonl.
            for entity in entities {
                let start = try #require(entity["start"] as? Int)
                let end = try #require(entity["end"] as? Int)
                let slice = String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
                #expect(slice == entity["text"] as? String)
            }
            #expect(entities.contains { $0["entity"] as? String == "PERSON:Tomas Berg" })
            let quotes = try #require(document["quotes"] as? [[String: Any]])
            #expect(quotes.contains { ($0["text"] as? String)?.contains("lifeline") == true })
            // Every quote says which earlier part it carries on, if any.
            #expect(quotes.allSatisfy { $0.keys.contains("continues") })
        }
    }

    @Test func searchFindsWordsAndNames() async throws {
        try await ServeFixture.withServer { client, server, output in
            let response = try await client.execute(uri: "/api/search?q=lifeline", method: .get)
            #expect(response.status == .ok)
            let documents = try #require(response.json?["documents"] as? [[String: Any]])
            #expect(documents.map { $0["id"] as? String } == [ServeFixture.ferryID])
            #expect((documents.first?["snippet"] as? String)?.contains("lifeline") == true)
            let prefix = try await client.execute(uri: "/api/search?q=kowal", method: .get)
            #expect((prefix.json?["total"] as? Int ?? 0) >= 2, "the last word matches as a prefix")
            let names = (prefix.json?["entities"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(names.contains("PERSON:Marta Kowalczyk"))
            let both = try await client.execute(uri: "/api/search?q=\(encoded("ferry lifeline"))", method: .get)
            #expect(both.json?["total"] as? Int == 1, "every word must match")
            for query in ["\"NEAR(", "AND OR NOT", "'; DROP TABLE documents; --", "*", "title:ferry"] {
                let odd = try await client.execute(uri: "/api/search?q=\(encoded(query))", method: .get)
                #expect(odd.status == .ok, "\(query) is words, not query syntax")
            }
            let missing = try await client.execute(uri: "/api/search", method: .get)
            #expect(missing.errorMessage(status: .badRequest) != nil)
            let paged = try await client.execute(uri: "/api/search?q=kowal&limit=1&offset=1", method: .get)
            #expect((paged.json?["documents"] as? [Any])?.count == 1)
            // The run built the index into its database: the server builds nothing.
            let index = try await server.searchIndex()
            #expect(index.builtByRun && index.path == output + "/newsgraph.sqlite")
            #expect(!FileManager.default.fileExists(atPath: output + "/newsgraph.search.sqlite"))
        }
    }

    /// A database without the index (`--no-search-index`, an older run) gets one beside it,
    /// which answers as the run's does.
    @Test func anIndexBesideTheDatabaseAnswersTheSame() async throws {
        let queries = ["lifeline", "kowal", "ferry lifeline", "Halden", "harbour plan", "zzz", "\"NEAR("]
        @Sendable func answers(_ client: any TestClientProtocol) async throws -> [String] {
            var answers: [String] = []
            for query in queries {
                answers.append(try await client.execute(uri: "/api/search?q=\(encoded(query))", method: .get).text)
            }
            return answers
        }
        let inDatabase = try await ServeFixture.withServer { client, _, _ in try await answers(client) }
        let beside = try await ServeFixture.withServer(searchIndex: false) { client, server, output in
            let answers = try await answers(client)
            let index = try await server.searchIndex()
            #expect(!index.builtByRun && index.path == output + "/newsgraph.search.sqlite")
            #expect(FileManager.default.fileExists(atPath: output + "/newsgraph.search.sqlite"))
            return answers
        }
        #expect(inDatabase == beside)
        #expect(inDatabase.first?.contains(ServeFixture.ferryID) == true)
    }

    /// Serving reads the database and never writes it.
    @Test func theDatabaseIsLeftUnchanged() async throws {
        let before = try await ServeFixture.withServer { client, _, output in
            let before = try Data(contentsOf: URL(fileURLWithPath: output + "/newsgraph.sqlite"))
            for uri in ["/", "/api/entities", "/api/search?q=ferry", "/api/documents/\(ServeFixture.ferryID)"] {
                _ = try await client.execute(uri: uri, method: .get)
            }
            let after = try Data(contentsOf: URL(fileURLWithPath: output + "/newsgraph.sqlite"))
            #expect(before == after)
            return before.count
        }
        #expect(before > 0)
    }
}
