import NewsGraphCore

/// A plural acronym for a kind of software or hardware after a name (`Quorra SDKs`, `Tarvo GPUs`):
/// a common noun that the name modifies, which says what the name is.
extension NameFinder {
    /// `Tarvo X40 GPUs`, `Quorra SDKs`: the plural acronym after the name says what it is, as a
    /// lower-case noun does (a product; one plain word before hardware is its maker, as before
    /// `cameras`); not after an acronym or an ordinary word (`AI GPUs`, `Open APIs`: a kind), nor
    /// after a plain word capitalised only to open its line or sentence.
    func pluralAcronymKind(of name: Range<Int>, after next: Int) -> EntityLabel? {
        let first = name.lowerBound
        guard next < tokens.count, tokens[next].newlinesBefore == 0,
            words.productAcronymPlurals.contains(tokens[next].hash),
            !(name.count == 1 && tokens[first].isAllCaps && !analysis.isModelCode(first)),
            !(name.count == 1 && commonWords.contains(tokens[first].foldedHash))
        else { return nil }
        let isPlainWord = name.count == 1 && !analysis.isModelCode(first) && !analysis.isBrandWord(first)
        if isPlainWord, tokens[first].newlinesBefore > 0 || analysis.isSentenceInitial(first) { return nil }
        return isPlainWord && words.hardwareAcronymPlurals.contains(tokens[next].hash) ? .org : .product
    }
}
