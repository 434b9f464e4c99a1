extension String {
    /// Whether the text's UTF-8 bytes begin with those of `prefix`, such as a key's `GPE:`.
    ///
    /// Byte by byte, as `utf8.starts(with:)` compares, not character by character as `hasPrefix`
    /// does; the generic `starts(with:)` cost more than the rest of the test on every mention.
    @inline(__always)
    func hasUTF8Prefix(_ prefix: StaticString) -> Bool {
        var bytes = utf8.makeIterator()
        let start = prefix.utf8Start
        for offset in 0..<prefix.utf8CodeUnitCount where bytes.next() != start[offset] { return false }
        return true
    }
}
