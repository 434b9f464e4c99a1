import NewsGraphCore

/// Reading a name off its tokens: its words as the rules count them, its text, and a hash of
/// its surface. Separate from `DocumentResolver` because these are measurements of one token
/// range that the rule files share (`+Terms`, `+Coordination`), not steps of the pass itself.
extension DocumentResolver {
    /// What the rules ask of a name's words, counted without collecting them.
    struct Words {
        var count = 0
        var first = -1
        var last = -1
        var hasAllCaps = false
    }

    func wordsOf(_ range: Range<Int>) -> Words {
        var words = Words()
        for index in range where analysis.tokens[index].kind == .word {
            if words.count == 0 { words.first = index }
            words.last = index
            words.count += 1
            if analysis.tokens[index].isAllCaps && !isRegnalNumber(index) { words.hasAllCaps = true }
        }
        return words
    }

    /// `II`, `IV`: a Roman numeral after a name (`Elizabeth II`) is not an acronym.
    private func isRegnalNumber(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        guard token.length <= 4 else { return false }
        for offset in Int(token.start)..<Int(token.end) {
            let byte = analysis.text[offset]
            if byte != UInt8(ascii: "I") && byte != UInt8(ascii: "V") && byte != UInt8(ascii: "X") { return false }
        }
        return true
    }

    func surface(_ candidate: NameCandidate) -> String {
        analysis.string(tokens: candidate.tokens)
    }

    /// A hash of the tokens as written (and whether each inner token touches the one before),
    /// equal for equal surface text.
    func surfaceKey(_ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in range {
            let token = analysis.tokens[index]
            let joined = token.isAttached && index > range.lowerBound
            hash = (hash ^ token.hash ^ (joined ? 0x5BD1_E995 : 0)) &* 0x100_0000_01b3 &+ 0x2545_F491
        }
        return hash
    }
}

extension DocumentResolver {
    /// Names sorted by their first token, with no two sharing a token: of two readings of the
    /// same words, the one that names the entity otherwise than it is written wins (`VA` read as
    /// `Virginia` over `VA`); of two overlapping names, the longer, or else the first.
    func withoutOverlaps(_ sorted: [Resolved]) -> [Resolved] {
        var kept: [Resolved] = []
        kept.reserveCapacity(sorted.count)
        for name in sorted {
            guard let last = kept.last, name.tokens.lowerBound < last.tokens.upperBound else {
                kept.append(name)
                continue
            }
            if name.tokens == last.tokens {
                let written = analysis.string(tokens: name.tokens)
                if last.canonical == written && name.canonical != written { kept[kept.count - 1] = name }
            } else if name.tokens.count > last.tokens.count {
                kept[kept.count - 1] = name
            }
        }
        return kept
    }
}
