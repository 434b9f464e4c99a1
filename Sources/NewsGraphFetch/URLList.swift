/// The lines of a URL list file (`--urls`, `*.urls`): one address a line, blank lines and lines
/// starting with `#` naming nothing. The address is fetched as written; whether it is one is the
/// fetch's answer, a failure for that line.
package enum URLList {
    /// The address on one line (without its line break), white space trimmed; nil for a blank
    /// or comment line.
    package static func address(inLine line: [UInt8]) -> String? {
        var text = Substring(String(decoding: line, as: UTF8.self))
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        return String(text)
    }
}
