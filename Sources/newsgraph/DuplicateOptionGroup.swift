import ArgumentParser
import NewsGraphPipeline

/// Near-duplicate options shared by `run` and `graph`.
struct DuplicateOptionGroup: ParsableArguments {
    @Flag(help: "Count near-duplicate documents in the graph too (they are marked either way).")
    var keepDuplicates = false

    @Option(
        name: .customLong("duplicate-threshold"),
        help: "Estimated Jaccard similarity of five-word shingles from which a document copies an earlier one.")
    var duplicateThreshold = 0.8

    @Flag(help: "Do not look for near-duplicates: no record is marked and the graph counts every document.")
    var noDuplicateDetection = false

    func validate() throws {
        if !(duplicateThreshold > 0 && duplicateThreshold <= 1) {
            throw ValidationError("--duplicate-threshold must be in (0, 1]")
        }
    }

    var options: DuplicateOptions {
        var options = DuplicateOptions()
        options.detects = !noDuplicateDetection
        options.keepsInGraph = keepDuplicates
        options.threshold = duplicateThreshold
        return options
    }
}
