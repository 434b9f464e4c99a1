import Foundation

/// Removes `</body>` and `</html>` end tags that stand before the end of the page.
///
/// Browsers ignore these tags and go on reading what follows, and templates that print their
/// footer before the article rely on it; libxml2's HTML parser stops at them, which would drop
/// the article. Blanking them (same length, so nothing else moves) lets libxml2 read the page
/// as a browser shows it.
enum EarlyDocumentEnd {
    /// The page with early end tags blanked, or nil when it has none (most pages).
    static func blanked(_ page: [UInt8]) -> [UInt8]? {
        var copy: [UInt8]?
        var index = 0
        while let start = nextTag(in: page, from: index) {
            index = start + 1
            guard isEndOfDocumentTag(page, at: start) else { continue }
            let tagEnd = start + 6
            guard hasContent(after: tagEnd, in: copy ?? page) else { break }
            if copy == nil { copy = page }
            for offset in start..<tagEnd { copy![offset] = 0x20 }
        }
        return copy
    }

    /// The offset of the next `<` at or after `start`, found with memchr.
    private static func nextTag(in page: [UInt8], from start: Int) -> Int? {
        guard start < page.count else { return nil }
        return page.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + start, 0x3C, buffer.count - start) else {
                return nil
            }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// `</body` or `</html`, in any case, at `offset`.
    private static func isEndOfDocumentTag(_ page: [UInt8], at offset: Int) -> Bool {
        guard offset + 6 <= page.count, page[offset + 1] == UInt8(ascii: "/") else { return false }
        // The four letters packed into one number, lower-cased: no array per end tag.
        var name: UInt32 = 0
        for index in (offset + 2)..<(offset + 6) { name = name << 8 | UInt32(page[index] | 0x20) }
        return name == 0x626F_6479 || name == 0x6874_6D6C  // "body", "html"
    }

    /// True when an element starts after `offset` (past the tag's `>`): more than whitespace
    /// and the other end tag follow.
    private static func hasContent(after offset: Int, in page: [UInt8]) -> Bool {
        var index = offset
        while index < page.count && page[index] != UInt8(ascii: ">") { index += 1 }
        index += 1
        while index < page.count {
            let byte = page[index]
            if byte == UInt8(ascii: "<") {
                let next = index + 1 < page.count ? page[index + 1] | 0x20 : 0
                // A letter: an element; `</html>` after `</body>` and comments are not content.
                if next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z") { return true }
                while index < page.count && page[index] != UInt8(ascii: ">") { index += 1 }
            } else if byte > 0x20 {
                return true
            }
            index += 1
        }
        return false
    }
}
