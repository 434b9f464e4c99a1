import Foundation
import NewsGraphCore

/// Reads gazetteer entries: the built-in data and users' own files (`--gazetteer FILE`).
///
/// File formats (one entry a line; `#` starts a comment line):
/// - TSV: `name<TAB>label[<TAB>canonical[<TAB>alias, alias, …]]`
/// - JSONL: `{"name": …, "label": …, "canonical": …, "aliases": [...]}`
/// Labels are OntoNotes names (PERSON, ORG, GPE, …) or the rule words GIVEN, TITLE,
/// ORGSUFFIX, ORGPREFIX.
package enum GazetteerLoader {
    package struct FormatError: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    /// The gazetteer shipped with NewsGraph, parsed once per process.
    package static let builtin: Gazetteer = Gazetteer(entries: builtinEntries)

    /// Canonical names of the built-in GPEs that are countries, for rules that tell a national
    /// side from a city's club.
    package static let countries: Set<String> = Set(
        BuiltinGazetteerData.countries.split(separator: "\n").map(String.init))

    /// The built-in entries. The data is compiled in, so a line that does not parse is a bug in
    /// the generator, not an input problem: stop with the reason rather than run without a
    /// gazetteer, which would quietly lose most entities.
    static let builtinEntries: [GazetteerEntry] = builtinEntries(parsing: BuiltinGazetteerData.entries)

    static func builtinEntries(parsing text: String) -> [GazetteerEntry] {
        let parsed: [GazetteerEntry]
        do {
            parsed = try entries(fromTSV: text, origin: "built-in gazetteer")
        } catch {
            preconditionFailure("\(error); regenerate it with Scripts/gazetteer/generate.py")
        }
        precondition(
            !parsed.isEmpty, "the built-in gazetteer is empty; regenerate it with Scripts/gazetteer/generate.py")
        return parsed
    }

    /// The built-in gazetteer with the entries of `files` added; a user's entry replaces every
    /// built-in entry with the same surface form.
    package static func gazetteer(addingFiles files: [String]) throws -> Gazetteer {
        guard !files.isEmpty else { return builtin }
        var userEntries: [GazetteerEntry] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                let reason =
                    FileManager.default.fileExists(atPath: file) ? error.localizedDescription : "no such file"
                throw FormatError(description: "cannot read gazetteer \(file): \(reason)")
            }
            userEntries +=
                file.lowercased().hasSuffix(".jsonl")
                ? try entries(fromJSONL: text, origin: file) : try entries(fromTSV: text, origin: file)
        }
        let replaced = Set(userEntries.map(\.surface))
        return Gazetteer(entries: userEntries + builtinEntries.filter { !replaced.contains($0.surface) })
    }

    static func entries(fromTSV text: String, origin: String) throws -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var text = text
        // A `\r\n` is one character, not a line break, to the reading by characters below.
        if text.utf8.contains(0x0D) {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                entries += try lineEntries(line, number: number, origin: origin)
            }
            return entries
        }
        // Lines of ASCII on the bytes (a byte is a character there), the others by characters:
        // splitting the built-in data into characters was half the start-up of every command.
        try text.withUTF8 { bytes in
            var start = 0
            var number = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if line.contains(where: { $0 >= 0x80 }) {
                    entries += try lineEntries(
                        Substring(String(decoding: line, as: UTF8.self)), number: number, origin: origin)
                } else {
                    entries += try asciiLineEntries(line, number: number, origin: origin)
                }
                start = end + 1
                number += 1
            }
        }
        return entries
    }

    /// The entries of line `number` (0-based) of a TSV file, read by characters.
    private static func lineEntries(_ line: Substring, number: Int, origin: String) throws -> [GazetteerEntry] {
        let trimmed = trimmingSpaces(line)
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return [] }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            String(trimmingSpaces($0))
        }
        guard fields.count >= 2, !fields[0].isEmpty else {
            throw FormatError(
                description: "\(origin):\(number + 1): expected name<TAB>label[<TAB>canonical[<TAB>aliases]]")
        }
        let aliases =
            fields.count > 3 ? fields[3].split(separator: ",").map { String(trimmingSpaces($0)) } : []
        return try makeEntries(
            name: fields[0], label: fields[1], canonical: fields.count > 2 ? fields[2] : nil, aliases: aliases,
            where: "\(origin):\(number + 1)"
        )
    }

    /// ``lineEntries(_:number:origin:)`` for a line of ASCII bytes.
    private static func asciiLineEntries(
        _ line: UnsafeBufferPointer<UInt8>, number: Int, origin: String
    ) throws -> [GazetteerEntry] {
        let trimmed = trimmingSpaces(line)
        if trimmed.isEmpty || trimmed[0] == UInt8(ascii: "#") { return [] }
        let fields = parts(of: line, separator: 0x09, omittingEmpty: false).map {
            String(decoding: trimmingSpaces($0), as: UTF8.self)
        }
        guard fields.count >= 2, !fields[0].isEmpty else {
            throw FormatError(
                description: "\(origin):\(number + 1): expected name<TAB>label[<TAB>canonical[<TAB>aliases]]")
        }
        var aliases: [String] = []
        if fields.count > 3 {
            var aliasField = fields[3]
            aliases = aliasField.withUTF8 { bytes in
                parts(of: bytes, separator: UInt8(ascii: ","), omittingEmpty: true).map {
                    String(decoding: trimmingSpaces($0), as: UTF8.self)
                }
            }
        }
        return try makeEntries(
            name: fields[0], label: fields[1], canonical: fields.count > 2 ? fields[2] : nil, aliases: aliases,
            where: "\(origin):\(number + 1)"
        )
    }

    /// `bytes` split at each `separator`, as `split(separator:omittingEmptySubsequences:)` does.
    private static func parts(
        of bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, omittingEmpty: Bool
    ) -> [UnsafeBufferPointer<UInt8>] {
        var parts: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
            if !omittingEmpty || index > start { parts.append(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            start = index + 1
        }
        return parts
    }

    private static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else {
            return UnsafeBufferPointer(rebasing: bytes[0..<0])
        }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        return UnsafeBufferPointer(rebasing: bytes[first...last])
    }

    static func entries(fromJSONL text: String, origin: String) throws -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = trimmingSpaces(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let place = "\(origin):\(number + 1)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any],
                let name = object["name"] as? String, let label = object["label"] as? String
            else {
                throw FormatError(description: "\(place): expected {\"name\": …, \"label\": …}")
            }
            entries += try makeEntries(
                name: name, label: label, canonical: object["canonical"] as? String,
                aliases: object["aliases"] as? [String] ?? [], where: place
            )
        }
        return entries
    }

    private static func makeEntries(
        name: String, label: String, canonical: String?, aliases: [String], where place: @autoclosure () -> String
    ) throws -> [GazetteerEntry] {
        guard let category = GazetteerCategory(label: label) else {
            throw FormatError(description: "\(place()): unknown label \(label)")
        }
        let canonical = canonical.flatMap { $0.isEmpty ? nil : $0 } ?? name
        return ([name] + aliases).filter { !$0.isEmpty }.map {
            GazetteerEntry(surface: $0, category: category, canonical: canonical)
        }
    }

    /// `line` without leading and trailing spaces, tabs and carriage returns; on the bytes,
    /// because Foundation's trimming dominated loading the 18,000 built-in lines.
    private static func trimmingSpaces(_ line: Substring) -> Substring {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return line[line.endIndex...] }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        return line[first...last]
    }
}
