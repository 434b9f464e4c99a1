import NewsGraphCore

/// Document-level rules on ordinary words (``CommonWords``) and terms: what looks like a name
/// by its capitals but is a word of the trade.
extension DocumentResolver {
    /// `adaptive noise control (ANC)`: an acronym the text spells out in lower-case words is
    /// a term of the trade, whatever body the gazetteer knows by the same letters. The hashes of
    /// such acronyms, or nil when the text has none.
    func termAcronyms() -> TokenHashSet? {
        let tokens = analysis.tokens
        var found: [UInt64] = []
        var index = 1
        while index + 2 < tokens.count {
            defer { index += 1 }
            if analysis.isCharacter(index, "("), let hash = spelledAmpersandAcronym(after: index) {
                found.append(hash)
                continue
            }
            guard tokens[index].kind == .punctuation, analysis.isCharacter(index, "("),
                analysis.isCharacter(index + 2, ")")
            else { continue }
            let acronym = tokens[index + 1]
            guard acronym.kind == .word, acronym.isAllCaps, acronym.length >= 2, acronym.length <= 6 else { continue }
            // One word before the bracket per letter, each opening with its letter, in lower case
            // (the first word may open the sentence).
            var letter = acronym.length - 1
            var position = index - 1
            while letter >= 0, position >= 0, tokens[position].kind == .word {
                let word = tokens[position]
                let initial = TokenHash.fold(analysis.text[Int(word.start)])
                guard initial == TokenHash.fold(analysis.text[Int(acronym.start) + letter]),
                    !word.isCapitalized || letter == 0 && analysis.isSentenceInitial(position)
                else { break }
                letter -= 1
                position -= 1
            }
            if letter < 0 { found.append(acronym.hash) }
        }
        return found.isEmpty ? nil : TokenHashSet(found)
    }

    /// `Velmar Elevator`, `Quorin Moisturizer`, `Steadfast`: a name with an ordinary English word
    /// that is nobody's name (``CommonWords``) is a company, a product or a term, not a person,
    /// unless a rule or a known full name makes it one.
    func hasOrdinaryWord(_ range: Range<Int>) -> Bool {
        range.contains { isOrdinaryWord($0) }
    }

    /// `the Senior Orchard Consultant`, `Data Engineer`: capitalised words that end in a noun for
    /// an office job (`ContextCues.jobNouns`), with no institution's head word among them, name
    /// the job: where only an article's slot or their shape would make them a body, they are none.
    func isJobTitle(_ name: Range<Int>) -> Bool {
        let words = wordsOf(name)
        return words.count >= 2 && ContextCues.jobNouns.contains(analysis.tokens[words.last].hash)
            && !name.contains { ContextCues.institutionHeads.contains(analysis.tokens[$0].hash) }
    }

    func isOrdinaryWord(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.kind == .word && token.isCapitalized && !token.isAllCaps && commonWords.contains(token.foldedHash)
    }

    /// A person found by shape or a weak context may hold no ordinary word at all; one named by
    /// a rule (a given name, a role) may not end in one (`Daniel Orbit`): family names
    /// are in the census lists, which ``CommonWords`` leaves out.
    func isOrdinaryForPerson(_ candidate: NameCandidate) -> Bool {
        if candidate.evidence < .pattern {
            return hasOrdinaryWord(candidate.tokens) || isThingCompound(candidate.tokens)
        }
        let last = wordsOf(candidate.tokens).last
        return last >= 0 && isOrdinaryWord(last)
    }

    /// `Boston Fern`, `Granny Smith`: two words that WordNet writes with a capital as a common noun
    /// of a thing, a food, a plant or an animal (``ThingCompounds``) name that thing, no person.
    func isThingCompound(_ range: Range<Int>) -> Bool {
        let tokens = analysis.tokens
        guard range.count == 2, tokens[range.lowerBound].kind == .word, tokens[range.lowerBound + 1].kind == .word
        else { return false }
        let key = NationalityCompounds.key(tokens[range.lowerBound].foldedHash, tokens[range.lowerBound + 1].foldedHash)
        return ThingCompounds.shared.contains(key)
    }

