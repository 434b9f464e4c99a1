import NewsGraphCore

extension DocumentResolver {
    /// `Quorra` before `Maps` where the page names `Quorra Maps` elsewhere: a name that runs on, in
    /// its sentence and on its line, into words that with it spell a longer name the document
    /// names elsewhere is that longer name (its label and key), even where no rule read the
    /// words after it (a heading, a list, a name cut before its product's word); a name found
    /// inside the longer span joins it, and one that runs past its end leaves the shorter name.
    func extendToWrittenNames(_ resolved: inout [Resolved]) {
        var longer = TokenHashMap<Int>(minimumCapacity: resolved.count)
        // How far a longer name reaches from its first word: a mention whose first word opens
        // none is passed over without spelling out its continuations.
        var reach = TokenHashMap<Int>(minimumCapacity: resolved.count)
        for index in resolved.indices where wordsOf(resolved[index].tokens).count >= 2 {
            let tokens = resolved[index].tokens
            let key = surfaceKey(tokens)
            longer.update(key, default: index) { _ in }
            reach.update(analysis.tokens[tokens.lowerBound].hash, default: 0) { $0 = max($0, tokens.count) }
        }
        guard longer.count > 0 else { return }
        var result: [Resolved] = []
        result.reserveCapacity(resolved.count)
        var index = 0
        while index < resolved.count {
            let mention = resolved[index]
            index += 1
            guard let within = reach[analysis.tokens[mention.tokens.lowerBound].hash],
                let source = longerName(from: mention.tokens, in: longer, within: within)
            else {
                result.append(mention)
                continue
            }
            let span = mention.tokens.lowerBound..<mention.tokens.lowerBound + resolved[source].tokens.count
            var next = index
            while next < resolved.count, resolved[next].tokens.lowerBound < span.upperBound { next += 1 }
            guard resolved[index..<next].allSatisfy({ $0.tokens.upperBound <= span.upperBound }) else {
                result.append(mention)
                continue
            }
            result.append(Resolved(tokens: span, label: resolved[source].label, canonical: resolved[source].canonical))
            index = next
        }
        resolved = result
    }

    /// The index of the longest name the document writes that `tokens` and the words after it
    /// spell, on their line and in their sentence.
    private func longerName(from tokens: Range<Int>, in longer: TokenHashMap<Int>, within longest: Int) -> Int? {
        let start = tokens.lowerBound
        var found: Int?
        var end = tokens.upperBound + 1
        while end <= min(analysis.tokens.count, start + longest) {
            let last = end - 1
            guard analysis.tokens[last].newlinesBefore == 0,
                analysis.sentenceOfToken[last] == analysis.sentenceOfToken[start]
            else { break }
            if let source = longer[surfaceKey(start..<end)] { found = source }
            end += 1
        }
        return found
    }
}
