/// Checks the scored article against the body the page declares (schema.org `articleBody`)
/// and, when the two disagree, picks the page's own blocks that carry the declared text.
///
/// The declared body is not used as the text itself: it often lacks paragraph breaks, carries
/// markup, or is cut short for paywalls. It is a witness: when the scored container covers
/// most of it, the container stands; when it does not and the page's blocks that repeat the
/// declared text cover it much better, those blocks (in reading order) are the article.
enum DeclaredBodyMatcher {
    static func reconcile(
        chosen: [PageStructure.Block], page: PageStructure, declaredBody: String, titles: [String] = []
    ) -> [PageStructure.Block] {
        let declared = Set(trigrams(Array(declaredBody.utf8)))
        guard declared.count >= 60 else { return chosen }
        let chosenCoverage = coverage(of: chosen, in: declared)
        guard chosenCoverage < 0.8 else { return chosen }

        var candidate: [PageStructure.Block] = []
        var seenTexts = Set<[UInt8]>()
        for block in page.blocks where block.linkDensity < 0.5 {
            let grams = trigrams(block.text)
            guard !grams.isEmpty else { continue }
            let shared = grams.reduce(0) { $0 + (declared.contains($1) ? 1 : 0) }
            guard shared * 10 >= grams.count * 7, seenTexts.insert(block.text).inserted else { continue }
            candidate.append(block)
        }
        let candidateCoverage = coverage(of: candidate, in: declared)
        guard candidateCoverage >= max(0.8, chosenCoverage + 0.15) else { return chosen }
        return BlockCleaner.clean(candidate, page: page, titles: titles)
    }

    /// The share of `declared` trigrams that the blocks contain.
    static func coverage(of blocks: [PageStructure.Block], in declared: Set<UInt64>) -> Double {
        var found = Set<UInt64>()
        for block in blocks {
            for gram in trigrams(block.text) where declared.contains(gram) { found.insert(gram) }
        }
        return Double(found.count) / Double(declared.count)
    }

    /// Hashes of each run of three consecutive words (letters, digits and any non-ASCII byte),
    /// case-folded for ASCII.
    static func trigrams(_ text: [UInt8]) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for byte in text {
            let isWordByte =
                byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            if isWordByte {
                hash = (hash ^ UInt64(byte >= 0x80 ? byte : byte | 0x20)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        guard words.count >= 3 else { return [] }
        var grams: [UInt64] = []
        grams.reserveCapacity(words.count - 2)
        for index in 0..<(words.count - 2) {
            let first: UInt64 = words[index] &* 31
            let second: UInt64 = words[index + 1] &* 1_000_003
            let third: UInt64 = words[index + 2] &* 0x9E37_79B9_7F4A_7C15
            grams.append(first &+ second &+ third)
        }
        return grams
    }
}