    /// `Social Media`, `Real Estate`: a name of two or more words that the same document also
    /// writes in lower case, word for word, is that phrase in title case (a heading's, a
    /// label's), unless the gazetteer knows it or a word for a place or an event heads it
    /// (`Fort Arden`, `Main Plaza` may be misspelt in lower case). A common or technical acronym
    /// may open the phrase in capitals both times (`IT Staffing` beside `IT staffing agencies`).
    /// A nationality (one of `nationalities`) may open it in capitals both times (`Danish Press`
    /// beside `Danish press`): the two words are a common noun of a thing. A one-word name opening
    /// a sentence before a lower-case word is that phrase's first word when the document writes
    /// the two in lower case (`Quenner glazing` beside `quenner glazing`);
    /// ``lowerCasePhrase(of:)`` gives the words each name is tested by.
    /// The keys (``phraseKey(_:)``) of the names so written, or nil when there are none.
    func phrasesWrittenInLowerCase(
        of candidates: [NameCandidate], nationalities: TokenHashSet?
    )
        -> TokenHashSet?
    {
        let tokens = analysis.tokens
        var keys: [UInt64] = []
        var firstWords: [UInt64] = []
        var longest = 0
        for candidate in candidates {
            guard let phrase = lowerCasePhrase(of: candidate) else { continue }
            keys.append(phraseKey(phrase))
            firstWords.append(tokens[phrase.lowerBound].foldedHash)
            longest = max(longest, phrase.count)
        }
        guard !keys.isEmpty else { return nil }
        let asked = TokenHashSet(keys)
        let firsts = TokenHashSet(firstWords)
        var found: [UInt64] = []
        for start in tokens.indices
        where tokens[start].kind == .word
            && (!tokens[start].isCapitalized || isTermAcronym(start)
                || nationalities?.contains(tokens[start].hash) == true)
            && firsts.contains(tokens[start].foldedHash)
        {
            // After an acronym a lower-case word must follow: `COVID-19` is written so in any case.
            var hasLowerWord = !tokens[start].isCapitalized
            // A nationality opens a name of two words only (`Danish Press`), never a longer title.
            let reach = tokens[start].isCapitalized && !isTermAcronym(start) ? 2 : longest
            var key = CapsLineMatcher.keySeed
            for (offset, index) in (start..<min(start + reach, tokens.count)).enumerated() {
                if offset > 0 && tokens[index].isCapitalized { break }
                if tokens[index].kind == .word && !tokens[index].isCapitalized { hasLowerWord = true }
                key = CapsLineMatcher.extendKey(key, tokens[index])
                if offset > 0 && hasLowerWord && asked.contains(key) { found.append(key) }
            }
        }
        return found.isEmpty ? nil : TokenHashSet(found)
    }

    /// The hashes of the one-word nationalities (NORP) among the candidates, nil when none.
    func nationalityWords(of candidates: [NameCandidate]) -> TokenHashSet? {
        var words: [UInt64] = []
        for candidate in candidates where candidate.label == .norp && candidate.tokens.count == 1 {
            words.append(analysis.tokens[candidate.tokens.lowerBound].hash)
        }
        return words.isEmpty ? nil : TokenHashSet(words)
    }

    /// The words by which the lower-case test judges a name: a phrase candidate's own, or a
    /// name that opens a sentence, that no rule or list found, and the lower-case word after
    /// it (`Quenner glazing`). Nil when the name is not tested.
    func lowerCasePhrase(of candidate: NameCandidate) -> Range<Int>? {
        if isPhraseCandidate(candidate) { return candidate.tokens }
        let tokens = analysis.tokens
        let start = candidate.tokens.lowerBound
        let next = candidate.tokens.upperBound
        guard candidate.tokens.count == 1, candidate.isSentenceInitial, analysis.isSentenceInitial(start),
            candidate.evidence < .pattern,
            candidate.label != .norp, !tokens[start].isAllCaps, next < tokens.count, tokens[next].kind == .word,
            !tokens[next].isCapitalized, !tokens[next].isAttached, tokens[next].newlinesBefore == 0
        else { return nil }
        return start..<next + 1
    }

    /// `Danish Press` beside `Danish press`: the nationality and noun (``NationalityCompounds/key(_:_:)``,
    /// the noun singular or plural) of each name of two words that a nationality opens and the
    /// document also writes with the noun in lower case (`found`: the keys
    /// ``phrasesWrittenInLowerCase(of:nationalities:)`` found); nil when there are none.
    func nationalityThings(
        of candidates: [NameCandidate], nationalities: TokenHashSet?, found: TokenHashSet?
    )
        -> TokenHashSet?
    {
        guard let found, let nationalities else { return nil }
        let tokens = analysis.tokens
        var keys: [UInt64] = []
        for candidate in candidates where candidate.tokens.count == 2 && isPhraseCandidate(candidate) {
            let first = tokens[candidate.tokens.lowerBound]
            guard nationalities.contains(first.hash), found.contains(phraseKey(candidate.tokens)) else { continue }
            let noun = analysis.string(tokens: candidate.tokens.upperBound - 1..<candidate.tokens.upperBound)
            for form in NationalityCompounds.forms(of: noun.lowercased()) {
                keys.append(NationalityCompounds.key(first.foldedHash, TokenHash.foldedHash(form)))
            }
        }
        return keys.isEmpty ? nil : TokenHashSet(keys)
    }

