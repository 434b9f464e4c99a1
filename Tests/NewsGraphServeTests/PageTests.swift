import Foundation
import Hummingbird
import HummingbirdTesting
import NewsGraphServe
import Testing

/// The HTML pages: what they show, and that nothing from the data or the request is markup.
@Suite struct PageTests {
    @Test func homeSearchEntityAndDocumentPagesLinkUp() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok && home.isHTML)
            #expect(home.text.contains("<form action=\"/search\""))
            #expect(home.text.contains("href=\"/entities/PERSON%3ATomas%20Berg\""))
            let persons = try await client.execute(uri: "/?label=PERSON", method: .get)
            #expect(persons.text.contains("Tomas Berg") && !persons.text.contains("/entities/ORG%3A"))

            // A form sends spaces as '+'.
            let search = try await client.execute(uri: "/search?q=Tomas+Berg", method: .get)
            #expect(search.status == .ok && search.text.contains("href=\"/entities/PERSON%3ATomas%20Berg\""))
            #expect(search.text.contains("href=\"/documents/\(ServeFixture.ferryID)\""))
            let words = try await client.execute(uri: "/search?q=lifeline", method: .get)
            #expect(words.text.contains("<b>lifeline</b>"), "the matched word is marked in the snippet")

            let entity = try await client.execute(uri: "/entities/\(encoded("PERSON:Tomas Berg"))", method: .get)
            #expect(entity.status == .ok)
            let page = entity.text
            #expect(page.contains("<h1>Tomas Berg"))
            #expect(page.contains("href=\"/entities/PERSON%3AMarta%20Kowalczyk\""), "a neighbour links to its page")
            #expect(page.contains("<svg") && page.contains("lifeline"), "the drawing and the quotes")
            #expect(page.contains("href=\"/documents/\(ServeFixture.ferryID)\""))

            let again = try await client.execute(uri: "/entities/\(encoded("PERSON:Tomas Berg"))", method: .get)
            #expect(again.text == page && again.isHTML, "a cached page is the page")

            let document = try await client.execute(uri: "/documents/\(ServeFixture.ferryID)", method: .get)
            #expect(document.status == .ok)
            #expect(document.text.contains("<mark class=\"ent e-PERSON\"><a href=\"/entities/PERSON%3ATomas%20Berg\">"))
            #expect(document.text.contains("<span class=\"quote direct\""))
        }
    }

    /// An article containing `<script>` shows it as text; so do queries and ids with markup.
    @Test func markupIsShownNeverRun() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let document = try await client.execute(uri: "/documents/\(ServeFixture.hostileID)", method: .get)
            #expect(document.status == .ok)
            #expect(document.text.contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;"))
            #expect(!document.text.contains("<script"))
            #expect(document.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)

            let hostile = "<script>alert(1)</script>\"'><img src=x>"
            let search = try await client.execute(uri: "/search?q=\(encoded(hostile))", method: .get)
            #expect(search.status == .ok && !search.text.contains("<script") && !search.text.contains("<img"))
            #expect(search.text.contains("&lt;script&gt;"))
            let missing = try await client.execute(uri: "/entities/\(encoded(hostile))", method: .get)
            #expect(missing.status == .notFound && missing.isHTML)
            #expect(!missing.text.contains("<script") && !missing.text.contains("<img"))
            let noDocument = try await client.execute(uri: "/documents/nothing", method: .get)
            #expect(noDocument.status == .notFound && noDocument.isHTML)
            let noPage = try await client.execute(uri: "/no/such/page", method: .get)
            #expect(noPage.status == .notFound && noPage.isHTML)
        }
    }
}
