import NewsGraphCore

/// Labels names in ALL-CAPS lines (headlines, datelines) by what the body of the same document
/// says about them.
///
/// Capitals prove nothing in `ROWING - WEXCOMBE HOLD ON TO LEAD AFTER LATE SPRINT`, so a caps-line
/// word sequence becomes an entity only when the body names it in ordinary case (`Wexcombe`),
/// or names a person whose surname it is (`OKAFOR` → Daniel Okafor). Matching is by case-folded
/// token hashes, longest sequence first.
struct CapsLineMatcher {
    /// The longest sequence looked up, in tokens.
    static let maximumLength = 6

    struct Known {
        var label: EntityLabel
        var canonical: String
    }

    private let analysis: TextAnalysis
    private var known = TokenHashMap<Known>()

    init(analysis: TextAnalysis, body: [DocumentResolver.Resolved]) {
        self.analysis = analysis
        // Surnames first, so a full name seen in the body wins over its last word; an ordinary
        // word that is nobody's name (`Team Chat App`) is no surname to find in a heading.
        let commonWords = CommonWords.shared
        for mention in body where mention.label == .person {
            let words = mention.tokens.filter { analysis.tokens[$0].kind == .word }
            guard words.count >= 2, let last = words.last, !commonWords.contains(analysis.tokens[last].foldedHash)
            else { continue }
            let key = Self.key(analysis.tokens, last..<last + 1)
            if known[key] == nil { known[key] = Known(label: .person, canonical: mention.canonical) }
            // `Mira Ardelt` above a body that writes `Mira Jane Ardelt`: the same person by first
            // and last name.
            if words.count >= 3, let first = words.first, analysis.tokens[first].isCapitalized {
                let pair = Self.extendKey(Self.extendKey(Self.keySeed, analysis.tokens[first]), analysis.tokens[last])
                if known[pair] == nil { known[pair] = Known(label: .person, canonical: mention.canonical) }
            }
        }
        for mention in body where mention.tokens.count <= Self.maximumLength {
            known[Self.key(analysis.tokens, mention.tokens)] = Known(label: mention.label, canonical: mention.canonical)
        }
    }

    /// A hash of the case-folded tokens in `range`, equal for `LEICESTERSHIRE` and `Leicestershire`.
    static func key(_ tokens: [Token], _ range: Range<Int>) -> UInt64 {
        var hash = keySeed
        for index in range { hash = extendKey(hash, tokens[index]) }
        return hash
    }

    /// ``key(_:_:)`` built token by token, for a scan that grows a phrase one word at a time.
    static let keySeed: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    static func extendKey(_ hash: UInt64, _ token: Token) -> UInt64 {
        (hash ^ token.foldedHash) &* 0x100_0000_01b3 &+ 0x2545_F491
    }

    /// The known names inside `range`, greedily longest first from the left. In a title-case
    /// heading (`isTitleCase`) a single ordinary word (`Brew`, `App`) is capitalised as all its
    /// words are, so the body's use of it as a name does not carry over; nor does a one-word
    /// person (a surname) at the end of a longer heading phrase, whose head noun it is there
    /// (`Pack & Stow App`).
    func match(in range: Range<Int>, isTitleCase: Bool = false) -> [DocumentResolver.Resolved] {
        let commonWords = CommonWords.shared
        var found: [DocumentResolver.Resolved] = []
        var start = range.lowerBound
        while start < range.upperBound {
            var matched = false
            if analysis.tokens[start].kind == .word {
                var length = min(Self.maximumLength, range.upperBound - start)
                while length > 0 {
                    let span = start..<start + length
                    if analysis.tokens[span.upperBound - 1].kind == .word,
                        !(isTitleCase && length == 1 && commonWords.contains(analysis.tokens[start].foldedHash)),
                        let hit = known[Self.key(analysis.tokens, span)],
                        !(isTitleCase && length == 1 && hit.label == .person && start == range.upperBound - 1
                            && range.count >= 3)
                    {
                        found.append(
                            DocumentResolver.Resolved(tokens: span, label: hit.label, canonical: hit.canonical))
                        start += length
                        matched = true
                        break
                    }
                    length -= 1
                }
            }
            if !matched { start += 1 }
        }
        return found
    }
}
