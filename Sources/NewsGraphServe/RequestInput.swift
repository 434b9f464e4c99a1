import Foundation
import Hummingbird

/// What a request asks, read and checked the same way by every route: decoded query
/// parameters, the `{id}` path segment, paging.
struct RequestInput {
    let parameters: [String: String]

    init(_ request: Request) throws {
        guard let parameters = URLText.queryParameters(request.uri.query) else {
            throw ServeError(.badRequest, "the query string is not valid percent-encoded UTF-8")
        }
        self.parameters = parameters
    }

    subscript(_ name: String) -> String? { parameters[name] }

    /// A non-empty parameter, trimmed.
    func text(_ name: String) -> String? {
        guard let value = parameters[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// `limit` and `offset`: whole numbers, `limit` cut to `maximum`; a bad one is a 400.
    func paging(defaultLimit: Int, maximum: Int = GraphReader.maximumLimit) throws -> (limit: Int, offset: Int) {
        let limit = try number("limit") ?? defaultLimit
        let offset = try number("offset") ?? 0
        return (min(limit, maximum), offset)
    }

    /// A whole-number parameter, `defaultValue` when absent, cut to `maximum`; a bad one is a 400.
    func number(_ name: String, default defaultValue: Int, maximum: Int) throws -> Int {
        min(try number(name) ?? defaultValue, maximum)
    }

    private func number(_ name: String) throws -> Int? {
        guard let value = parameters[name], !value.isEmpty else { return nil }
        // Digits only: no sign, no spaces; a value past Int's range is as bad as a word.
        guard value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let number = Int(value) else {
            throw ServeError(.badRequest, "\(name) must be a whole number ≥ 0")
        }
        return number
    }

    /// The `{id}` path segment, percent-decoded.
    static func pathID(_ context: some RequestContext) throws -> String {
        guard let raw = context.parameters.get("id"), let id = URLText.decode(raw), !id.isEmpty else {
            throw ServeError(.badRequest, "the id is not valid percent-encoded UTF-8")
        }
        return id
    }
}
