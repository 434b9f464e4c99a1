import NewsGraphCore

/// Names the words before them give as an example of a kind of thing (`charities like X`,
/// `towns such as X`), or as the body a page speaks for (`At X, we …`), which are no people.
extension DocumentResolver {
    /// A name read as a person's that follows a plural noun for a kind of thing and `like`,
    /// `such as` or `including` (`charities like Fern Hollow`, `tools such as Quill Forge`) is
    /// of that kind, and one after `At` and a comma before `we` or `our` (`At Brask Tove, we …`)
    /// is the body the page speaks for; a body's name given as an example of a kind of software
    /// or device (`apps like Quillo`) is that product. Every mention of it in the document follows.
    func relabelExamplesOfKinds(_ resolved: inout [Resolved]) {
        var found: [(canonical: String, from: EntityLabel, to: EntityLabel)] = []
        for name in resolved where name.label == .person || name.label == .org {
            guard !found.contains(where: { $0.canonical == name.canonical && $0.from == name.label }) else { continue }
            let kind = exampleKind(before: name.tokens.lowerBound)
            if name.label == .org {
                if kind == .product, endsTheName(name.tokens) { found.append((name.canonical, .org, .product)) }
            } else if let label = kind ?? listedExampleKind(of: name.tokens) ?? speakingBody(name.tokens) {
                found.append((name.canonical, .person, label))
            }
        }
        guard !found.isEmpty else { return }
        for index in resolved.indices {
            let name = resolved[index]
            if let kind = found.first(where: { $0.canonical == name.canonical && $0.from == name.label }),
                !(kind.from == .org && isBodyMention(name.tokens))
            {
                resolved[index].label = kind.to
            }
        }
    }

    /// `at Quillo`, `a Quillo employee`, `Quillo hired`: words around a mention that make it the
    /// body even where the page elsewhere names its product.
    private func isBodyMention(_ name: Range<Int>) -> Bool {
        let tokens = analysis.tokens
        let before = name.lowerBound - 1
        if before >= 0, tokens[before].kind == .word, tokens[before].foldedHash == FoldedWord.at { return true }
        let next = name.upperBound
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
        return Self.bodyFollowers.contains(tokens[next].foldedHash)
    }

    /// Lower-case words after a name that make it a body: its people and what only a body does.
    private static let bodyFollowers = ContextCues.organisationVerbs.union(
        WordSet.folded([
            "employee", "employees", "staff", "executive", "executives", "engineer", "engineers", "spokesperson",
            "spokesman", "spokeswoman", "ceo", "founder", "founders", "shareholders", "investors",
        ]))

    /// `tools like Velmar Ads`, `tools like QLX-Scan`: a capitalised word, a hyphen or a
    /// possessive after a body's name shows a longer name cut short, whose kind it does not tell.
    private func endsTheName(_ name: Range<Int>) -> Bool {
        let next = name.upperBound
        guard next < analysis.tokens.count else { return true }
        let token = analysis.tokens[next]
        return !(token.kind == .word && token.isCapitalized) && token.kind != .hyphen && token.kind != .possessive
            && !analysis.isCharacter(next, "-")
    }

    /// The kind a plural noun before `like`, `such as` or `including` right before `start` names.
    private func exampleKind(before start: Int) -> EntityLabel? {
        let tokens = analysis.tokens
        guard let head = nounBeforeExampleCue(start) else { return nil }
        // `non-profits`: the hyphen splits the noun into two words.
        if head >= 2, tokens[head].foldedHash == Self.profitsWord, tokens[head - 1].kind == .hyphen,
            tokens[head - 2].foldedHash == Self.nonWord
        {
            return .org
        }
        return Self.exampleKinds[tokens[head].foldedHash]
    }

    /// `apps like`, `charities, such as`, `tools including`: the lower-case word before the cue
    /// that opens an example right before `start`, a comma between or not, where there is one.
    func nounBeforeExampleCue(_ start: Int) -> Int? {
        let tokens = analysis.tokens
        var head = start - 1
        guard head >= 1, tokens[head].kind == .word else { return nil }
        let word = tokens[head].foldedHash
        if word == Self.asWord, tokens[head - 1].kind == .word, tokens[head - 1].foldedHash == Self.suchWord {
            head -= 2
        } else if word == Self.likeWord || word == Self.includingWord {
            head -= 1
        } else {
            return nil
        }
        if head >= 0, analysis.isCharacter(head, ",") { head -= 1 }
        guard head >= 0, tokens[head].kind == .word, !tokens[head].isCapitalized else { return nil }
        return head
    }

