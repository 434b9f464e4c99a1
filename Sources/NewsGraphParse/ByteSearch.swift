/// Plain byte search for the parse stage. Foundation's generic `firstRange(of:)` allocates on
/// every call, and these searches run on every short block and every feed.
enum ByteSearch {
    /// Where `needle` first occurs in `bytes` at or after `start`, bytes compared as they are.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first {
                var matched = 1
                while matched < needle.count && bytes[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
