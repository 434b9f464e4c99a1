import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphPipeline

/// Options every pipeline command shares.
struct CommonOptions: ParsableArguments {
    @Argument(
        help: "Files, folders (walked recursively), .jsonl record files, '-' for JSONL on stdin, or http(s) URLs.")
    var inputs: [String]

    @Option(name: .customLong("jobs"), help: "Documents processed at once (default: the number of cores).")
    var jobs: Int?

    @Option(name: .customLong("gazetteer"), help: "Extra gazetteer file (TSV or JSONL); may be repeated.")
    var gazetteerFiles: [String] = []

    @Flag(name: .customLong("quiet"), help: "Do not print per-document errors on standard error.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func options(onlyParse: Bool = false) -> RunOptions {
        RunOptions(inputs: inputs, jobs: jobs, gazetteerFiles: gazetteerFiles, onlyParse: onlyParse)
    }

    /// Prints one line per failed document on standard error.
    func failurePrinter() -> (DocumentFailure) -> Void {
        { failure in
            guard !quiet else { return }
            let line = "newsgraph: \(failure.id): \(failure.kind.rawValue): \(failure.message)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}

/// Runs a job, turning input problems into usage errors and failed documents into exit code 1.
func perform(_ job: () async throws -> RunReport) async throws {
    let report: RunReport
    do {
        report = try await job()
    } catch {
        throw UsageError(description: "newsgraph: \(error)")
    }
    if report.exitCode != 0 { throw ExitCode(report.exitCode) }
}
