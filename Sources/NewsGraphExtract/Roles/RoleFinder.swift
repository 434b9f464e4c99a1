import NewsGraphCore

/// Titles the text gives the persons it names, and what they hold them in, within one document.
///
/// A title is a gazetteer `TITLE` ("Deputy Secretary of State", "chief executive"; honorifics
/// such as "Mr" or "Sir" are no role) standing next to a person's name in one of the ways
/// English gives someone a position:
/// - before the name, after the organisation or country: "US Deputy Secretary of State Ann
///   Lee", "Acme's chief executive Ann Lee", "Foreign Minister Ann Lee";
/// - in an apposition after the name: "Ann Lee, the chief executive of Acme", "Ann Lee,
///   Acme's chief executive", "Ann Lee, the British chancellor," "Ann Lee, the chancellor,";
/// - in an apposition before it: "The Deputy Secretary of State, Lee, said".
/// A title given without its organisation is held in the group the document puts the person in
/// ("Ruritanian officials, including Ann Lee": Ruritania), when it does. An organisation,
/// country or nationality (ORG, GPE, NORP) directly attached to the title is what it serves.
struct RoleFinder {
    struct Found: Equatable {
        var titleTokens: Range<Int>
        var title: String
        var person: String
        var organisation: String?
    }

    let analysis: TextAnalysis
    let mentions: [EntityRecognizer.Mention]
    let gazetteer: Gazetteer
    /// Mention index starting, and ending (last token), at each token; -1 for none.
    private var startsAt: [Int32]
    private var endsAt: [Int32]

    /// Titles that say how to address someone, not what they do.
    private static let honorifics: Set<String> = [
        "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mx.", "Mx", "Messrs.", "Messrs", "Mme", "Mme.", "Mlle",
        "Monsieur", "Madame", "Herr", "Frau", "Señor", "Senor", "Señora", "Senora", "Sir", "Dame", "Lord", "Lady",
        "Hon.", "Rt. Hon.", "Rt Hon", "Dr.", "Dr", "Doctor", "Reverend", "Rev.", "The Rev.", "Father", "Fr.",
        "Sister", "Former",
    ]
    /// Words between an apposition's comma and its title: "Ann Lee, the former chief executive".
    private static let appositionOpeners = WordSet.folded([
        "the", "a", "an", "its", "former", "then", "current", "new", "acting", "interim", "outgoing", "incoming",
        "longtime", "long-time",
    ])
    /// What links a title to the organisation after it: "chief executive of Acme", "at Acme".
    private static let titleLinks = WordSet.folded(["of", "at", "for"])
    private static let the = TokenHash.foldedHash("the")
    private static let including = TokenHash.foldedHash("including")
    private static let phraseEnds: [Unicode.Scalar] = [",", ".", ";", ")", ":"]
    private static let demonstratives = WordSet.folded(["these", "those", "the"])
    /// Words that may follow a whole place or nationality phrase (a verb, a preposition, a
    /// conjunction, a relative pronoun); any other lowercase word is the noun it modifies.
    private static let phraseFollowers = WordSet.folded([
        "and", "or", "but", "in", "at", "on", "since", "until", "from", "to", "for", "of", "with", "during",
        "between", "after", "before", "who", "which", "that", "when", "where", "as", "said", "says", "told",
        "has", "had", "have", "is", "was", "are", "were", "will", "would",
    ])
    /// Titles of a club's or a company's office (canonical forms), which a country may hold
    /// (a national side's coach) but a town or region does not.
    private static let clubTitles: Set<String> = [
        "Chairman", "Vice Chairman", "Chief Executive", "Chief Executive Officer", "CEO", "Managing Director",
        "Director", "Coach", "Head Coach", "Manager", "Captain", "Owner",
    ]
    /// Plural nouns for the people of an organisation: "Ruritanian officials, including …".
    private static let groupNouns = WordSet.folded([
        "officials", "ministers", "leaders", "diplomats", "executives", "members", "lawmakers", "senators",
        "envoys", "negotiators", "representatives", "delegates", "officers", "commanders", "directors",
    ])

