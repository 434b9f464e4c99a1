/// One colour per label, shared by the GEXF, DOT and HTML writers so a PERSON looks the same
/// in Gephi, Graphviz and the report. The colours are displaCy's, which many readers know.
package enum LabelPalette {
    /// `#rrggbb` for a label's raw value; grey for documents and anything unknown.
    package static func color(for label: String) -> String {
        switch label {
        case "PERSON": "#aa9cfc"
        case "ORG": "#7aecec"
        case "GPE": "#feca74"
        case "LOC": "#ff9561"
        case "NORP": "#c887fb"
        case "FAC": "#9cc9cc"
        case "PRODUCT": "#bfeeb7"
        case "EVENT": "#ffeb80"
        case "WORK_OF_ART": "#f0d0ff"
        case "LAW", "LANGUAGE": "#ff8197"
        case "DATE", "TIME": "#bfe1d9"
        case "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL": "#e4e7d2"
        default: "#dddddd"
        }
    }

    /// The colour as red, green and blue components (GEXF's `viz:color`).
    static func components(for label: String) -> (red: Int, green: Int, blue: Int) {
        let hex = Array(color(for: label).utf8.dropFirst())
        func byte(_ offset: Int) -> Int {
            Int(String(decoding: hex[offset..<offset + 2], as: UTF8.self), radix: 16) ?? 0
        }
        return (byte(0), byte(2), byte(4))
    }
}