    /// A nationality before a noun that ``nationalityThings(of:nationalities:found:)`` holds, in
    /// either case (`a steel Danish press`, `Best Danish Presses`), tells a kind of thing, it
    /// names no people.
    func isNationalityThing(_ candidate: NameCandidate, _ things: TokenHashSet?) -> Bool {
        let tokens = analysis.tokens
        let next = candidate.tokens.upperBound
        guard let things, candidate.label == .norp, candidate.tokens.count == 1, next < tokens.count,
            tokens[next].kind == .word, !tokens[next].isAttached, tokens[next].newlinesBefore == 0
        else { return false }
        return things.contains(
            NationalityCompounds.key(tokens[candidate.tokens.lowerBound].foldedHash, tokens[next].foldedHash))
    }

    /// `Dairy, Garden Supplies, Retail`: capitalised ordinary words ending in a plural, in a
    /// list beside a lone ordinary word set off by commas, name a kind of thing as that word
    /// does (a list holds one kind), no body; a product a rule found (`Velmar Maps`) stays one.
    func isKindInList(_ candidate: NameCandidate) -> Bool {
        let tokens = analysis.tokens
        let range = candidate.tokens
        guard range.count >= 2, candidate.evidence < .gazetteer, candidate.label == nil || candidate.label == .org,
            range.allSatisfy({ isOrdinaryWord($0) }),
            analysis.text[Int(tokens[range.upperBound - 1].end) - 1] == UInt8(ascii: "s")
        else { return false }
        let before = range.lowerBound - 2
        if analysis.isCharacter(before + 1, ","), before >= 1, isOrdinaryWord(before),
            analysis.isCharacter(before - 1, ",")
        {
            return true
        }
        let after = range.upperBound + 1
        return analysis.isCharacter(after - 1, ",") && after < tokens.count && isOrdinaryWord(after)
            && analysis.isCharacter(after + 1, ",")
    }

    /// `HR`, `AI`: a word in capitals that is a common or a technical acronym.
    private func isTermAcronym(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        return token.isAllCaps && (commonAcronyms.contains(token.hash) || technicalAcronyms.contains(token.hash))
    }

    /// The folded hashes of a name's tokens in order: equal for the name in any case.
    func phraseKey(_ range: Range<Int>) -> UInt64 { CapsLineMatcher.key(analysis.tokens, range) }

    /// Names the lower-case test may undo: two or more tokens, not from the gazetteer, not a
    /// place, event or law that a head or leading word makes.
    func isPhraseCandidate(_ candidate: NameCandidate) -> Bool {
        guard candidate.tokens.count >= 2, candidate.evidence < .gazetteer,
            analysis.tokens[candidate.tokens.lowerBound].isCapitalized
        else { return false }
        guard candidate.evidence == .pattern, let label = candidate.label else { return true }
        switch label {
        case .gpe, .loc, .fac, .event, .law: return false
        default: return true
        }
    }

    /// `US$12`, `NZ$40`: a country's letters joined to a dollar sign are a currency's, not the place.
    func isCurrencyPrefix(_ range: Range<Int>) -> Bool {
        let next = range.upperBound
        return range.count == 1 && analysis.tokens[range.lowerBound].isAllCaps && next < analysis.tokens.count
            && analysis.tokens[next].isAttached && analysis.isCharacter(next, "$")
    }

    /// `Python`, `Rust` on a page that also names two programming languages that are no English
    /// word (`Kotlin`, `Haskell`) outside a place's name: there a lone word that is a language
    /// names that software (PRODUCT), not a place or a person, and so does a name ending in
    /// `Code` (`Velmar Code`): an editor or a tool, not a law.
    func labelProgrammingLanguages(_ resolved: inout [Resolved]) {
        let languages = ProgrammingLanguages.shared
        let tokens = analysis.tokens
        let codeHash = Self.codeHash
        guard
            resolved.contains(where: {
                $0.tokens.count == 1 && $0.label != .product
                    && languages.all.contains(tokens[$0.tokens.lowerBound].hash)
                    || $0.label == .law && tokens[$0.tokens.upperBound - 1].hash == codeHash
            })
        else { return }
        var places: [Range<Int>] = []
        for name in resolved where name.label == .gpe || name.label == .loc || name.label == .fac {
            places.append(name.tokens)
        }
        var named: [UInt64] = []
        for index in tokens.indices where tokens[index].kind == .word && languages.distinct.contains(tokens[index].hash)
        {
            guard !named.contains(tokens[index].hash), !places.contains(where: { $0.contains(index) }) else { continue }
            named.append(tokens[index].hash)
            if named.count == 2 { break }
        }
        guard named.count == 2 else { return }
        for position in resolved.indices {
            let name = resolved[position]
            if name.tokens.count == 1 && languages.all.contains(tokens[name.tokens.lowerBound].hash)
                || name.label == .law && tokens[name.tokens.upperBound - 1].hash == codeHash
            {
                resolved[position].label = .product
            }
        }
    }

