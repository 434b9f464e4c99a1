import NewsGraphCore

extension DocumentResolver {
    /// `a Quorra is on her list`, `rode in a Velmar.`: a body's name after a lower-case `a` or
    /// `an` that ends its phrase (a mark, a verb or a clause word follows, not a noun it
    /// describes, `a Velmar camera`) is one thing the body makes: its product. A name a rule or
    /// the gazetteer labelled (`a Velmar Fund that …`, a known firm whose car or ride one takes;
    /// `ruled`) stays the body, and a bracket after it spells the body out.
    func relabelIndefiniteThings(_ resolved: inout [Resolved], ruled: Set<Int>) {
        for index in resolved.indices where resolved[index].label == .org {
            let tokens = resolved[index].tokens
            let before = tokens.lowerBound - 1
            guard before >= 0, !ruled.contains(tokens.lowerBound), isIndefiniteArticle(before),
                endsPhraseAsThing(after: tokens.upperBound)
            else { continue }
            resolved[index].label = .product
        }
    }

    private static let indefiniteArticles = WordSet.folded(["a", "an"])
    /// Words that may follow a thing's name where the phrase ends: `a Quorra is`, `an Arden or`.
    private static let phraseEnds = ContextCues.clauseWords.union(
        WordSet.folded(["in", "on", "then", "that", "from", "are", "has", "had", "will", "can"]))

    private func isIndefiniteArticle(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.kind == .word && !token.isCapitalized && Self.indefiniteArticles.contains(token.foldedHash)
    }

    private func endsPhraseAsThing(after next: Int) -> Bool {
        guard next < analysis.tokens.count, analysis.tokens[next].newlinesBefore == 0 else { return true }
        let token = analysis.tokens[next]
        switch token.kind {
        case .word: return !token.isCapitalized && Self.phraseEnds.contains(token.foldedHash)
        case .number, .hyphen, .possessive: return false
        default:
            return !analysis.isCharacter(next, "(") && !analysis.isCharacter(next, "&")
                && !analysis.isCharacter(next, "/")
        }
    }
}
