import Foundation

/// Renames attributes whose name starts with `@` (Alpine's and Vue's event shorthand,
/// `@click="open = true"`) to start with `_` instead.
///
/// Browsers accept any such name. libxml2's HTML parser (2.9) rejects the `@`, skips to the next
/// `>` and reads the rest of the tag as text, so a `=>` inside a later attribute value turns the
/// component's script into page text, often the longest "paragraph" of the page. The rename
/// keeps every length and offset, and only touches tags: an `@` in text, in a comment or in a
/// script (JSON-LD's `"@type"`) is left alone.
enum AttributeNameRepair {
    /// The page with such attribute names renamed, or nil when it has none (most pages).
    static func repaired(_ page: [UInt8]) -> [UInt8]? {
        guard mayHaveShorthand(page) else { return nil }
        var copy: [UInt8]?
        page.withUnsafeBufferPointer { bytes in
            var scanner = TagScanner(bytes: bytes)
            while let offset = scanner.nextShorthandAttribute() {
                if copy == nil { copy = page }
                copy![offset] = UInt8(ascii: "_")
            }
        }
        return copy
    }

    /// A quick test: an `@` right after whitespace and before a letter somewhere in the page.
    private static func mayHaveShorthand(_ page: [UInt8]) -> Bool {
        page.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 1
            while start < bytes.count - 1, let found = memchr(base + start, 0x40, bytes.count - start - 1) {
                let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                if isSpace(bytes[offset - 1]) && isLetter(bytes[offset + 1]) { return true }
                start = offset + 1
            }
            return false
        }
    }

    fileprivate static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    fileprivate static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }
}

/// Walks start tags the way an HTML tokenizer does (comments, quoted values and the raw text
/// of `script`, `style`, `textarea` and `title` skipped), reporting attribute names that
/// start with `@`.
private struct TagScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Inside a start tag's attributes, between `<name` and its `>`.
    var inTag = false
    /// The raw-text element whose end tag ends the current skip, once its start tag ends.
    var rawTextEnd: [UInt8]?

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func nextShorthandAttribute() -> Int? {
        while index < bytes.count {
            if inTag {
                if let found = scanAttributes() { return found }
            } else if !enterNextTag() {
                return nil
            }
        }
        return nil
    }

    /// Moves to the next start tag's attributes; false at the end of the page.
    private mutating func enterNextTag() -> Bool {
        while let open = find(0x3C, from: index) {
            index = open + 1
            guard index < bytes.count else { return false }
            if starts(with: "!--", at: index) {
                index = find("-->", from: index + 3).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard AttributeNameRepair.isLetter(bytes[index]) else { continue }
            let nameStart = index
            while index < bytes.count && !AttributeNameRepair.isSpace(bytes[index]) && bytes[index] != 0x3E
                && bytes[index] != 0x2F
            {
                index += 1
            }
            rawTextEnd = Self.rawTextElement(bytes[nameStart..<index])
            inTag = true
            return true
        }
        index = bytes.count
        return false
    }

    /// Reads attributes up to the tag's `>`, returning the offset of an `@` that starts a name.
    private mutating func scanAttributes() -> Int? {
        var afterEquals = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3E {
                index += 1
                inTag = false
                if let end = rawTextEnd {
                    index = find(end, from: index, ignoringCase: true) ?? bytes.count
                    rawTextEnd = nil
                }
                return nil
            }
            if (byte == 0x22 || byte == 0x27) && afterEquals {
                index = (find(byte, from: index + 1) ?? bytes.count - 1) + 1
                afterEquals = false
                continue
            }
            if byte == 0x40 && AttributeNameRepair.isSpace(bytes[index - 1]) {
                index += 1
                return index - 1
            }
            if byte == 0x3D {
                afterEquals = true
            } else if !AttributeNameRepair.isSpace(byte) {
                afterEquals = false
            }
            index += 1
        }
        return nil
    }

    /// `</script` and the like for elements whose content is not markup.
    private static func rawTextElement(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
        let lowered = name.map { $0 | 0x20 }
        for element in ["script", "style", "textarea", "title"] where lowered.elementsEqual(element.utf8) {
            return Array("</\(element)".utf8)
        }
        return nil
    }

    private func starts(with text: StaticString, at offset: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return memcmp(bytes.baseAddress! + offset, text.utf8Start, count) == 0
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        find(Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)), from: start)
    }

    private func find(_ needle: [UInt8], from start: Int, ignoringCase: Bool = false) -> Int? {
        var offset = start
        while let candidate = find(needle[0], from: offset) {
            guard candidate + needle.count <= bytes.count else { return nil }
            var matches = true
            for position in 1..<needle.count {
                let byte = bytes[candidate + position]
                if (ignoringCase ? byte | 0x20 : byte) != needle[position] {
                    matches = false
                    break
                }
            }
            if matches { return candidate }
            offset = candidate + 1
        }
        return nil
    }
}