    private static let codeHash = TokenHash.hash("Code")
}

extension DocumentResolver {
    /// `SEO`, `SaaS`, `Wi-Fi`: the characters of a name with no space in it, hashed as one
    /// ``TechnicalAcronyms`` entry is; nil when the name has a space or is longer than an acronym.
    func unspacedHash(_ range: Range<Int>) -> UInt64? {
        let tokens = analysis.tokens
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        guard end - start <= 12 else { return nil }
        for index in range.dropFirst() where !tokens[index].isAttached { return nil }
        var hash = TokenHash.offset
        for position in start..<end { TokenHash.add(&hash, analysis.text[position]) }
        return hash
    }
}

extension DocumentResolver {
    /// A term of the trade written like a name: an acronym of a common technical phrase
    /// (``TechnicalAcronyms``: `SEO`), a `…aaS` word (`DaaS`: desktop as a service), a common
    /// acronym with a variant of one or two letters after a hyphen (`USB-C`; not a number, which
    /// names one thing: `COVID-19`), or letters joined by `&` made plural (`P&Ls`). `hash` is ``unspacedHash(_:)`` of `range`.
    func isTechnicalTerm(_ range: Range<Int>, _ hash: UInt64) -> Bool {
        if technicalAcronyms.contains(hash) || range.count > 1 && commonAcronyms.contains(hash) { return true }
        let tokens = analysis.tokens
        let text = analysis.text
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        if range.count == 1, end - start >= 4, end - start <= 6, text[end - 3] == UInt8(ascii: "a"),
            text[end - 2] == UInt8(ascii: "a"), text[end - 1] == UInt8(ascii: "S")
        {
            return true
        }
        if range.count == 3, tokens[range.lowerBound + 1].kind == .hyphen, tokens[range.lowerBound + 2].length <= 2,
            tokens[range.lowerBound + 2].kind == .word, tokens[range.lowerBound].isAllCaps,
            technicalAcronyms.contains(tokens[range.lowerBound].hash)
                || commonAcronyms.contains(tokens[range.lowerBound].hash)
        {
            return true
        }
        guard range.count >= 3, end - start <= 8, text[end - 1] == UInt8(ascii: "s") else { return false }
        var ampersands = 0
        for position in start..<end - 1 {
            let byte = text[position]
            if byte == UInt8(ascii: "&") {
                ampersands += 1
            } else if byte &- 0x41 >= 26 {
                return false
            }
        }
        return ampersands > 0
    }
}

extension DocumentResolver {
    /// `Jack Height: 40 cm` beside `set the height`: a given name and one word, a person only by
    /// that shape, that open a line and end at its label's colon, and whose second word the
    /// document writes in lower case, are a label of words (the given name an ordinary word there
    /// too), no person: a name only where the body names it, lending its words to no lone word.
    func isLabelOfLowerCaseWord(_ candidate: NameCandidate, _ lowerCaseWords: TokenHashSet) -> Bool {
        isLabelPerson(candidate) && lowerCaseWords.contains(analysis.tokens[candidate.tokens.upperBound - 1].foldedHash)
    }

    /// The capitalised words of the people ``isLabelOfLowerCaseWord(_:_:)`` asks about that the
    /// document also writes in lower case.
    func labelPeopleWrittenInLowerCase(_ candidates: [NameCandidate]) -> TokenHashSet {
        let asked = candidates.filter(isLabelPerson)
        return asked.isEmpty ? TokenHashSet([]) : wordsWrittenInLowerCase(of: asked)
    }

    private func isLabelPerson(_ candidate: NameCandidate) -> Bool {
        let tokens = candidate.tokens
        return candidate.isInHeading && candidate.label == .person && candidate.canonical == nil
            && candidate.evidence == .pattern && tokens.count == 2
            && (tokens.lowerBound == 0 || analysis.tokens[tokens.lowerBound].newlinesBefore > 0)
            && analysis.isCharacter(tokens.upperBound, ":")
    }

    /// `Arden Pro Display` in a heading or a line's label: a name there that an ordinary word ends
    /// lends its words to no lone word (`Display:` opening a line).
    func isLabelOfWords(_ candidate: NameCandidate) -> Bool {
        guard candidate.isInHeading, candidate.canonical == nil, candidate.evidence < .gazetteer else { return false }
        let last = wordsOf(candidate.tokens).last
        return last >= 0 && isOrdinaryWord(last)
    }
}
