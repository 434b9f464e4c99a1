import NewsGraphCore

/// Names a page uses as tools: what one uses, installs or downloads is software or a service,
/// and the page means the same thing by the name everywhere else.
extension DocumentResolver {
    /// `we tried it using Quorlo.`: a one-word name that a lower-case verb of using,
    /// installing or downloading takes as its whole object names a product, and so does every
    /// one-word person's mention of it on the page, and a one-word person's name that the page
    /// refers back to as `it` (``thingsCalledIt(_:)``) names a body (a site, a brand, a firm);
    /// not when the page also gives a longer person's name that starts or ends with it (`Ilsa
    /// Quorlo`), whose short form it may be.
    func relabelUsedThings(_ resolved: inout [Resolved]) {
        let tokens = analysis.tokens
        var used = Set<UInt64>()
        var bodies = thingsCalledIt(resolved)
        // The used mention itself may already be a product or a body (`using Quorlo, Brasko`).
        for mention in resolved where Self.toolLabels.contains(mention.label) && mention.tokens.count == 1 {
            let name = mention.tokens
            let verb = name.lowerBound - 1
            guard verb >= 0, tokens[name.lowerBound].newlinesBefore == 0, tokens[verb].kind == .word,
                !tokens[verb].isCapitalized, Self.useVerbs.contains(tokens[verb].foldedHash), endsPhrase(name)
            else { continue }
            used.insert(tokens[name.lowerBound].foldedHash)
        }
        guard !used.isEmpty || !bodies.isEmpty else { return }
        for mention in resolved where mention.label == .person && mention.tokens.count > 1 {
            for end in [mention.tokens.lowerBound, mention.tokens.upperBound - 1] {
                used.remove(tokens[end].foldedHash)
                bodies.remove(tokens[end].foldedHash)
            }
        }
        for index in resolved.indices where resolved[index].label == .person && resolved[index].tokens.count == 1 {
            let word = tokens[resolved[index].tokens.lowerBound].foldedHash
            if used.contains(word) {
                resolved[index].label = .product
            } else if bodies.contains(word) {
                resolved[index].label = .org
            }
        }
    }

    /// `Quorlo lacked a filter, so it failed`: a one-word name read as a person's whose first
    /// personal pronoun later in its sentence is `it` or `its` in two mentions or more, and
    /// `he`, `she` or their other forms in none, is a thing the page writes about (a site, an
    /// assistant, a brand), not a person.
    private func thingsCalledIt(_ resolved: [Resolved]) -> Set<UInt64> {
        let tokens = analysis.tokens
        var tally: [UInt64: (thing: Int, person: Int)] = [:]
        for mention in resolved where mention.label == .person && mention.tokens.count == 1 {
            let sentence = analysis.sentenceOfToken[mention.tokens.lowerBound]
            var index = mention.tokens.upperBound
            var found: Bool?
            while index < tokens.count, index < mention.tokens.upperBound + Self.pronounReach,
                analysis.sentenceOfToken[index] == sentence
            {
                if tokens[index].kind == .word {
                    let word = tokens[index].foldedHash
                    if Self.thingPronouns.contains(word) {
                        found = true
                        break
                    }
                    if Self.personPronouns.contains(word) {
                        found = false
                        break
                    }
                }
                index += 1
            }
            guard let found else { continue }
            let key = tokens[mention.tokens.lowerBound].foldedHash
            var counts = tally[key, default: (0, 0)]
            if found { counts.thing += 1 } else { counts.person += 1 }
            tally[key] = counts
        }
        return Set(tally.lazy.filter { $0.value.thing >= 2 && $0.value.person == 0 }.map(\.key))
    }

    private static let toolLabels: Set<EntityLabel> = [.person, .product, .org]
    /// Tokens after a name within which its sentence's first pronoun is looked for.
    private static let pronounReach = 40
    private static let thingPronouns = WordSet.folded(["it", "its", "itself"])
    private static let personPronouns = WordSet.folded([
        "he", "she", "him", "his", "her", "hers", "himself", "herself",
    ])
}
