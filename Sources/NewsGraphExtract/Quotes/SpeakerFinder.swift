import NewsGraphCore

/// Finds the noun phrase that names a speaker next to a reporting verb: a recognised entity,
/// a pronoun, or a role ("an Iranian official", "US government officials").
struct SpeakerFinder {
    let analysis: TextAnalysis
    /// Entity mentions by the token each ends at and starts at.
    let mentionEndingAt: MentionsByToken
    let mentionStartingAt: MentionsByToken

    init(analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]) {
        self.analysis = analysis
        let names = mentions.filter { $0.label.isName }
        mentionEndingAt = MentionsByToken(names, tokenCount: analysis.tokens.count) { $0.tokens.upperBound - 1 }
        mentionStartingAt = MentionsByToken(names, tokenCount: analysis.tokens.count) { $0.tokens.lowerBound }
    }

    /// A speaker phrase in the text.
    struct Speaker: Sendable {
        var tokens: Range<Int>
        var mention: EntityRecognizer.Mention?
        var isPronoun: Bool
    }

    var tokens: [Token] { analysis.tokens }
    static let placeLinks = WordSet.folded(["of", "from", "in", "at", "like"])

    /// Names of people, organisations, places and groups speak; a nationality used as an
    /// adjective ("Republican support") or a product or law does not.
    func canSpeak(_ mention: EntityRecognizer.Mention) -> Bool {
        switch mention.label {
        case .person, .org, .gpe, .loc, .fac: return true
        case .norp:
            let last = tokens[mention.tokens.upperBound - 1]
            return analysis.text[Int(last.end) - 1] == UInt8(ascii: "s")
        default: return false
        }
    }
    static let who = TokenHash.foldedHash("who")

    /// The speaker ending just before `index` (the cue), skipping adverbs and auxiliaries.
    func speaker(before index: Int, within sentence: Sentence) -> Speaker? {
        var position = index - 1
        // "Kahl jokingly said": a lower-case word in -ly before the verb is an adverb.
        while position >= sentence.tokens.lowerBound, tokens[position].kind == .word,
            Lexicon.auxiliaries.contains(tokens[position].foldedHash) || isAdverb(position)
                || isFloatingQuantifier(position, sentence),
            mentionEndingAt[position] == nil
        {
            position -= 1
        }
        // "Gov. Ann Lee (R-Ohio), said": a party and state in parentheses go with the name.
        var close = position
        if close > sentence.tokens.lowerBound, analysis.isCharacter(close, ","), analysis.isCharacter(close - 1, ")") {
            close -= 1
        }
        if analysis.isCharacter(close, ")") {
            var open = close - 1
            while open > sentence.tokens.lowerBound, close - open < 8, !analysis.isCharacter(open, "(") { open -= 1 }
            if analysis.isCharacter(open, "("), let name = mentionEndingAt[open - 1],
                name.label == .person || name.label == .org
            {
                return Speaker(tokens: name.tokens, mention: name, isPronoun: false)
            }
        }
        if position >= sentence.tokens.lowerBound, let author = authorOfWork(endingAt: position, sentence) {
            return author
        }
        // An appositive: "The Deputy Secretary of State, Sherman, stated".
        if position >= sentence.tokens.lowerBound, analysis.isCharacter(position, ","),
            mentionEndingAt[position - 1] != nil
        {
            // "Ann Vance, a professor at Acme University, said": the name that ends an
            // appositive is not the speaker; the person before the appositive is.
            if let person = nameBeforeAppositive(endingAt: position - 1, sentence, limit: 24, roleFirst: true) {
                return person
            }
            position -= 1
        }
        guard position >= sentence.tokens.lowerBound else { return nil }
        guard let found = phrase(endingAt: position, sentence: sentence) else {
            // "Lopez, the second-ranking member of the council, said": a name before any appositive.
            return analysis.isCharacter(position, ",") ? nameBeforeAppositive(endingAt: position - 1, sentence) : nil
        }
        // "Mr Balls, a prospective Labour MP, said": the role is in apposition to the name.
        let comma = found.tokens.lowerBound - 1
        if found.mention == nil, !found.isPronoun, comma > sentence.tokens.lowerBound,
            analysis.isCharacter(comma, ","), let name = mentionEndingAt[comma - 1], name.label == .person
        {
            return Speaker(tokens: name.tokens, mention: name, isPronoun: false)
        }
        return found
    }

    /// The noun phrase that ends at `position`, if it can name a speaker.
    func phrase(endingAt position: Int, sentence: Sentence) -> Speaker? {
        if let mention = mentionEndingAt[position], mention.label != .date {
            // "Sen. Ann Vance of Ohio said": a place after "of" or "from" belongs to the name
            // before it; "in Louisville" is where, not who.
            // A place ending a list of places (`in Ohio and Texas`) is where as much as the first.
            let before = firstOfPlaces(endingWith: mention, sentence) - 1
            if mention.label == .gpe || mention.label == .loc, before > sentence.tokens.lowerBound,
                Self.placeLinks.contains(tokens[before].foldedHash)
            {
                guard let owner = mentionEndingAt[before - 1], owner.label == .person || owner.label == .org else {
                    return placeOwner(beforeLink: before, sentence)
                }
                return Speaker(tokens: owner.tokens, mention: owner, isPronoun: false)
            }
            guard canSpeak(mention) else { return nil }
            return Speaker(tokens: mention.tokens, mention: mention, isPronoun: false)
        }
        let token = tokens[position]
        // A share of people polled speaks for them: "47% say", "two-thirds believe", "most think".
        if analysis.isCharacter(position, "%") || QuoteLexicon.quantifiers.contains(token.foldedHash) {
            let start =
                position > sentence.tokens.lowerBound && tokens[position - 1].kind == .number
                ? position - 1 : position
            return token.kind == .word || start < position
                ? Speaker(tokens: start..<position + 1, mention: nil, isPronoun: false) : nil
        }
        guard token.kind == .word else { return nil }
        if Lexicon.pronouns.contains(token.foldedHash) {
            return Speaker(tokens: position..<position + 1, mention: nil, isPronoun: true)
        }
        if token.foldedHash == Self.who {
            // "Kahl, who said …": the relative pronoun is the mention, its antecedent the name.
            var before = position - 1
            if analysis.isCharacter(before, ",") { before -= 1 }
            let antecedent = before >= 0 ? mentionEndingAt[before] ?? appositiveName(before, sentence) : nil
            // "economists who say …": an unnamed role before "who" is the speaker itself.
            if antecedent == nil, before >= sentence.tokens.lowerBound,
                QuoteLexicon.roleNouns.contains(tokens[before].foldedHash),
                let role = phrase(endingAt: before, sentence: sentence)
            {
                return role
            }
            return Speaker(tokens: position..<position + 1, mention: antecedent, isPronoun: antecedent == nil)
        }
        if QuoteLexicon.roleNouns.contains(token.foldedHash) {
            var start = position
            while start - 1 >= sentence.tokens.lowerBound {
                let previous = tokens[start - 1]
                let isModifier =
                    previous.kind == .word
                    && (Lexicon.determiners.contains(previous.foldedHash)
                        || QuoteLexicon.roleNouns.contains(previous.foldedHash)
                        || previous.isCapitalized || mentionEndingAt[start - 1] != nil
                        || isAdjective(start - 1))
                guard isModifier, !Lexicon.speechVerbs.contains(previous.foldedHash),
                    !Self.sentenceLinks.contains(previous.foldedHash)
                else { break }
                start -= 1
                if Lexicon.determiners.contains(previous.foldedHash)
                    && previous.foldedHash != FoldedWord.senior
                {
                    break
                }
            }
            if let opening = determinerOpening(before: start, sentence) { start = opening }
            if let share = shareOpening(before: start, sentence) { start = share }
            return Speaker(tokens: start..<position + 1, mention: nil, isPronoun: false)
        }
        return nil
    }

    /// `64% of voters`, `half of the voters`: a group after a share and `of` speaks through the
    /// share, so the phrase opens at the share's figure or word.
    private func shareOpening(before start: Int, _ sentence: Sentence) -> Int? {
        let of = start - 1
        guard of - 1 >= sentence.tokens.lowerBound, tokens[of].foldedHash == Self.ofWord else { return nil }
        let share = of - 1
        guard
            analysis.isCharacter(share, "%")
                || tokens[share].kind == .word
                    && QuoteLexicon.quantifiers.contains(tokens[share].foldedHash)
        else { return nil }
        let opening = share > sentence.tokens.lowerBound && tokens[share - 1].kind == .number ? share - 1 : share
        return tokens[share].kind == .word || opening < share ? opening : nil
    }
    private static let ofWord = TokenHash.foldedHash("of")

    /// A role's or a writing's phrase runs back over one or two plain lower-case nouns to the
    /// article that opens it (`The county poll found`): the whole phrase is the speaker's words.
    private func determinerOpening(before start: Int, _ sentence: Sentence) -> Int? {
        guard start > sentence.tokens.lowerBound, !Lexicon.determiners.contains(tokens[start].foldedHash) else {
            return nil
        }
        var position = start - 1
        while position >= max(sentence.tokens.lowerBound, start - 3) {
            let token = tokens[position]
            guard token.kind == .word, !token.isCapitalized || position == sentence.tokens.lowerBound else {
                return nil
            }
            if Lexicon.articles.contains(token.foldedHash) { return position < start - 1 ? position : nil }
            guard position > start - 3, !Lexicon.speechVerbs.contains(token.foldedHash),
                !Self.sentenceLinks.contains(token.foldedHash), !QuoteExtractor.prepositions.contains(token.foldedHash),
                !QuoteLexicon.finiteAuxiliaries.contains(token.foldedHash),
                !Lexicon.determiners.contains(token.foldedHash), !Lexicon.pronouns.contains(token.foldedHash)
            else { return nil }
            position -= 1
        }
        return nil
    }

    /// A speaker starting at `index` (after "said" or "according to").
    func speaker(startingAt index: Int, within sentence: Sentence) -> Speaker? {
        guard index < sentence.tokens.upperBound else { return nil }
        if let mention = mentionStartingAt[index], mention.label != .date {
            // "said South Carolina party chairman Jaime Harrison": a place or group before a
            // title and a name modifies them; the person is the speaker.
            if mention.label != .person, let person = person(after: mention.tokens.upperBound, within: sentence) {
                // Past the comma of "Acme's chief engineer, Jane Roe" the phrase is the whole title.
                let start = tokens[mention.tokens.upperBound].kind == .possessive ? index : person.tokens.lowerBound
                return Speaker(tokens: start..<person.tokens.upperBound, mention: person, isPronoun: false)
            }
            return Speaker(tokens: mention.tokens, mention: mention, isPronoun: false)
        }
        if Lexicon.pronouns.contains(tokens[index].foldedHash) {
            return Speaker(tokens: index..<index + 1, mention: nil, isPronoun: true)
        }
        var position = index
        while position < sentence.tokens.upperBound, position - index < 6, tokens[position].kind == .word {
            if QuoteLexicon.roleNouns.contains(tokens[position].foldedHash) {
                var end = position + 1
                while end < sentence.tokens.upperBound, QuoteLexicon.roleNouns.contains(tokens[end].foldedHash) {
                    end += 1
                }
                // "according to an Iranian news agency, Tasnim,": prefer the name in apposition.
                if analysis.isCharacter(end, ","), let named = mentionStartingAt[end + 1] {
                    return Speaker(tokens: named.tokens, mention: named, isPronoun: false)
                }
                // "said study author Ann Vance": a role right before a person's name is the
                // name's title, and the person speaks.
                if let named = mentionStartingAt[end], named.label == .person {
                    return Speaker(tokens: named.tokens, mention: named, isPronoun: false)
                }
                return Speaker(tokens: index..<end, mention: nil, isPronoun: false)
            }
            if let mention = mentionStartingAt[position], mention.label == .person || mention.label == .org {
                return Speaker(tokens: mention.tokens, mention: mention, isPronoun: false)
            }
            position += 1
        }
        guard let run = capitalisedRun(at: index, limit: sentence.tokens.upperBound) else { return nil }
        if run.tokens.upperBound < sentence.tokens.upperBound, tokens[run.tokens.upperBound].kind == .possessive,
            let person = person(after: run.tokens.upperBound, within: sentence)
        {
            return Speaker(tokens: index..<person.tokens.upperBound, mention: person, isPronoun: false)
        }
        return run
    }

    /// "Lloyd Vance, the magazine's editor who …": the name a role phrase ending at `end` stands
    /// in apposition to, before the comma that opens the phrase.
    private func appositiveName(_ end: Int, _ sentence: Sentence) -> EntityRecognizer.Mention? {
        guard QuoteLexicon.roleNouns.contains(tokens[end].foldedHash) else { return nil }
        var position = end
        while position > sentence.tokens.lowerBound, end - position < 7,
            tokens[position].kind == .word || tokens[position].kind == .possessive
        {
            position -= 1
        }
        guard position > sentence.tokens.lowerBound, analysis.isCharacter(position, ","),
            let name = mentionEndingAt[position - 1], name.label == .person
        else { return nil }
        return name
    }

    /// The person named before a comma that opens the phrase ending at `end`.
    /// With `roleFirst`, the appositive must open with a lower-case word (`a professor at …`),
    /// so that a list of names (`Vance, Lopez said`) is not read as one.
    private func nameBeforeAppositive(
        endingAt end: Int, _ sentence: Sentence, limit: Int = 12, roleFirst: Bool = false
    ) -> Speaker? {
        var position = end
        while position > sentence.tokens.lowerBound, end - position < limit {
            let token = tokens[position]
            if analysis.isCharacter(position, ",") {
                guard let name = personEnding(before: position, sentence) else { return nil }
                if roleFirst {
                    let opening = tokens[position + 1]
                    guard opening.kind == .word, !opening.isCapitalized || Lexicon.articles.contains(opening.foldedHash)
                    else { return nil }
                }
                return Speaker(tokens: name.tokens, mention: name, isPronoun: false)
            }
            guard
                token.kind == .word || token.kind == .number || token.kind == .possessive || token.kind == .hyphen
                    || analysis.isCharacter(position, ".")
            else { return nil }
            position -= 1
        }
        return nil
    }

    /// The person whose name ends just before `comma`, with what a name carries before its
    /// appositive: a party and state in brackets (`Sen. Ann Lee (R-Ohio), a …`) or the place
    /// the person is of (`Gov. Ann Lee of Ohio, a …`).
    private func personEnding(before comma: Int, _ sentence: Sentence) -> EntityRecognizer.Mention? {
        var end = comma - 1
        if end > sentence.tokens.lowerBound, analysis.isCharacter(end, ")") {
            var open = end - 1
            while open > sentence.tokens.lowerBound, end - open < 8, !analysis.isCharacter(open, "(") { open -= 1 }
            guard analysis.isCharacter(open, "(") else { return nil }
            end = open - 1
        }
        guard end >= sentence.tokens.lowerBound, let name = mentionEndingAt[end] else { return nil }
        if name.label == .person { return name }
        guard name.label == .gpe, let owner = phrase(endingAt: end, sentence: sentence)?.mention,
            owner.label == .person
        else { return nil }
        return owner
    }

    /// A person named within the next few words of the same phrase (no comma between), or right
    /// after the comma that closes the group's title for them: "Acme's chief engineer, Jane Roe".
    private func person(after index: Int, within sentence: Sentence) -> EntityRecognizer.Mention? {
        var position = index
        if position < sentence.tokens.upperBound, tokens[position].kind == .possessive { position += 1 }
        while position < min(index + 7, sentence.tokens.upperBound),
            tokens[position].kind == .word || analysis.isCharacter(position, ".")
        {
            if let mention = mentionStartingAt[position], mention.label == .person { return mention }
            position += 1
        }
        guard position > index + 1, tokens[index].kind == .possessive, analysis.isCharacter(position, ","),
            let named = mentionStartingAt[position + 1], named.label == .person
        else { return nil }
        return named
    }

    /// The source after "according to": a speaker, else the noun phrase up to the next
    /// punctuation ("the union", "a survey by the Harbour Institute"), kept as written.
    func source(startingAt index: Int, within sentence: Sentence) -> Speaker? {
        if let speaker = speaker(startingAt: index, within: sentence) { return speaker }
        guard index < sentence.tokens.upperBound, tokens[index].kind == .word else { return nil }
        var end = index
        while end < sentence.tokens.upperBound, end - index < 12,
            tokens[end].kind == .word || tokens[end].kind == .possessive || tokens[end].kind == .number
                || tokens[end].kind == .hyphen
        {
            end += 1
        }
        return Speaker(tokens: index..<end, mention: nil, isPronoun: false)
    }

    /// A name the entity stage missed: capitalised words in a row ("said Bednarek").
    func capitalisedRun(at index: Int, limit: Int) -> Speaker? {
        var end = index
        while end < limit, end - index < 4, tokens[end].kind == .word, tokens[end].isCapitalized,
            !Lexicon.sentenceWords.contains(tokens[end].foldedHash),
            !QuoteLexicon.quoteVerbs.contains(tokens[end].foldedHash)
        {
            end += 1
        }
        // One capitalised word opening a sentence is as likely "Later" or "Sunday" as a name.
        guard end > index, end - index >= 2 || !analysis.isSentenceInitial(index) else { return nil }
        return Speaker(tokens: index..<end, mention: nil, isPronoun: false)
    }

    /// A name the entity stage missed, right before its verb: "…, Devine responded". Up to three
    /// capitalised words; one alone must not open the sentence ("Later", "Sunday").
    func capitalisedName(endingAt position: Int, within sentence: Sentence) -> Speaker? {
        var start = position + 1
        while start > sentence.tokens.lowerBound, position + 1 - start < 3, tokens[start - 1].kind == .word,
            tokens[start - 1].isCapitalized, !Lexicon.sentenceWords.contains(tokens[start - 1].foldedHash),
            !QuoteLexicon.quoteVerbs.contains(tokens[start - 1].foldedHash)
        {
            start -= 1
        }
        guard start <= position, position - start >= 1 || !analysis.isSentenceInitial(start) else { return nil }
        return Speaker(tokens: start..<position + 1, mention: nil, isPronoun: false)
    }

    private func isAdverb(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length > 4, !token.isCapitalized else { return false }
        let end = Int(token.end)
        return analysis.text[end - 2] == UInt8(ascii: "l") && analysis.text[end - 1] == UInt8(ascii: "y")
    }

    private func isAdjective(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length > 3 else { return false }
        let bytes = analysis.text[Int(token.end) - 2..<Int(token.end)]
        return bytes.elementsEqual("al".utf8) || bytes.elementsEqual("an".utf8) || bytes.elementsEqual("or".utf8)
    }
}