    init(analysis: TextAnalysis, mentions: [EntityRecognizer.Mention], gazetteer: Gazetteer) {
        self.analysis = analysis
        self.mentions = mentions
        self.gazetteer = gazetteer
        startsAt = [Int32](repeating: -1, count: analysis.tokens.count)
        endsAt = startsAt
        for (index, mention) in mentions.enumerated() where !mention.tokens.isEmpty {
            startsAt[mention.tokens.lowerBound] = Int32(index)
            endsAt[mention.tokens.upperBound - 1] = Int32(index)
        }
    }

    func find() -> [Found] {
        var found: [Found] = []
        var usedTitles = Set<Int>()
        func add(_ role: Found) {
            var role = role
            // "Ruritown chairman X": a town or region holds no club's or company's office; the
            // club or company named after it does, which the text has not named apart.
            if Self.clubTitles.contains(role.title), let key = role.organisation, key.hasPrefix("GPE:"),
                !GazetteerLoader.countries.contains(String(key.dropFirst(4)))
            {
                role.organisation = nil
            }
            if usedTitles.insert(role.titleTokens.lowerBound).inserted { found.append(role) }
        }
        for mention in mentions where mention.label == .person {
            if let role = premodifier(of: mention) { add(role) }
            if let role = appositionAfter(mention) { add(role) }
            if let role = appositionBefore(mention) { add(role) }
        }
        guard found.contains(where: { $0.organisation == nil }) else { return found }
        let groups = memberships()
        for index in found.indices where found[index].organisation == nil {
            found[index].organisation = groups[found[index].person]
        }
        return found
    }

    // MARK: Patterns

    /// "US Deputy Secretary of State Ann Lee", "Acme's chief executive Ann Lee".
    private func premodifier(of person: EntityRecognizer.Mention) -> Found? {
        let end = person.tokens.lowerBound
        guard let (start, title) = titleMatch(endingAt: end) else { return nil }
        return Found(
            titleTokens: start..<end, title: title, person: person.entity,
            organisation: organisation(endingBefore: start))
    }

    /// "Ann Lee, the chief executive of Acme", "Ann Lee, Acme's chief executive", "Ann Lee, the chancellor,".
    private func appositionAfter(_ person: EntityRecognizer.Mention) -> Found? {
        var index = person.tokens.upperBound
        guard analysis.isCharacter(index, ",") else { return nil }
        index += 1
        while index < analysis.tokens.count && Self.appositionOpeners.contains(analysis.tokens[index].foldedHash) {
            index += 1
        }
        var organisation: String?
        if let serving = servingMention(at: index, allowingPossessive: true) {
            organisation = serving.entity
            index = serving.tokens.upperBound
            if index < analysis.tokens.count && analysis.tokens[index].kind == .possessive { index += 1 }
        }
        guard let (length, title) = titleMatch(at: index) else { return nil }
        let titleTokens = index..<index + length
        var after = titleTokens.upperBound
        if organisation == nil, after < analysis.tokens.count,
            Self.titleLinks.contains(analysis.tokens[after].foldedHash)
        {
            after += 1
            if after < analysis.tokens.count && analysis.tokens[after].foldedHash == Self.the { after += 1 }
            if let serving = servingMention(at: after, afterLink: true) {
                return Found(
                    titleTokens: titleTokens, title: title, person: person.entity, organisation: serving.entity)
            }
            return nil
        }
        // The apposition ends with the title: "Ann Lee, the chancellor, said"; not "the chancellor's aide".
        guard closesPhrase(at: after) else { return nil }
        return Found(titleTokens: titleTokens, title: title, person: person.entity, organisation: organisation)
    }

