import NewsGraphCore

/// Capitalised technical terms that look like names: ordinary adjectives before a common
/// acronym. Kept apart from the ordinary-phrase tests in `NameFinder+Products.swift`.
extension NameFinder {
    /// `Adaptive AI`, `Regional SEO`: ordinary words with an adjective's ending before one common
    /// or technical acronym that ends the run name a kind of technique, not a body or a product;
    /// a firm's name of that shape (`Proton VPN`, `Voyage AI`) leads with a noun.
    func isAdjectiveTerm(_ name: Range<Int>) -> Bool {
        let last = name.upperBound - 1
        guard name.count >= 2, tokens[last].kind == .word, tokens[last].isAllCaps, tokens[last].length > 1,
            words.commonAcronyms.contains(tokens[last].hash) || technicalAcronyms.contains(tokens[last].hash)
        else { return false }
        for index in name.lowerBound..<last {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, !token.isAllCaps, commonWords.contains(token.foldedHash),
                hasAdjectiveEnding(index)
            else { return false }
        }
        return true
    }

    /// Whether the word at `index` ends as English adjectives do (`-al`, `-ive`, `-ic`, `-ous`,
    /// `-ful`, `-less`, `-able`, `-ible`, `-ary`, `-ent`, `-ant`).
    func hasAdjectiveEnding(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length >= 4 else { return false }
        let end = Int(token.end)
        let text = analysis.text
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return suffix.withUTF8Buffer { bytes in
                (0..<count).allSatisfy { TokenHash.fold(text[end - count + $0]) == bytes[$0] }
            }
        }
        return endsWith("al") || endsWith("ive") || endsWith("ic") || endsWith("ous") || endsWith("ful")
            || endsWith("less") || endsWith("able") || endsWith("ible") || endsWith("ary") || endsWith("ent")
            || endsWith("ant")
    }
}
