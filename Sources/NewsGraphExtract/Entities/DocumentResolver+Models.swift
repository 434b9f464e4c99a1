import NewsGraphCore

extension DocumentResolver {
    /// `the Tarvo Glide 4 weighs` once, `Tarvo Glide 4 ($90)` in a heading: a name the document
    /// writes elsewhere as a product with a number after it is that product wherever the same
    /// number follows it, even where no rule saw the number (a heading, a known maker's name), and
    /// so is the model's name without its maker's before it.
    func extendModelNumbers(_ resolved: inout [Resolved]) {
        var models = Set<UInt64>()
        for mention in resolved where mention.label == .product && mention.tokens.count >= 2 {
            guard analysis.tokens[mention.tokens.upperBound - 1].kind == .number else { continue }
            // `the Velo 4` after `the Sony Velo 4`: the model may go without its maker's name.
            for start in mention.tokens.dropLast() where analysis.tokens[start].isCapitalized {
                models.insert(surfaceKey(start..<mention.tokens.upperBound))
            }
        }
        guard !models.isEmpty else { return }
        for index in resolved.indices {
            let number = resolved[index].tokens.upperBound
            guard number < analysis.tokens.count, analysis.tokens[number].kind == .number,
                analysis.tokens[number].newlinesBefore == 0,
                index + 1 == resolved.count || resolved[index + 1].tokens.lowerBound > number
            else { continue }
            let longer = resolved[index].tokens.lowerBound..<number + 1
            guard models.contains(surfaceKey(longer)) else { continue }
            resolved[index].tokens = longer
            resolved[index].label = .product
            resolved[index].canonical = analysis.string(tokens: longer)
        }
    }
}
