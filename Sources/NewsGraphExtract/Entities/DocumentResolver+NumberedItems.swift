import NewsGraphCore

/// The items of a page's numbered list (`1. Quorlo`, `#3: Brasko`) are one kind of thing, as
/// any list's are: a ranking of sites, firms or schools does not slip a person in among them.
extension DocumentResolver {
    /// A name read as a person's that is a whole item of the page's numbered list (alone on
    /// its line after the number, or before a colon or a dash), where at least three other
    /// items are bodies or products and more than twice as many as are people, takes the
    /// label most of them have (ORG on a tie), in every mention of it on the page.
    func relabelNumberedItemPeople(_ resolved: inout [Resolved]) {
        let items = resolved.indices.filter { isNumberedItem(resolved[$0].tokens) }
        guard items.count >= Self.minimumItems else { return }
        var relabelled: [(key: UInt64, label: EntityLabel)] = []
        for item in items where resolved[item].label == .person {
            let key = phraseKey(resolved[item].tokens)
            guard !relabelled.contains(where: { $0.key == key }) else { continue }
            var bodies = 0
            var products = 0
            var people = 0
            for other in items where phraseKey(resolved[other].tokens) != key {
                switch resolved[other].label {
                case .org: bodies += 1
                case .product: products += 1
                case .person: people += 1
                default: break
                }
            }
            let most = max(bodies, products)
            guard most >= 3, most > 2 * people else { continue }
            relabelled.append((key, bodies >= products ? .org : .product))
        }
        guard !relabelled.isEmpty else { return }
        for index in resolved.indices where resolved[index].label == .person {
            let key = phraseKey(resolved[index].tokens)
            if let match = relabelled.first(where: { $0.key == key }) { resolved[index].label = match.label }
        }
    }

    /// `1. Quorlo`, `#3: Quorlo`, `2) Quorlo: …`: a name right after a number and `.`, `:` or
    /// `)` that open a line, ending there or before a colon or a dash.
    private func isNumberedItem(_ name: Range<Int>) -> Bool {
        let tokens = analysis.tokens
        let mark = name.lowerBound - 1
        let number = mark - 1
        guard number >= 0, tokens[name.lowerBound].newlinesBefore == 0, tokens[mark].newlinesBefore == 0,
            analysis.isCharacter(mark, ".") || analysis.isCharacter(mark, ":") || analysis.isCharacter(mark, ")"),
            tokens[number].kind == .number, tokens[number].length <= 2
        else { return false }
        let opensLine: Bool
        if number == 0 || tokens[number].newlinesBefore > 0 {
            opensLine = true
        } else {
            opensLine =
                analysis.isCharacter(number - 1, "#") && tokens[number].newlinesBefore == 0
                && (number - 1 == 0 || tokens[number - 1].newlinesBefore > 0)
        }
        guard opensLine else { return false }
        let next = name.upperBound
        return next >= tokens.count || tokens[next].newlinesBefore > 0 || analysis.isCharacter(next, ":")
            || tokens[next].kind == .dash
    }

    private static let minimumItems = 4
}