    /// "The Deputy Secretary of State, Lee, said", "The chief executive of Acme, Ann Lee, said".
    private func appositionBefore(_ person: EntityRecognizer.Mention) -> Found? {
        let comma = person.tokens.lowerBound - 1
        guard comma > 0, analysis.isCharacter(comma, ","), closesPhrase(at: person.tokens.upperBound) else {
            return nil
        }
        var organisation: String?
        var titleEnd = comma
        // "… of Acme, Ann Lee": the organisation after the title.
        if endsAt[comma - 1] >= 0 {
            let serving = mentions[Int(endsAt[comma - 1])]
            let link = serving.tokens.lowerBound - 1
            if Self.isServing(serving.label), link > 0, Self.titleLinks.contains(analysis.tokens[link].foldedHash) {
                organisation = serving.entity
                titleEnd = link
            } else {
                return nil
            }
        }
        guard let (start, title) = titleMatch(endingAt: titleEnd) else { return nil }
        // The title opens its phrase: "The Deputy Secretary of State," at a sentence start or after "the".
        guard start == 0 || analysis.tokens[start - 1].foldedHash == Self.the || analysis.isSentenceInitial(start)
        else {
            return nil
        }
        return Found(
            titleTokens: start..<titleEnd, title: title, person: person.entity,
            organisation: organisation ?? self.organisation(endingBefore: start))
    }

    /// Persons named as members of a group: "Ruritanian officials, including Ann Lee and Bo Chan",
    /// or "These officials, including …" after a sentence that said whose officials they are.
    private func memberships() -> [String: String] {
        var groups: [String: String] = [:]
        let tokens = analysis.tokens
        for index in tokens.indices.dropFirst(2) where tokens[index].foldedHash == Self.including {
            let noun = index - 2
            guard analysis.isCharacter(index - 1, ","), Self.groupNouns.contains(tokens[noun].foldedHash),
                let organisation = groupOrganisation(noun: noun)
            else { continue }
            var next = index + 1
            while next < tokens.count, startsAt[next] >= 0, mentions[Int(startsAt[next])].label == .person {
                let person = mentions[Int(startsAt[next])]
                if groups[person.entity] == nil { groups[person.entity] = organisation }
                next = person.tokens.upperBound
                guard next < tokens.count, analysis.isCharacter(next, ",") || tokens[next].foldedHash == FoldedWord.and
                else { break }
                next += 1
            }
        }
        return groups
    }

    /// Whose group the noun at `noun` is: an organisation, country or nationality shortly before
    /// it in the sentence ("US government officials"), or, after "These", in the two sentences
    /// before, before the same noun.
    private func groupOrganisation(noun: Int) -> String? {
        if let own = servingMention(before: noun, within: 3) { return own }
        guard noun > 0, Self.demonstratives.contains(analysis.tokens[noun - 1].foldedHash) else { return nil }
        let sentence = analysis.sentenceOfToken[noun]
        var index = noun - 2
        while index >= 0 && analysis.sentenceOfToken[index] >= sentence - 2 {
            if analysis.tokens[index].foldedHash == analysis.tokens[noun].foldedHash,
                let earlier = servingMention(before: index, within: 3)
            {
                return earlier
            }
            index -= 1
        }
        return nil
    }

    // MARK: Pieces

    /// The longest title starting at `index` (outside any name): its length and canonical form.
    private func titleMatch(at index: Int) -> (length: Int, title: String)? {
        guard index < analysis.tokens.count, analysis.tokens[index].kind == .word, startsAt[index] < 0 else {
            return nil
        }
        for match in gazetteer.matches(in: analysis.tokens, at: index) where match.category == .title {
            let canonical = gazetteer.entries[Int(match.entryIndex)].canonical
            guard let title = Self.role(canonical) else { return nil }
            return (match.length, title)
        }
        return nil
    }

    /// The longest title ending right before token `end`: where it starts, and its canonical form.
    private func titleMatch(endingAt end: Int) -> (start: Int, title: String)? {
        var start = max(0, end - gazetteer.maximumLength)
        while start < end {
            if analysis.sentenceOfToken[start] == analysis.sentenceOfToken[max(0, end - 1)],
                let (length, title) = titleMatch(at: start), start + length == end, !covered(start..<end)
            {
                return (start, title)
            }
            start += 1
        }
        return nil
    }

    private func covered(_ range: Range<Int>) -> Bool { range.contains { startsAt[$0] >= 0 || endsAt[$0] >= 0 } }

    /// The canonical title as a role: nil for an honorific, "Former " dropped.
    private static func role(_ canonical: String) -> String? {
        guard !honorifics.contains(canonical) else { return nil }
        return canonical.hasPrefix("Former ") ? String(canonical.dropFirst(7)) : canonical
    }

