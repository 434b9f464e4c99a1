import Foundation
import Hummingbird
import HummingbirdTesting
import NewsGraphCore
import NewsGraphPipeline
import NewsGraphServe
import Testing

/// `POST /api/extract`: text or HTML, as JSON or raw; bad bodies refused with JSON errors.
@Suite struct ExtractAPITests {
    static let article = """
        Bridge reopens

        Anna Lindqvist, the engineer in charge, said on Monday that the bridge was safe. \
        "It will stand for a century," Lindqvist said.
        """

    @Test func textGivesTheRecordExtractPrints() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let expected = try ArticleExtractor().extract(text: Self.article, id: "bridge").get().jsonLine()
            let body = try JSONSerialization.data(withJSONObject: ["text": Self.article, "id": "bridge"])
            let json = try await client.execute(
                uri: "/api/extract", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: body))
            #expect(json.status == .ok && json.isJSON)
            #expect(Array(json.body.readableBytesView) == expected)
            let raw = try await client.execute(
                uri: "/api/extract?id=bridge", method: .post, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ByteBuffer(string: Self.article))
            #expect(Array(raw.body.readableBytesView) == expected)
            let record = try DocumentRecord.decode(jsonLine: Array(raw.body.readableBytesView))
            #expect(record.entities.contains { $0.entity == "PERSON:Anna Lindqvist" })
            #expect(record.quotes.contains { $0.speakerEntity == "PERSON:Anna Lindqvist" })
        }
    }

    @Test func htmlAsJSONOrRawBody() async throws {
        try await ServeFixture.withServer { client, _, _ in
            let page = ServeFixture.ferryPage
            let raw = try await client.execute(
                uri: "/api/extract", method: .post, headers: [.contentType: "text/html"], body: ByteBuffer(string: page)
            )
            #expect(raw.status == .ok)
            let record = try DocumentRecord.decode(jsonLine: Array(raw.body.readableBytesView))
            #expect(record.title == "Ferry talks resume in Halden")
            #expect(record.metadata.published?.hasPrefix("2024-03-05") == true)
            let body = try JSONSerialization.data(withJSONObject: ["html": page, "url": "https://example.org/ferry"])
            // No content type at all: a body that is a JSON object is read as one.
            let json = try await client.execute(uri: "/api/extract", method: .post, body: ByteBuffer(bytes: body))
            let fromJSON = try DocumentRecord.decode(jsonLine: Array(json.body.readableBytesView))
            #expect(fromJSON.text == record.text && fromJSON.metadata.url == "https://example.org/ferry")
        }
    }

    @Test func badBodiesAreRefusedWithJSONErrors() async throws {
        try await ServeFixture.withServer(maximumBodyBytes: 4096) { client, _, _ in
            let json: HTTPFields = [.contentType: "application/json"]
            for body in [
                "{\"text\": ", "[1, 2]", "{\"text\": 5}", "{}", "{\"text\": \"a\", \"html\": \"b\"}", "not json",
            ] {
                let response = try await client.execute(
                    uri: "/api/extract", method: .post, headers: json, body: ByteBuffer(string: body))
                #expect(response.errorMessage(status: .badRequest) != nil, "\(body)")
            }
            let large = String(repeating: "Words of a long article. ", count: 400)
            let tooLarge = try await client.execute(
                uri: "/api/extract", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: large))
            #expect(tooLarge.errorMessage(status: .contentTooLarge) != nil)
            let notUTF8 = try await client.execute(
                uri: "/api/extract", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(bytes: [0x41, 0xFF, 0xFE, 0x42]))
            #expect(notUTF8.errorMessage(status: .badRequest) != nil)
            let empty = try await client.execute(
                uri: "/api/extract", method: .post, headers: json, body: ByteBuffer(string: "{\"text\": \"\"}"))
            #expect(empty.errorMessage(status: .unprocessableContent) != nil)
            let get = try await client.execute(uri: "/api/extract", method: .get)
            #expect(get.status.code >= 400 && get.isJSON)
        }
    }
}
