import Foundation
import Hummingbird
import HummingbirdTesting
import NewsGraphServe
import Testing

/// Where an entity and its neighbours meet: sentences naming both and quotations naming the
/// other, in the API and on the entity page.
@Suite struct ConnectingSentenceTests {
    static let metSentence = """
        Marta Kowalczyk met Tomas Berg in Halden on Tuesday to discuss the future of the island ferry line, \
        which the Northwind Ferry Company has run since the spring.
        """

    @Test func neighborsCarryTheSentencesNamingBoth() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let berg = encoded("PERSON:Tomas Berg")
            let response = try await client.execute(uri: "/api/entities/\(berg)/neighbors", method: .get)
            let neighbors = try #require(response.json?["neighbors"] as? [[String: Any]])
            let kowalczyk = try #require(
                neighbors.first {
                    $0["id"] as? String == "PERSON:Marta Kowalczyk" && $0["relation"] as? String == "CO_MENTION"
                })
            let sentences = try #require(kowalczyk["sentences"] as? [[String: Any]])
            #expect(sentences.count == kowalczyk["weight"] as? Int, "one sentence per co-mention, here fewer than 3")
            let sentence = try #require(sentences.first)
            #expect(sentence["text"] as? String == Self.metSentence)
            #expect(sentence["document"] as? String == ServeFixture.ferryID)
            #expect(sentence["title"] as? String == "Ferry talks resume in Halden")
            #expect(sentence["quote"] == nil)

            // The offsets point at the same words in the document's text.
            let document = try await client.execute(uri: "/api/documents/\(ServeFixture.ferryID)", method: .get)
            let text = Array(try #require(document.json?["text"] as? String).unicodeScalars)
            let start = try #require(sentence["start"] as? Int)
            let end = try #require(sentence["end"] as? Int)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == Self.metSentence)

            // Every neighbour of a co-mention names both in each of its sentences.
            for neighbor in neighbors where neighbor["relation"] as? String == "CO_MENTION" {
                let name = try #require(neighbor["name"] as? String)
                for sentence in neighbor["sentences"] as? [[String: Any]] ?? [] {
                    let words = sentence["text"] as? String ?? ""
                    #expect(words.contains("Berg") && words.contains(name), "\(words)")
                }
            }
        }
    }

    /// A quotation edge's places are the speaker's words that name the other.
    @Test func quotationEdgesCarryTheQuotes() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let berg = encoded("PERSON:Tomas Berg")
            let response = try await client.execute(
                uri: "/api/entities/\(berg)/neighbors?relation=QUOTES", method: .get)
            let neighbors = try #require(response.json?["neighbors"] as? [[String: Any]])
            let company = try #require(neighbors.first { $0["id"] as? String == "ORG:Northwind Ferry Company" })
            #expect(company["direction"] as? String == "out")
            let quotes = try #require(company["sentences"] as? [[String: Any]])
            let quote = try #require(quotes.first)
            #expect((quote["text"] as? String)?.contains("Northwind Ferry Company would order a second boat") == true)
            #expect(["direct", "mixed", "indirect"].contains(quote["quote"] as? String ?? ""))

            // Seen from the company, the same quotation comes in.
            let back = try await client.execute(
                uri: "/api/entities/\(encoded("ORG:Northwind Ferry Company"))/neighbors?relation=QUOTES",
                method: .get)
            let speaker = (back.json?["neighbors"] as? [[String: Any]])?.first {
                $0["id"] as? String == "PERSON:Tomas Berg"
            }
            #expect(speaker?["direction"] as? String == "in")
            #expect((speaker?["sentences"] as? [[String: Any]])?.first?["text"] as? String == quote["text"] as? String)
        }
    }

    @Test func sentencesAreAskedFor() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let berg = encoded("PERSON:Tomas Berg")
            let none = try await client.execute(uri: "/api/entities/\(berg)/neighbors?sentences=0", method: .get)
            let neighbors = try #require(none.json?["neighbors"] as? [[String: Any]])
            #expect(!neighbors.isEmpty && neighbors.allSatisfy { $0["sentences"] == nil })
            let one = try await client.execute(uri: "/api/entities/\(berg)/neighbors?sentences=1", method: .get)
            let counts = (one.json?["neighbors"] as? [[String: Any]])?.map { ($0["sentences"] as? [Any])?.count ?? -1 }
            #expect(counts?.isEmpty == false && counts?.allSatisfy { (0...1).contains($0) } == true)
            for bad in ["-1", "two", "1.5"] {
                let response = try await client.execute(
                    uri: "/api/entities/\(berg)/neighbors?sentences=\(bad)", method: .get)
                #expect(response.errorMessage(status: .badRequest) != nil, "\(bad)")
            }
        }
    }

    @Test func theEntityPageShowsWhereTheyMeet() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let page = try await client.execute(uri: "/entities/\(encoded("PERSON:Tomas Berg"))", method: .get)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<th>Where they meet</th>"))
            #expect(
                html.contains(
                    "<p class=\"meet\"><b>Marta Kowalczyk</b> met <b>Tomas Berg</b> in Halden on Tuesday"))
            #expect(html.contains("<span class=\"muted\"><a href=\"/documents/\(ServeFixture.ferryID)\">"))
        }
    }
}
