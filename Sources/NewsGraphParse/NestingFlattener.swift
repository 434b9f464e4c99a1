/// The second reading of a page nested deeper than libxml2 builds (256 levels: it stops there and
/// the text below is lost): the page with every tag removed but those that cannot hold another
/// of their kind (paragraphs, headings, list items, line breaks, the head's), so the tree stays a
/// few levels deep and the text is read in paragraphs. Comments go; script and style bodies are
/// kept as they are (the metadata reads JSON-LD). One pass over the bytes.
enum NestingFlattener {
    /// Tags kept: libxml2 closes an open one of these when the next opens, or they hold nothing.
    static let kept: Set<[UInt8]> = Set(
        [
            "html", "head", "body", "title", "meta", "link", "base", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "br", "script", "style",
        ].map { Array($0.utf8) })

    static func flattened(_ page: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(page.count)
        var index = 0
        while index < page.count {
            guard page[index] == UInt8(ascii: "<"), index + 1 < page.count else {
                out.append(page[index])
                index += 1
                continue
            }
            if page[index + 1] == UInt8(ascii: "!"), starts(page, at: index, with: Array("<!--".utf8)) {
                index = end(of: Array("-->".utf8), in: page, from: index + 4)
                continue
            }
            let isEndTag = page[index + 1] == UInt8(ascii: "/")
            let nameStart = index + (isEndTag ? 2 : 1)
            guard nameStart < page.count, isLetter(page[nameStart]) || !isEndTag && isMarkupDeclaration(page[index + 1])
            else {
                out.append(page[index])
                index += 1
                continue
            }
            var nameEnd = nameStart
            var name: [UInt8] = []
            while nameEnd < page.count, isLetter(page[nameEnd]) || isDigit(page[nameEnd]) {
                if name.count < 8 { name.append(lowered(page[nameEnd])) }
                nameEnd += 1
            }
            let tagEnd = endOfTag(page, from: nameEnd)
            if kept.contains(name) {
                out.append(contentsOf: page[index..<tagEnd])
                if !isEndTag && (name == Array("script".utf8) || name == Array("style".utf8)) {
                    // Raw text: copied up to its own end tag, whatever it holds.
                    let close = firstIndex(of: [UInt8(ascii: "<"), UInt8(ascii: "/")] + name, in: page, from: tagEnd)
                    out.append(contentsOf: page[tagEnd..<close])
                    index = close
                    continue
                }
            } else {
                // A dropped tag still parts the words on either side.
                out.append(0x20)
            }
            index = tagEnd
        }
        return out
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    /// `<!DOCTYPE`, `<?xml`: dropped like any other tag.
    private static func isMarkupDeclaration(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Just past the `>` that ends a tag, outside quoted attribute values; the page's end if none.
    private static func endOfTag(_ page: [UInt8], from start: Int) -> Int {
        var quote: UInt8 = 0
        var index = start
        while index < page.count {
            let byte = page[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return page.count
    }

    private static func starts(_ page: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        index + prefix.count <= page.count && page[index..<index + prefix.count].elementsEqual(prefix)
    }

    /// The first `needle` (letters in any case) at or after `start`, or the page's end.
    private static func firstIndex(of needle: [UInt8], in page: [UInt8], from start: Int) -> Int {
        guard needle.count <= page.count else { return page.count }
        var index = start
        while index + needle.count <= page.count {
            var matches = true
            for offset in needle.indices where lowered(page[index + offset]) != lowered(needle[offset]) {
                matches = false
                break
            }
            if matches { return index }
            index += 1
        }
        return page.count
    }

    /// Just past the first `needle` at or after `start`, or the page's end.
    private static func end(of needle: [UInt8], in page: [UInt8], from start: Int) -> Int {
        let found = firstIndex(of: needle, in: page, from: start)
        return found == page.count ? found : found + needle.count
    }
}
