import NewsGraphCore

/// Names that two people give together: `the Tomas and Ilse Brannock Prize`.
extension NameFinder {
    /// A given name, `and`, then a name that a given name and a family name open and a head word
    /// closes (a prize, a body, a site: not a person) are one name, the pair's: the first given
    /// name shares the family name and the head word, so it is no person of its own.
    func pairedNames(_ candidates: inout [NameCandidate]) {
        var index = candidates.count - 1
        while index >= 0 {
            defer { index -= 1 }
            let name = candidates[index].tokens
            guard name.count >= 3, let label = candidates[index].label, label != .person, label != .norp,
                label != .gpe, name.lowerBound >= 2, has(.givenName, at: name.lowerBound),
                isClosedByHead(name.upperBound - 1)
            else { continue }
            let and = name.lowerBound - 1
            let first = name.lowerBound - 2
            guard tokens[and].kind == .word, !tokens[and].isCapitalized, tokens[and].foldedHash == words.andWord,
                tokens[and].newlinesBefore == 0, tokens[name.lowerBound].newlinesBefore == 0,
                tokens[first].kind == .word, tokens[first].isCapitalized, !tokens[first].isAllCaps,
                has(.givenName, at: first), !isEntity(at: first)
            else { continue }
            // The first given name stands alone: no capitalised word before it on its line.
            if first >= 1, tokens[first].newlinesBefore == 0, tokens[first - 1].kind == .word,
                tokens[first - 1].isCapitalized
            {
                continue
            }
            if index >= 1, candidates[index - 1].tokens.upperBound > first {
                guard candidates[index - 1].tokens == first..<first + 1 else { continue }
                candidates[index].tokens = first..<name.upperBound
                candidates[index].canonical = nil
                candidates.remove(at: index - 1)
                index -= 1
            } else {
                candidates[index].tokens = first..<name.upperBound
                candidates[index].canonical = nil
            }
        }
    }

    /// Whether the word at `head` ends a name as a head word or a body's suffix does.
    private func isClosedByHead(_ head: Int) -> Bool {
        headLabel(of: head, ledBy: nil) != nil || has(.organisationSuffix, at: head)
    }
}
