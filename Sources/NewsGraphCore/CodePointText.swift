/// A document's text cut by code-point offsets, the unit of every offset in a record.
///
/// The scalars are read once, so cutting every mention of a long document stays linear; going
/// through `String` indices (or a database view) for each span reads the text again each time.
package struct CodePointText: Sendable {
    package let scalars: [Unicode.Scalar]

    package init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    package var count: Int { scalars.count }

    /// The text from `start` up to `end`, or "" when the offsets are not in order inside the text
    /// (a database may hold anything).
    package func slice(_ start: Int, _ end: Int) -> String {
        guard 0 <= start, start <= end, end <= scalars.count else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
