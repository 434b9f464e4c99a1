import Hummingbird
import Logging

/// Turns every error into its response (JSON or HTML, see ``ServeError``), so the log line
/// and the client see the same status; errors of ours carry their message, the framework's
/// (no route, too large a body) get one, anything else is a 500 whose cause is logged only.
struct ErrorResponseMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    )
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as ServeError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPResponseError {
            let message: String
            switch error.status {
            case .notFound: message = "no such page or resource: \(request.uri.path)"
            case .methodNotAllowed: message = "\(request.method.rawValue) is not allowed here"
            case .contentTooLarge: message = "the body is too large"
            default: message = error.status.reasonPhrase
            }
            return try ServeError(error.status, message).response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return try ServeError(.internalServerError, "the server could not answer this request")
                .response(from: request, context: context)
        }
    }
}

/// One log line per request: method, path, status, milliseconds.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    )
        async throws -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds =
            Double(elapsed.components.attoseconds / 1_000_000_000_000) / 1000
            + Double(elapsed.components.seconds) * 1000
        context.logger.info(
            "\(request.method.rawValue) \(request.uri.string) \(response.status.code) \(milliseconds) ms")
        return response
    }
}