    /// `apps like Quillo, Tessly and Brask Forge`: a name later in a list that a plural noun for a
    /// kind and `like`, `such as` or `including` open is an example of that kind too, when `and`
    /// or `or` joins it or a comma, `and` or `or` after it keeps the list going (in `tools like
    /// Quillo, Tom Vale said` the list has ended).
    private func listedExampleKind(of name: Range<Int>) -> EntityLabel? {
        let tokens = analysis.tokens
        var start = name.lowerBound
        let next = name.upperBound
        let isJoined = start >= 1 && isListJoiner(start - 1)
        let goesOn = next < tokens.count && (analysis.isCharacter(next, ",") || isListJoiner(next))
        guard isJoined || goesOn else { return nil }
        for _ in 0..<8 {
            var index = start - 1
            guard index >= 1, tokens[start].newlinesBefore == 0 else { return nil }
            if isListJoiner(index) {
                index -= 1
                if analysis.isCharacter(index, ",") { index -= 1 }
            } else if analysis.isCharacter(index, ",") {
                index -= 1
            } else {
                return nil
            }
            // The item before: capitalised words and what is written onto them (`Quill.ai`, `Z-Link`).
            var hasCapital = false
            while index >= 0, !analysis.isCharacter(index, ",") {
                let token = tokens[index]
                if token.kind == .word && token.isCapitalized {
                    hasCapital = true
                } else if !(token.isAttached || index + 1 < tokens.count && tokens[index + 1].isAttached) {
                    break
                }
                if token.newlinesBefore > 0 { break }
                index -= 1
            }
            guard hasCapital, index >= 0 else { return nil }
            if let kind = exampleKind(before: index + 1) { return kind }
            start = index + 1
        }
        return nil
    }

    /// `and` or `or` joining the items of a list.
    private func isListJoiner(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.kind == .word && (token.foldedHash == FoldedWord.and || token.foldedHash == Self.orWord)
    }

    /// `At Brask Tove, we …`: `.org` for a name after `At` and before a comma and `we`, `our` or `us`.
    private func speakingBody(_ name: Range<Int>) -> EntityLabel? {
        let tokens = analysis.tokens
        let before = name.lowerBound - 1
        let after = name.upperBound
        guard before >= 0, after + 1 < tokens.count, tokens[before].kind == .word,
            tokens[before].foldedHash == FoldedWord.at, analysis.isCharacter(after, ","),
            tokens[after + 1].kind == .word, Self.weWords.contains(tokens[after + 1].foldedHash)
        else { return nil }
        return .org
    }

    private static let asWord = TokenHash.foldedHash("as")
    private static let suchWord = TokenHash.foldedHash("such")
    private static let likeWord = TokenHash.foldedHash("like")
    private static let includingWord = TokenHash.foldedHash("including")
    private static let orWord = TokenHash.foldedHash("or")
    private static let profitsWord = TokenHash.foldedHash("profits")
    private static let nonWord = TokenHash.foldedHash("non")
    private static let weWords = WordSet.folded(["we", "our", "us"])

    /// Plural nouns for kinds of things that are never people, by the label their examples take.
    private static let exampleKinds: TokenHashMap<EntityLabel> = {
        var kinds = TokenHashMap<EntityLabel>()
        let groups: [(EntityLabel, [String])] = [
            (
                .org,
                [
                    "companies", "firms", "brands", "agencies", "organizations", "organisations", "nonprofits",
                    "charities", "retailers", "startups", "businesses", "banks",
                    "publishers", "restaurants", "manufacturers", "outlets", "networks", "chains",
                ]
            ),
            (
                .product,
                [
                    "tools", "apps", "applications", "assistants", "frameworks", "libraries", "databases",
                    "chatbots", "devices", "gadgets", "shoes", "sneakers", "cars", "games",
                ]
            ),
            (.gpe, ["cities", "towns", "neighborhoods", "neighbourhoods", "suburbs", "villages", "countries"]),
            (.event, ["festivals", "conferences", "tournaments"]),
        ]
        for (label, words) in groups {
            for word in words { kinds[TokenHash.foldedHash(word)] = label }
        }
        return kinds
    }()
}
