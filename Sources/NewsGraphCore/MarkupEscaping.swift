/// Escaping for text placed in HTML, shared by the report and the server, which both build
/// their pages from strings.
package enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities: safe in content and in quoted attributes.
    package static func escape(_ text: some StringProtocol) -> String {
        escapeMarkup(text, apostrophe: "&#39;", keepsEveryCharacter: true)
    }
}

/// Escaping for the XML graph formats (GraphML, GEXF).
package enum XML {
    /// Escapes text and attribute values, and drops the characters XML 1.0 forbids, which a
    /// page's text may hold and which would make the whole file unreadable.
    package static func escape(_ text: some StringProtocol) -> String {
        escapeMarkup(text, apostrophe: "&apos;", keepsEveryCharacter: false)
    }

    /// ``escape(_:)`` appended to a file's bytes: the graph files write every name and alias
    /// through it, so no string is made per value.
    package static func append(escaping text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendMarkup($0, apostrophe: "&apos;", keepsEveryCharacter: false, to: &output) }
    }
}

private func escapeMarkup(_ text: some StringProtocol, apostrophe: StaticString, keepsEveryCharacter: Bool) -> String {
    // Most names and sentences need nothing: hand them back as they are.
    let needsWork = text.utf8.contains { flagged($0, keepsEveryCharacter: keepsEveryCharacter) }
    guard needsWork else { return String(text) }
    var escaped: [UInt8] = []
    escaped.reserveCapacity(text.utf8.count + 16)
    var string = String(text)
    string.withUTF8 { appendMarkup($0, apostrophe: apostrophe, keepsEveryCharacter: keepsEveryCharacter, to: &escaped) }
    return String(decoding: escaped, as: UTF8.self)
}

/// The bytes that may need work: the five markup characters, and for XML the C0 controls and
/// the lead byte of U+F000–U+FFFF (U+FFFE and U+FFFF are not XML characters).
@inline(__always)
private func flagged(_ byte: UInt8, keepsEveryCharacter: Bool) -> Bool {
    byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39
        || (!keepsEveryCharacter && (byte < 0x20 || byte == 0xEF))
}

/// Copies `text` (valid UTF-8) with the markup characters as entities; without
/// `keepsEveryCharacter`, drops the C0 controls but tab and line breaks, and U+FFFE and U+FFFF.
/// Plain runs between flagged bytes are copied whole.
private func appendMarkup(
    _ text: UnsafeBufferPointer<UInt8>, apostrophe: StaticString, keepsEveryCharacter: Bool, to output: inout [UInt8]
) {
    var start = 0
    var index = 0
    let count = text.count
    func flush(_ end: Int) {
        if end > start { output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end])) }
    }
    func entity(_ literal: StaticString) {
        output.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
    while index < count {
        let byte = text[index]
        guard flagged(byte, keepsEveryCharacter: keepsEveryCharacter) else {
            index += 1
            continue
        }
        var skip = 1
        switch byte {
        case 38:
            flush(index)
            entity("&amp;")
        case 60:
            flush(index)
            entity("&lt;")
        case 62:
            flush(index)
            entity("&gt;")
        case 34:
            flush(index)
            entity("&quot;")
        case 39:
            flush(index)
            entity(apostrophe)
        case 0xEF:
            // A three-byte scalar: only EF BF BE and EF BF BF are dropped.
            guard index + 2 < count, text[index + 1] == 0xBF, text[index + 2] >= 0xBE else {
                index += 1
                continue
            }
            flush(index)
            skip = 3
        default:
            // A C0 control: tab, line feed and carriage return stay.
            guard byte != 9, byte != 10, byte != 13 else {
                index += 1
                continue
            }
            flush(index)
        }
        index += skip
        start = index
    }
    flush(count)
}
