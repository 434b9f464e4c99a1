/// What an HTML element means for content extraction.
enum HTMLTag: UInt8, Sendable {
    /// Never read: scripts, styles, form controls, embedded media.
    case skipped
    /// Page furniture by its tag (nav, aside, footer, menus, buttons): read as a container
    /// that is furniture wherever it stands, because broken markup can leave the rest of the
    /// page nested inside one, and the article must still be found there.
    case furniture
    case heading
    case paragraph
    case listItem
    case blockQuote
    case preformatted
    case tableCell
    /// A block that only holds other blocks (div, section, article, ul, table, …).
    case container
    /// A line break inside a block.
    case lineBreak
    /// Everything else: text flows through it (a, span, em, …).
    case inline
    case anchor
    case title
    case meta
    case link
    case script
    case html
    case head
    case body
    case time

    var isBlock: Bool {
        switch self {
        case .heading, .paragraph, .listItem, .blockQuote, .preformatted, .tableCell, .container, .furniture, .body,
            .html:
            true
        default: false
        }
    }

    /// Looks a lower-case tag name up without making a `String` for it.
    static func classify(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key: UInt64 = 0
        var length = 0
        while name[length] != 0 {
            if length == 8 { return longNames[String(cString: name)] ?? .inline }
            key = key << 8 | UInt64(name[length] | 0x20)
            length += 1
        }
        return shortNames[key] ?? .inline
    }

    private static func pack(_ name: String) -> UInt64 {
        name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let table: [(String, HTMLTag)] = [
        ("script", .script), ("style", .skipped), ("noscript", .skipped), ("nav", .furniture), ("aside", .furniture),
        ("footer", .furniture), ("button", .furniture), ("select", .skipped), ("option", .skipped),
        ("svg", .skipped), ("iframe", .skipped), ("template", .skipped), ("textarea", .skipped), ("input", .skipped),
        ("object", .skipped), ("embed", .skipped), ("canvas", .skipped), ("video", .skipped), ("audio", .skipped),
        ("menu", .furniture), ("dialog", .furniture), ("figcaption", .skipped), ("label", .furniture),
        ("h1", .heading), ("h2", .heading), ("h3", .heading), ("h4", .heading), ("h5", .heading), ("h6", .heading),
        ("p", .paragraph), ("li", .listItem), ("dt", .listItem), ("dd", .listItem), ("blockquote", .blockQuote),
        ("pre", .preformatted), ("td", .tableCell), ("th", .tableCell), ("caption", .tableCell),
        ("div", .container), ("section", .container), ("article", .container), ("main", .container),
        ("ul", .container), ("ol", .container), ("dl", .container), ("table", .container), ("tbody", .container),
        ("thead", .container), ("tfoot", .container), ("tr", .container), ("figure", .container),
        ("header", .container), ("address", .container), ("center", .container), ("hgroup", .container),
        ("details", .container), ("form", .container), ("summary", .container), ("fieldset", .container),
        ("br", .lineBreak), ("hr", .lineBreak), ("a", .anchor), ("title", .title), ("meta", .meta), ("link", .link),
        ("html", .html), ("head", .head), ("body", .body), ("time", .time),
    ]

    private static let shortNames: [UInt64: HTMLTag] = Dictionary(
        uniqueKeysWithValues: table.filter { $0.0.utf8.count <= 8 }.map { (pack($0.0), $0.1) }
    )
    private static let longNames: [String: HTMLTag] = Dictionary(
        uniqueKeysWithValues: table.filter { $0.0.utf8.count > 8 }.map { ($0.0, $0.1) }
    )
}
