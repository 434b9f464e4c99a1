import NewsGraphCore

/// Names a page uses as tools: what one uses, installs or downloads is software or a service,
/// and the page means the same thing by the name everywhere else.
extension DocumentResolver {
    /// `we tried it using Quorlo.`: a one-word name that a lower-case verb of using,
    /// installing or downloading takes as its whole object names a product, and so does every
    /// one-word person's mention of it on the page; not when the page also gives a longer
    /// person's name that starts or ends with it (`Ilsa Quorlo`), whose short form it may be.
    func relabelUsedThings(_ resolved: inout [Resolved]) {
        let tokens = analysis.tokens
        var used = Set<UInt64>()
        // The used mention itself may already be a product or a body (`using Quorlo, Brasko`).
        for mention in resolved where Self.toolLabels.contains(mention.label) && mention.tokens.count == 1 {
            let name = mention.tokens
            let verb = name.lowerBound - 1
            guard verb >= 0, tokens[name.lowerBound].newlinesBefore == 0, tokens[verb].kind == .word,
                !tokens[verb].isCapitalized, Self.useVerbs.contains(tokens[verb].foldedHash), endsPhrase(name)
            else { continue }
            used.insert(tokens[name.lowerBound].foldedHash)
        }
        guard !used.isEmpty else { return }
        for mention in resolved where mention.label == .person && mention.tokens.count > 1 {
            used.remove(tokens[mention.tokens.lowerBound].foldedHash)
            used.remove(tokens[mention.tokens.upperBound - 1].foldedHash)
        }
        for index in resolved.indices
        where resolved[index].label == .person && resolved[index].tokens.count == 1
            && used.contains(tokens[resolved[index].tokens.lowerBound].foldedHash)
        {
            resolved[index].label = .product
        }
    }

    private static let toolLabels: Set<EntityLabel> = [.person, .product, .org]
}
