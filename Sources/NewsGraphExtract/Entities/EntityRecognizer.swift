import NewsGraphCore

/// Rule-based named-entity recognition for news: values by pattern, names by gazetteer and
/// rules, then one document-level pass that makes the labels and keys consistent.
package struct EntityRecognizer: Sendable {
    package let gazetteer: Gazetteer

    package init(gazetteer: Gazetteer = GazetteerLoader.builtin) {
        self.gazetteer = gazetteer
    }

    /// A recognised mention in token and byte terms; the extractor converts to code points.
    package struct Mention: Sendable, Equatable {
        package var tokens: Range<Int>
        package var byteRange: Range<Int>
        package var label: EntityLabel
        /// `LABEL:Canonical Name`.
        package var entity: String
        package var canonical: String
        package var sentence: Int
    }

    package func recognize(_ analysis: TextAnalysis) -> [Mention] {
        let values = ValuePatterns.find(in: analysis)
        var taken = [Bool](repeating: false, count: analysis.tokens.count)
        for value in values { for index in value.tokens { taken[index] = true } }
        let candidates = NameFinder(analysis: analysis, gazetteer: gazetteer, taken: taken).find().filter {
            Self.mayBeName($0.tokens, analysis)
        }
        // A value's tokens are its own: a name the document pass built over one (a road number
        // read into `7%`) gives way to the value.
        let names = DocumentResolver(analysis: analysis).resolve(candidates).filter { name in
            !name.tokens.contains { taken[$0] } && Self.mayBeName(name.tokens, analysis)
        }

        var mentions: [Mention] = names.map { name in
            mention(tokens: name.tokens, label: name.label, canonical: name.canonical, analysis)
        }
        mentions += values.map { value in
            mention(
                tokens: value.tokens, label: value.label, canonical: analysis.string(tokens: value.tokens), analysis)
        }
        mentions.sort { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        return mentions
    }

    /// A name holds at most this many words and bytes: a longer capitalised run (a line of
    /// title-case words, a hostile page) is not one name, and would be one key no one reads.
    package static let maximumNameWords = 12
    package static let maximumNameBytes = 150

    static func mayBeName(_ tokens: Range<Int>, _ analysis: TextAnalysis) -> Bool {
        guard !tokens.isEmpty else { return false }
        let bytes = Int(analysis.tokens[tokens.upperBound - 1].end) - Int(analysis.tokens[tokens.lowerBound].start)
        guard bytes <= maximumNameBytes else { return false }
        var words = 0
        for index in tokens where analysis.tokens[index].kind == .word { words += 1 }
        return words <= maximumNameWords
    }

    private func mention(tokens: Range<Int>, label: EntityLabel, canonical: String, _ analysis: TextAnalysis) -> Mention
    {
        let byteRange = Int(analysis.tokens[tokens.lowerBound].start)..<Int(analysis.tokens[tokens.upperBound - 1].end)
        return Mention(
            tokens: tokens, byteRange: byteRange, label: label, entity: label.key(for: canonical), canonical: canonical,
            sentence: Int(analysis.sentenceOfToken[tokens.lowerBound])
        )
    }
}
