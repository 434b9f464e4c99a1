import CLibXML2

/// What the walk reads from bylines, microdata and `<time>` for the metadata: short texts copied
/// out of the tree, never whole author boxes.
extension TreeWalker {
    /// Bylines (`rel=author`, `itemprop=author`, class "byline"/"author") and microdata dates.
    mutating func readMicrodata(_ node: xmlNodePtr, _ attributes: ElementAttributes, tag: HTMLTag) {
        // `datePublished`, and spellings such as `published-date` (not `publisher`).
        let published =
            attributes.value(.itemprop, contains: "publish") && !attributes.value(.itemprop, contains: "publisher")
        if published || attributes.value(.itemprop, equals: "datemodified") {
            let key = published ? "datepublished" : "datemodified"
            if let value = attributes.string(.datetime) ?? attributes.string(.content) {
                page.metaTags.append((key, value))
            }
        }
        let isByline =
            attributes.value(.itemprop, contains: "author") || attributes.value(.rel, equals: "author")
            || attributes.value(.class, contains: "byline") || attributes.value(.class, contains: "author")
            // A link to an author's page (`/author/jane-doe/`) names the author.
            || (tag == .anchor && attributes.value(.href, contains: "/author"))
        // A commenter's name (`comment-author`) is not the article's byline.
        guard isByline, !attributes.value(.class, contains: "comment"), page.bylines.count < 16,
            let text = textContent(node, limit: 300)
        else { return }
        let collapsed = collapse(text)
        if !collapsed.isEmpty { page.bylines.append(collapsed) }
        if tag == .anchor, page.authorSlugs.count < 8, let href = attributes.string(.href),
            let slug = Self.authorSlug(href)
        {
            page.authorSlugs.append(slug)
        }
    }

    /// The last part of an author page's address (`/author/jane-doe/` → `jane-doe`), which
    /// publishing tools make from the author's name.
    static func authorSlug(_ href: String) -> String? {
        let parts = href.split(separator: "?").first?.split(separator: "/") ?? []
        guard let last = parts.last, parts.count >= 2, parts[parts.count - 2].hasPrefix("author") else { return nil }
        return String(last)
    }

    /// A heading's text with a space for each line break (`WEEKLY<br>NOTES` is two words).
    func headingText(_ node: xmlNodePtr) -> String {
        var text = ""
        Self.appendText(node, to: &text, depth: 0)
        return text
    }

    static func appendText(_ node: xmlNodePtr, to text: inout String, depth: Int) {
        guard depth < 16 else { return }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                text += String(cString: content)
            } else if current.pointee.type == XML_ELEMENT_NODE {
                if let name = current.pointee.name, String(cString: name).lowercased() == "br" {
                    text += " "
                } else {
                    appendText(current, to: &text, depth: depth + 1)
                }
            }
            child = current.pointee.next
        }
    }

    /// A `<time>`'s `datetime`, or its text when it has none; not one inside furniture
    /// (comments, related stories), whose dates are not the article's. One whose class calls it
    /// the publication (`entry-date published`) goes before the others, one that calls it an
    /// update (`updated`, `modified`) after them.
    mutating func readTime(_ node: xmlNodePtr, _ attributes: ElementAttributes) {
        guard page.timeValues.count < 16 else { return }
        for element in openElements where page.elements[Int(element)].hint == -2 { return }
        guard let value = attributes.string(.datetime) ?? textContent(node, limit: 120) else { return }
        let text = collapse(value)
        if attributes.value(.class, contains: "publish") {
            page.timeValues.insert(text, at: page.publishedTimes)
            page.publishedTimes += 1
        } else if attributes.value(.class, contains: "updated") || attributes.value(.class, contains: "modified") {
            page.timeValues.append(text)
            page.updatedTimes += 1
        } else {
            page.timeValues.insert(text, at: page.timeValues.count - page.updatedTimes)
        }
    }

    func textContent(_ node: xmlNodePtr) -> String? {
        guard let value = xmlNodeGetContent(node) else { return nil }
        defer { newsgraph_xmlFree(value) }
        return String(cString: value)
    }

    /// The element's text when it is at most `limit` bytes; nil for larger elements, which
    /// are not worth copying (a byline class on a whole author box).
    func textContent(_ node: xmlNodePtr, limit: Int) -> String? {
        var length = 0
        guard Self.textLength(node, upTo: limit, length: &length, depth: 0) else { return nil }
        return textContent(node)
    }

    static func textLength(_ node: xmlNodePtr, upTo limit: Int, length: inout Int, depth: Int) -> Bool {
        guard depth < 16 else { return false }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                var index = 0
                while content[index] != 0 {
                    index += 1
                    if length + index > limit { return false }
                }
                length += index
            } else if current.pointee.type == XML_ELEMENT_NODE {
                guard textLength(current, upTo: limit, length: &length, depth: depth + 1) else { return false }
            }
            child = current.pointee.next
        }
        return true
    }

    func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
