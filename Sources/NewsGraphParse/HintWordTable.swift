/// The class/id/role word lists of ``BoilerplateHints`` in one table, so one scan of an
/// attribute value finds the words of every list.
///
/// The table is built once and never freed; it is read through plain pointers, so a scan
/// retains nothing (each element of every page is scanned).
struct HintWordTable: @unchecked Sendable {
    /// Which list a word belongs to, as bits of a scan's result.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let bodyOverride = Kinds(rawValue: 1)
        static let stronglyNegative = Kinds(rawValue: 2)
        static let negative = Kinds(rawValue: 4)
        static let positive = Kinds(rawValue: 8)
        static let navigationRole = Kinds(rawValue: 16)
        static let mainRole = Kinds(rawValue: 32)
        /// A strongly negative word for furniture that may hold prose (comments, related stories).
        static let proseFurniture = Kinds(rawValue: 64)
    }

    private struct Entry {
        var offset: Int32
        var length: Int32
        var kinds: Kinds
    }

    /// Per lower-case first byte, the range of `entries` whose words start with it.
    private let firstByteRanges: UnsafeBufferPointer<(Int32, Int32)>
    private let entries: UnsafeBufferPointer<Entry>
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ lists: [(words: [String], kinds: Kinds)]) {
        var byFirst: [[(word: [UInt8], kinds: Kinds)]] = Array(repeating: [], count: 128)
        for (words, kinds) in lists {
            for word in words {
                let wordBytes = Array(word.utf8)
                byFirst[Int(wordBytes[0])].append((wordBytes, kinds))
            }
        }
        var ranges: [(Int32, Int32)] = []
        var entries: [Entry] = []
        var bytes: [UInt8] = []
        for bucket in byFirst {
            let start = Int32(entries.count)
            for (word, kinds) in bucket {
                entries.append(Entry(offset: Int32(bytes.count), length: Int32(word.count), kinds: kinds))
                bytes += word
            }
            ranges.append((start, Int32(entries.count)))
        }
        firstByteRanges = Self.permanent(ranges)
        self.entries = Self.permanent(entries)
        self.bytes = Self.permanent(bytes)
    }

    /// The kinds of every word that occurs in the NUL-terminated `value`, ignoring ASCII case;
    /// a word counts where a word of the value starts (`main-nav`, `navbar`, `mainNav`), not
    /// inside another (`contextmenu`, `unavailable`), nor right after a layout prefix
    /// ("no-sidebar").
    func scan(_ value: UnsafePointer<UInt8>) -> Kinds {
        var found: Kinds = []
        var start = 0
        while value[start] != 0 {
            let first = BoilerplateHints.lowercased(value[start])
            if first < 128 && Self.startsWord(value, at: start) {
                let (low, high) = firstByteRanges[Int(first)]
                var index = Int(low)
                while index < Int(high) {
                    let entry = entries[index]
                    if !found.contains(entry.kinds), matches(value + start, entry), !Self.isNegated(value, at: start),
                        !Self.startsOtherWord(value + start),
                        !Self.isLayoutState(value, after: start + Int(entry.length))
                    {
                        found.formUnion(entry.kinds)
                    }
                    index += 1
                }
            }
            start += 1
        }
        return found
    }

    private func matches(_ value: UnsafePointer<UInt8>, _ entry: Entry) -> Bool {
        let offset = Int(entry.offset)
        for index in 1..<Int(entry.length) {
            let byte = value[index]
            if byte == 0 || BoilerplateHints.lowercased(byte) != bytes[offset + index] { return false }
        }
        return true
    }

    /// Words that begin with a hint word and mean something else: a colour (`text-navy`), an
    /// opinion article (`commentary`), investors (`shareholders`).
    private static let otherWords: [StaticString] = ["navy", "commentary", "shareholder"]

    private static func startsOtherWord(_ value: UnsafePointer<UInt8>) -> Bool {
        otherWords.contains { word in
            (0..<word.utf8CodeUnitCount).allSatisfy {
                value[$0] != 0 && BoilerplateHints.lowercased(value[$0]) == word.utf8Start[$0]
            }
        }
    }

    /// True at the value's start, after a byte that is not a letter, and at a lower-to-upper
    /// case change.
    private static func startsWord(_ value: UnsafePointer<UInt8>, at start: Int) -> Bool {
        guard start > 0 else { return true }
        let previous = value[start - 1]
        let previousIsLower = previous >= UInt8(ascii: "a") && previous <= UInt8(ascii: "z")
        let previousIsUpper = previous >= UInt8(ascii: "A") && previous <= UInt8(ascii: "Z")
        if !previousIsLower && !previousIsUpper { return true }
        return previousIsLower && value[start] >= UInt8(ascii: "A") && value[start] <= UInt8(ascii: "Z")
    }

    /// True when the word at `start` follows `no-`, `has-`, `with-` or `without-` (or `_`):
    /// "no-sidebar" and "has-comments" describe the layout around the element, not the element.
    private static func isNegated(_ value: UnsafePointer<UInt8>, at start: Int) -> Bool {
        guard start >= 3, value[start - 1] == UInt8(ascii: "-") || value[start - 1] == UInt8(ascii: "_") else {
            return false
        }
        var wordStart = start - 1
        while wordStart > 0 {
            let byte = BoilerplateHints.lowercased(value[wordStart - 1])
            guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { break }
            wordStart -= 1
        }
        func prefix(is word: StaticString) -> Bool {
            guard start - 1 - wordStart == word.utf8CodeUnitCount else { return false }
            for index in 0..<word.utf8CodeUnitCount
            where BoilerplateHints.lowercased(value[wordStart + index]) != word.utf8Start[index] {
                return false
            }
            return true
        }
        return prefix(is: "no") || prefix(is: "has") || prefix(is: "with") || prefix(is: "without")
    }

    /// True when the word ending at `end` is followed by `-enabled` or `-disabled` (or `_`):
    /// "sidebar-enabled" says what the layout around the element has.
    private static func isLayoutState(_ value: UnsafePointer<UInt8>, after end: Int) -> Bool {
        var index = end
        var separators = 0
        while value[index] == UInt8(ascii: "-") || value[index] == UInt8(ascii: "_") {
            index += 1
            separators += 1
        }
        guard separators > 0 else { return false }
        func word(is expected: StaticString) -> Bool {
            for offset in 0..<expected.utf8CodeUnitCount
            where BoilerplateHints.lowercased(value[index + offset]) != expected.utf8Start[offset] {
                return false
            }
            return true
        }
        return word(is: "enabled") || word(is: "disabled")
    }

    private static func permanent<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }
}