    /// The organisation, country or nationality just before `start`, possessive or not
    /// ("Acme's", "US").
    private func organisation(endingBefore start: Int) -> String? {
        var last = start - 1
        let isPossessive = last >= 0 && analysis.tokens[last].kind == .possessive
        if isPossessive { last -= 1 }
        guard last >= 0, endsAt[last] >= 0 else { return nil }
        let mention = mentions[Int(endsAt[last])]
        guard Self.isServing(mention.label), !isPartOfName(mention) else { return nil }
        // "Ruritania's Green mayor Ann Lee": the possessive owner is what she serves, the word
        // between her affiliation.
        if !isPossessive, mention.tokens.lowerBound >= 2,
            analysis.tokens[mention.tokens.lowerBound - 1].kind == .possessive,
            let owner = endsAt[mention.tokens.lowerBound - 2] >= 0
                ? mentions[Int(endsAt[mention.tokens.lowerBound - 2])] : nil,
            Self.isServing(owner.label)
        {
            return owner.entity
        }
        return mention.entity
    }

    /// An organisation, country or nationality name starting at `index` that is the whole
    /// phrase: not a modifier of another name or noun ("the California-based Institute", "the
    /// Ruritanian FA's committee"), unless a possessive makes it the holder ("Acme's chief").
    private func servingMention(
        at index: Int, allowingPossessive: Bool = false, afterLink: Bool = false
    ) -> EntityRecognizer.Mention? {
        guard index < startsAt.count, startsAt[index] >= 0 else { return nil }
        let mention = mentions[Int(startsAt[index])]
        guard Self.isServing(mention.label) else { return nil }
        let next = mention.tokens.upperBound
        guard next < analysis.tokens.count else { return mention }
        let token = analysis.tokens[next]
        if token.kind == .hyphen || (token.kind == .word && token.isCapitalized && titleMatch(at: next) == nil) {
            return nil
        }
        if token.kind == .possessive && !allowingPossessive { return nil }
        // "chief executive of Ruritanian operator Acme": a place or nationality after the link
        // that stands before a noun modifies it; what the title is held in comes later, if at all.
        if afterLink, mention.label != .org, token.kind == .word, !token.isCapitalized, !token.isAllCaps,
            !Self.phraseFollowers.contains(token.foldedHash)
        {
            return nil
        }
        return mention
    }

    /// An organisation, country or nationality ending at most `within` tokens before `index`, in its sentence.
    private func servingMention(before index: Int, within: Int) -> String? {
        var position = index - 1
        while position >= max(0, index - within)
            && analysis.sentenceOfToken[position] == analysis.sentenceOfToken[index]
        {
            if endsAt[position] >= 0 {
                let mention = mentions[Int(endsAt[position])]
                return Self.isServing(mention.label) ? mention.entity : nil
            }
            position -= 1
        }
        return nil
    }

    /// A mention that is only part of a name the extractor cut: it ends in a lowercase word
    /// ("Association of") or a capitalised word that is no name of its own stands right before
    /// it ("Liberal" before "Democrat"; a sentence's first "The" or "Former" does not count).
    private func isPartOfName(_ mention: EntityRecognizer.Mention) -> Bool {
        let lastToken = analysis.tokens[mention.tokens.upperBound - 1]
        if lastToken.kind == .word && !lastToken.isCapitalized && !lastToken.isAllCaps { return true }
        let before = mention.tokens.lowerBound - 1
        guard before >= 0, endsAt[before] < 0 else { return false }
        let token = analysis.tokens[before]
        guard token.kind == .word, token.isCapitalized else { return false }
        if analysis.isSentenceInitial(before) {
            return !Lexicon.determiners.contains(token.foldedHash) && !Self.appositionOpeners.contains(token.foldedHash)
        }
        return true
    }

    private static func isServing(_ label: EntityLabel) -> Bool { label == .org || label == .gpe || label == .norp }

    /// The end of a phrase: a comma, a full stop, a semicolon, a closing bracket, a dash, or the text's end.
    private func closesPhrase(at index: Int) -> Bool {
        guard index < analysis.tokens.count else { return true }
        if analysis.tokens[index].kind == .dash { return true }
        return Self.phraseEnds.contains { analysis.isCharacter(index, $0) }
    }
}
