import ArgumentParser
import Foundation
import NewsGraphCore
import NewsGraphGraph

/// What the graph keeps: shared by `run` and `graph`.
struct GraphOptionGroup: ParsableArguments {
    @Option(
        name: .customLong("labels"),
        help: "Entity labels that become nodes, comma-separated (default: every name label, e.g. PERSON,ORG,GPE).")
    var labels: String?

    // `.unconditional`: "-3" is a value to refuse with a reason, not an unknown flag.
    @Option(
        name: .customLong("min-weight"), parsing: .unconditional,
        help: "Drop co-mention and quote edges of smaller weight.")
    var minimumWeight = 1

    @Option(
        name: .customLong("min-documents"), parsing: .unconditional,
        help: "Drop entities and edges seen in fewer documents.")
    var minimumDocuments = 1

    @Flag(name: .customLong("with-documents"), help: "Add document nodes and document → entity MENTIONS edges.")
    var includesDocuments = false

    @Flag(
        name: .customLong("nationality-nodes"),
        help: "Keep nationality words (NORP such as 'Israeli') as nodes instead of joining them to their country.")
    var keepsNationalities = false

    @Flag(
        name: .customLong("no-search-index"),
        help: "Leave the full-text index out of newsgraph.sqlite ('serve' then builds it on its first start).")
    var skipsSearchIndex = false

    func validate() throws {
        _ = try parsedLabels()
        if minimumWeight < 1 { throw ValidationError("--min-weight must be at least 1") }
        if minimumDocuments < 1 { throw ValidationError("--min-documents must be at least 1") }
    }

    func parsedLabels() throws -> Set<EntityLabel>? {
        guard let labels else { return nil }
        var parsed = Set<EntityLabel>()
        for name in labels.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces).uppercased()
            guard let label = EntityLabel(rawValue: trimmed) else {
                let known = EntityLabel.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--labels: unknown label '\(trimmed)' (known: \(known))")
            }
            parsed.insert(label)
        }
        return parsed
    }

    var options: GraphOptions {
        GraphOptions(
            labels: (try? parsedLabels()) ?? nil, minimumWeight: minimumWeight, minimumDocuments: minimumDocuments,
            includesDocuments: includesDocuments, keepsNationalities: keepsNationalities)
    }
}
