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
}

private func escapeMarkup(_ text: some StringProtocol, apostrophe: String, keepsEveryCharacter: Bool) -> String {
    // Most names and sentences need nothing: hand them back as they are.
    let needsWork = text.utf8.contains { byte in
        byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39
            || (!keepsEveryCharacter && (byte < 0x20 || byte == 0xEF))
    }
    guard needsWork else { return String(text) }
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += apostrophe
        case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
        default:
            if keepsEveryCharacter || (scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF) {
                escaped.unicodeScalars.append(scalar)
            }
        }
    }
    return escaped
}
