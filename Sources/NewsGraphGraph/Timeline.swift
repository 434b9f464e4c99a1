import NewsGraphCore

/// Mentions and documents per entity and calendar day, for "who rose this week": fed the same
/// document summaries as ``GraphBuilder`` (copies left out the same way) and resolved to graph
/// nodes at the end with the builder's ``GraphBuilder/mergedKeys()``.
///
/// Like the builder it keeps only aggregates, one cell per key and day a document named it; a
/// document without a publication date counts in ``undatedDocuments`` only.
package struct Timeline: Sendable {
    /// One row of `timeline.csv` and the `timeline` table.
    package struct Row: Sendable, Equatable {
        package var entity: String
        /// `YYYY-MM-DD`.
        package var day: String
        package var mentions: Int
        package var documents: Int
    }

    private var keyIDs: [String: Int32] = [:]
    private var keys: [String] = []
    private var dayIDs: [String: Int32] = [:]
    private var days: [String] = []
    /// By `key number << 32 | day number`.
    private var cells: [UInt64: (mentions: Int, documents: Int)] = [:]
    package private(set) var datedDocuments = 0
    package private(set) var undatedDocuments = 0

    package init() {}

    package mutating func add(_ summary: DocumentSummary) {
        guard let day = summary.published else {
            undatedDocuments += 1
            return
        }
        datedDocuments += 1
        let dayID = Self.number(of: day, in: &dayIDs, &days)
        for entity in summary.entities {
            let keyID = Self.number(of: entity.key, in: &keyIDs, &keys)
            let cell = UInt64(UInt32(keyID)) << 32 | UInt64(UInt32(dayID))
            cells[cell, default: (0, 0)].mentions += entity.mentions
            cells[cell]!.documents += 1
        }
    }

    /// The first and last day any document was published, when one had a date.
    package var span: (first: String, last: String)? {
        guard let first = days.min(), let last = days.max() else { return nil }
        return (first, last)
    }

    /// Rows by graph node (keys merged into one node summed), for the nodes in `nodes` only,
    /// sorted by entity, then day.
    package func rows(mergedKeys: [String: String], nodes: Set<String>) -> [Row] {
        var merged: [String: [String: (mentions: Int, documents: Int)]] = [:]
        for (cell, counts) in cells {
            let key = keys[Int(cell >> 32)]
            let entity = mergedKeys[key] ?? key
            guard nodes.contains(entity) else { continue }
            let day = days[Int(cell & 0xFFFF_FFFF)]
            merged[entity, default: [:]][day, default: (0, 0)].mentions += counts.mentions
            merged[entity]![day]!.documents += counts.documents
        }
        return merged.flatMap { entity, byDay in
            byDay.map { Row(entity: entity, day: $0.key, mentions: $0.value.mentions, documents: $0.value.documents) }
        }.sorted { ($0.entity, $0.day) < ($1.entity, $1.day) }
    }

    private static func number(of name: String, in numbers: inout [String: Int32], _ names: inout [String]) -> Int32 {
        if let number = numbers[name] { return number }
        let number = Int32(names.count)
        numbers[name] = number
        names.append(name)
        return number
    }

    /// `timeline.csv`: `entity,day,mentions,documents`, fields quoted where they need it.
    package static func csv(_ rows: [Row]) -> String {
        var lines = ["entity,day,mentions,documents"]
        lines.reserveCapacity(rows.count + 1)
        for row in rows { lines.append("\(quoted(row.entity)),\(row.day),\(row.mentions),\(row.documents)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
