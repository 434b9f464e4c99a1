import NewsGraphCore

/// A web site's name written as its domain (`Tutorly.com`, `Quorvix.ai`): the capitalised word and
/// its top-level domain are one name, the site or the firm that runs it, whatever the word alone
/// would be (an ordinary word, a known firm, a given name).
extension NameFinder {
    /// Top-level domains that end the names of sites and firms; country codes that are also
    /// English words (`me`, `us`, `so`) are left out.
    private static let topLevelDomains = WordSet.folded([
        "com", "org", "net", "io", "ai", "fm", "co", "app", "tv", "gov", "edu", "dev", "gg", "xyz", "info", "biz",
    ])

    /// The name at `index` when a capitalised word there is joined, with no space, by a dot to a
    /// lower-case top-level domain that ends the address (no further dot-part or path after it,
    /// and no `www.`, `@` or `/` before the word) and the name (a capitalised word after it makes
    /// a product's longer name, `Arden.net Core`).
    func siteName(at index: Int) -> NameCandidate? {
        guard index + 2 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized,
            analysis.isCharacter(index + 1, "."), tokens[index + 1].isAttached, tokens[index + 2].isAttached,
            tokens[index + 2].kind == .word, !tokens[index + 2].isCapitalized,
            Self.topLevelDomains.contains(tokens[index + 2].foldedHash), !taken[index + 2]
        else { return nil }
        let text = analysis.text
        let start = Int(tokens[index].start)
        if start > 0, text[start - 1] > 0x20, text[start - 1] != UInt8(ascii: "("),
            text[start - 1] != UInt8(ascii: "\"")
        {
            return nil
        }
        let end = Int(tokens[index + 2].end)
        if end < text.count {
            let next = text[end]
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "@") || next == UInt8(ascii: "_") { return nil }
            if next == UInt8(ascii: "."), end + 1 < text.count, text[end + 1] > 0x20 { return nil }
        }
        if index + 3 < tokens.count, tokens[index + 3].newlinesBefore == 0, isNameWord(index + 3) { return nil }
        return NameCandidate(
            tokens: index..<index + 3, label: .org, canonical: analysis.string(tokens: index..<index + 3),
            evidence: .pattern, isSentenceInitial: analysis.isSentenceInitial(index))
    }
}
