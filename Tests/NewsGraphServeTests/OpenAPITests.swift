import Foundation
import Hummingbird
import HummingbirdTesting
import NewsGraphServe
import Testing

/// Every route `/openapi.json` lists answers as it says: the documented success with a body
/// that has the schema's required fields and types, and each documented error status.
@Suite struct OpenAPITests {
    @Test func everyDocumentedRouteAnswersAsDocumented() async throws {
        // 503 (the extraction's time limit) is asked of a server whose limit is zero.
        try await ServeFixture.withServer { client, _, _ in
            try await Self.check(client) { $0 != "503" }
        }
        try await ServeFixture.withServer(extractTimeout: .zero) { client, _, _ in
            try await Self.check(client) { $0 == "503" }
        }
    }

    /// Asks every documented path and status `answers` accepts, and checks each answer.
    static func check(_ client: any TestClientProtocol, answers: (String) -> Bool) async throws {
        let response = try await client.execute(uri: "/openapi.json", method: .get)
        let spec = try #require(response.json)
        #expect((spec["openapi"] as? String)?.hasPrefix("3.1") == true)
        let paths = try #require(spec["paths"] as? [String: [String: Any]])
        #expect(paths.count == 8)
        let validator = SchemaValidator(spec: spec)
        for (path, operations) in paths {
            for (method, value) in operations {
                let operation = try #require(value as? [String: Any])
                let responses = try #require(operation["responses"] as? [String: Any])
                for (status, documented) in responses where answers(status) {
                    guard let request = Self.request(path: path, method: method, status: status) else {
                        Issue.record("no request made for \(method) \(path) \(status)")
                        continue
                    }
                    let answer = try await client.execute(
                        uri: request.uri, method: request.method, headers: request.headers, body: request.body)
                    #expect(answer.status.code == Int(status), "\(method) \(request.uri)")
                    let schema = validator.schema(ofResponse: documented)
                    if let schema {
                        let body = try? JSONSerialization.jsonObject(with: Data(answer.text.utf8))
                        let problems = validator.problems(
                            body as Any, against: schema, at: "\(method) \(path) \(status)")
                        #expect(problems.isEmpty, "\(problems)")
                    }
                }
            }
        }
    }

    /// A request meant to get `status` from the route.
    static func request(
        path: String, method: String, status: String
    ) -> (
        uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?
    )? {
        let entity = encoded("PERSON:Tomas Berg")
        let known =
            path.hasPrefix("/api/documents")
            ? path.replacingOccurrences(of: "{id}", with: ServeFixture.ferryID)
            : path.replacingOccurrences(of: "{id}", with: entity)
        switch (method, status) {
        case ("get", "200"):
            return (path == "/api/search" ? known + "?q=ferry" : known, .get, [:], nil)
        case ("get", "404"):
            return (path.replacingOccurrences(of: "{id}", with: "PERSON%3ANobody"), .get, [:], nil)
        case ("get", "400"):
            return (path == "/api/search" ? known : known + "?limit=-3", .get, [:], nil)
        case ("post", "200"), ("post", "503"):
            return (
                known, .post, [.contentType: "application/json"],
                ByteBuffer(string: #"{"text": "Tomas Berg said so."}"#)
            )
        case ("post", "400"):
            return (known, .post, [.contentType: "application/json"], ByteBuffer(string: "{\"text\""))
        case ("post", "413"):
            return (
                known, .post, [.contentType: "text/plain"], ByteBuffer(string: String(repeating: "a", count: 70_000))
            )
        case ("post", "422"):
            return (known, .post, [.contentType: "application/json"], ByteBuffer(string: #"{"text": "   "}"#))
        default:
            return nil
        }
    }
}

/// The part of JSON Schema the document uses: `$ref`, `type` (one or a list), `required`,
/// `properties`, `items`, `enum`.
struct SchemaValidator {
    let spec: [String: Any]

    func resolve(_ node: [String: Any]) -> [String: Any] {
        guard let reference = node["$ref"] as? String, reference.hasPrefix("#/") else { return node }
        var current: Any = spec
        for part in reference.dropFirst(2).split(separator: "/") {
            current = (current as? [String: Any])?[String(part)] as Any
        }
        return resolve(current as? [String: Any] ?? [:])
    }

    func schema(ofResponse response: Any) -> [String: Any]? {
        guard let response = response as? [String: Any] else { return nil }
        let resolved = resolve(response)
        let content = resolved["content"] as? [String: Any]
        let json = content?["application/json"] as? [String: Any]
        return (json?["schema"] as? [String: Any]).map(resolve)
    }

    func problems(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        let schema = resolve(schema)
        var problems: [String] = []
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }),
            !types.contains(where: { Self.matches(value, type: $0) })
        {
            return ["\(path): \(value) is not \(types)"]
        }
        if let allowed = schema["enum"] as? [String], let string = value as? String, !allowed.contains(string) {
            problems.append("\(path): \(string) is not one of \(allowed)")
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                problems.append("\(path): no \(name)")
            }
            for (name, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let field = object[name] {
                    problems += self.problems(field, against: property, at: path + "." + name)
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                problems += self.problems(item, against: items, at: "\(path)[\(index)]")
            }
        }
        return problems
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "integer": (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber
        case "boolean": value is Bool
        case "null": value is NSNull
        default: false
        }
    }
}
