import NewsGraphCore

extension DocumentResolver {
    /// `the Tarvo Strider` where the page names `Tarvo Glide 4`: a name of two or more words
    /// opened by the word that opens a product's name elsewhere in the document (its maker's) is
    /// another product of that maker, when no rule or list labelled it (`ruled` holds the first
    /// tokens of those) and it is no plural (`Tarvo Runners`), holds no word for a part of a
    /// firm (`Tarvo Lab`), stands after no `at`, `of` or `for` (`a designer at the Tarvo Flex
    /// team`), joins no two names by a lower-case word and is neither the maker's own longer
    /// name, which a product's capitalised word goes on from (`Dunmore Ridge` of `Dunmore Ridge
    /// Kessa 2`), nor another mention of the product itself.
    func relabelMakerLines(_ resolved: inout [Resolved], ruled: Set<Int>) {
        var makers = Set<UInt64>()
        var prefixes = Set<UInt64>()
        for mention in resolved
        where mention.label == .product && wordsOf(mention.tokens).count >= 2 && isCapitalisedRun(mention.tokens) {
            let first = mention.tokens.lowerBound
            guard analysis.tokens[first].kind == .word, !isOrdinaryWord(first) else { continue }
            makers.insert(analysis.tokens[first].hash)
            // The product's own other mentions are for the vote on its name, not for this rule.
            for end in mention.tokens.dropFirst() {
                prefixes.insert(surfaceKey(first..<end + 1))
            }
        }
        guard !makers.isEmpty else { return }
        for index in resolved.indices {
            let tokens = resolved[index].tokens
            switch resolved[index].label {
            case .product, .person, .norp, .language: continue
            default: break
            }
            let last = tokens.upperBound - 1
            guard !ruled.contains(tokens.lowerBound), wordsOf(tokens).count >= 2,
                makers.contains(analysis.tokens[tokens.lowerBound].hash), !prefixes.contains(surfaceKey(tokens)),
                analysis.tokens[last].kind == .word, !analysis.endsInPluralS(last), isCapitalisedRun(tokens),
                !tokens.contains(where: { ContextCues.divisionWords.contains(analysis.tokens[$0].hash) }),
                !isAfterOrganisationPreposition(tokens.lowerBound)
            else { continue }
            resolved[index].label = .product
        }
    }

    /// `Arden Glide and Tessa`: a lower-case word joins two names, no one product's.
    private func isCapitalisedRun(_ tokens: Range<Int>) -> Bool {
        !tokens.contains { analysis.tokens[$0].kind == .word && !analysis.tokens[$0].isCapitalized }
    }

    /// `at X`, `at the X`: where someone works or what someone heads.
    private func isAfterOrganisationPreposition(_ index: Int) -> Bool {
        var previous = index - 1
        if isArticle(previous) { previous -= 1 }
        return previous >= 0 && analysis.tokens[previous].kind == .word
            && ContextCues.organisationPrepositions.contains(analysis.tokens[previous].foldedHash)
    }
}
