import ArgumentParser
import Foundation

/// The `newsgraph` tool: news articles in, entity graphs out.
@main
struct NewsGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into entity graphs: people, organisations, places, and who said what.",
        subcommands: [RunCommand.self, ExtractCommand.self, GraphCommand.self, ServeCommand.self, BenchCommand.self]
    )

    /// Exit codes: 0 all documents processed, 1 some failed, 2 usage errors, 3 the outputs
    /// could not be written (a full disk, an unwritable folder, a database failure).
    static func main() async {
        Allocator.configure()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure || error is UsageError {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            if let failure = error as? OutputFailure {
                FileHandle.standardError.write(Data((failure.description + "\n").utf8))
                Foundation.exit(3)
            }
            exit(withError: error)
        }
    }
}

/// A problem with the arguments themselves (a missing input, an unreadable gazetteer): exit 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

/// A run that could not write what it was asked to (a full disk, an unwritable `--out`): exit 3.
struct OutputFailure: Error, CustomStringConvertible {
    var description: String
}
