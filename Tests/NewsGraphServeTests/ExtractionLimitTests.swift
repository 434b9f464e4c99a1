import Dispatch
import Foundation
import Hummingbird
import HummingbirdTesting
import NewsGraphServe
import Synchronization
import Testing

/// The time limit on `POST /api/extract`, triggered without relying on how fast anything runs:
/// a limit of zero, and work that cannot finish until the test lets it.
@Suite struct ExtractionLimitTests {
    @Test func aZeroLimitNeverStartsTheWork() async throws {
        let started = Atomic(false)
        let limit = ExtractionLimit(limit: .zero)
        await #expect(throws: ExtractionLimit.Failure.self) {
            try await limit.run { started.store(true, ordering: .sequentiallyConsistent) }
        }
        let didStart = started.load(ordering: .sequentiallyConsistent)
        #expect(!didStart)
    }

    /// Work still running when the limit passes: the caller hears at once, the work finishes
    /// unseen. (On a loaded machine the work may not even have started: either way the answer
    /// comes while it cannot have finished.)
    @Test func workPastTheLimitIsAnsweredWithoutIt() async throws {
        let release = DispatchSemaphore(value: 0)
        let finished = Atomic(false)
        let limit = ExtractionLimit(limit: .milliseconds(20))
        do {
            _ = try await limit.run {
                release.wait()
                finished.store(true, ordering: .sequentiallyConsistent)
                return 1
            }
            Issue.record("the blocked work cannot have answered")
        } catch is ExtractionLimit.Failure {
            let didFinish = finished.load(ordering: .sequentiallyConsistent)
            #expect(!didFinish)
        }
        release.signal()
        let quick = ExtractionLimit(limit: .seconds(60))
        #expect(try await quick.run { 42 } == 42)
    }

    @Test func theServiceAnswers503WithAJSONError() async throws {
        try await ServeFixture.withServer(extractTimeout: .zero) { client, _, _ in
            let response = try await client.execute(
                uri: "/api/extract", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"text": "Tomas Berg said so."}"#))
            let message = try #require(response.errorMessage(status: .serviceUnavailable))
            #expect(message.contains("limit of 0 s"))
            for type in ["text/plain", "text/html"] {
                let raw = try await client.execute(
                    uri: "/api/extract", method: .post, headers: [.contentType: type],
                    body: ByteBuffer(string: "<p>Tomas Berg said so.</p>"))
                #expect(raw.errorMessage(status: .serviceUnavailable) != nil, "\(type)")
            }
            // The rest of the server is not held up.
            let entities = try await client.execute(uri: "/api/entities", method: .get)
            #expect(entities.status == .ok)
        }
    }
}
