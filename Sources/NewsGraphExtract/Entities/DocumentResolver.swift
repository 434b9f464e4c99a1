import NewsGraphCore

/// The document-level pass: a name seen in a confident context labels its other mentions,
/// surnames and acronyms join the full name, sentence-initial capitals and ALL-CAPS lines
/// create nothing on their own, and every mention of an entity gets one canonical key.
struct DocumentResolver {
    let analysis: TextAnalysis
    /// Read once per document: each `static let` read is a once-check.
    let commonWords = CommonWords.shared
    let technicalAcronyms = TechnicalAcronyms.shared
    let commonAcronyms = ContextCues.commonAcronyms

    /// A mention after resolution, still in tokens.
    struct Resolved {
        var tokens: Range<Int>
        var label: EntityLabel
        var canonical: String
    }

    /// The one full name (as written) of the people whose first or last word is a given word;
    /// `isAmbiguous` once two different people share it.
    private struct PersonByWord {
        var key: UInt64
        var name: String
        var isAmbiguous = false
    }

    /// Votes for the labels of each surface form: the labels seen for a surface as a bit set,
    /// and the votes of each (surface, label) pair, so a document's tally allocates two tables
    /// rather than an array per surface.
    private struct LabelVotes {
        /// The labels in ``EntityLabel``'s order; a label's bit is its position here.
        private static let ordered = EntityLabel.allCases.sorted()
        private var labelsBySurface: TokenHashMap<UInt32>
        private var votesByPair: TokenHashMap<Int>

        init(minimumCapacity: Int) {
            labelsBySurface = TokenHashMap(minimumCapacity: minimumCapacity)
            votesByPair = TokenHashMap(minimumCapacity: minimumCapacity)
        }

        @inline(__always)
        private static func pair(_ surface: UInt64, _ bit: Int) -> UInt64 {
            (surface ^ UInt64(bit + 1)) &* 0x9E37_79B9_7F4A_7C15
        }

        mutating func add(_ label: EntityLabel, _ votes: Int, for surface: UInt64) {
            let bit = Self.ordered.firstIndex(of: label)!
            labelsBySurface.update(surface, default: 0) { $0 |= 1 << UInt32(bit) }
            votesByPair.update(Self.pair(surface, bit), default: 0) { $0 += votes }
        }

        /// Most votes; a tie goes to the label first in ``EntityLabel``'s order.
        func winner(for surface: UInt64) -> EntityLabel? {
            guard var labels = labelsBySurface[surface] else { return nil }
            var best = -1
            var bestVotes = Int.min
            while labels != 0 {
                let bit = labels.trailingZeroBitCount
                labels &= labels - 1
                let votes = votesByPair[Self.pair(surface, bit)] ?? 0
                if votes > bestVotes { (best, bestVotes) = (bit, votes) }
            }
            return Self.ordered[best]
        }
    }

    func resolve(_ candidates: [NameCandidate]) -> [Resolved] {
        // Surfaces are compared by hashes of their tokens; a String is made only for what is kept.
        func isStrong(_ candidate: NameCandidate) -> Bool {
            candidate.label != nil && candidate.evidence >= .context && !candidate.isInCapsLine
                && !(candidate.isInHeading && candidate.evidence < .gazetteer)
        }
        let strong = candidates.lazy.filter(isStrong)
        // Votes for the label of each surface form, from confident mentions.
        var votes = LabelVotes(minimumCapacity: candidates.count)
        for candidate in strong {
            votes.add(candidate.label!, candidate.evidence.rawValue, for: surfaceKey(candidate.tokens))
        }
        let labelWords = labelPeopleWrittenInLowerCase(candidates)
        // People by the words of their full names, so "Kahl" finds "Colin Kahl".
        var peopleByWord = TokenHashMap<PersonByWord>()
        var surnameHashes: [UInt64] = []
        for candidate in candidates where candidate.label == .person && candidate.evidence >= .context {
            let words = wordsOf(candidate.tokens)
            // A name that opens with an ordinary word, nobody's given name (`Garden Design
            // Professional (GDP)`), lends none of its words to a lone capitalised word (`Garden`
            // opening a sentence); a given name's (`Ilsa Brannock`) lends them.
            if candidate.canonical == nil && candidate.evidence < .gazetteer && words.count >= 1
                && isOrdinaryWord(words.first)
            {
                continue
            }
            guard words.count >= 2 else { continue }
            if isLabelOfWords(candidate) || isLabelOfLowerCaseWord(candidate, labelWords) { continue }
            surnameHashes.append(analysis.tokens[words.last].foldedHash)
            // One person by first and last word: "Eugene Nida" and "Eugene A. Nida" agree.
            let key =
                (analysis.tokens[words.first].foldedHash ^ 0x5BD1_E995) &* 0x100_0000_01b3
                ^ analysis.tokens[words.last].foldedHash
            var name: String?
            for end in 0..<2 {
                let word = end == 0 ? words.first : words.last
                let hash = analysis.tokens[word].foldedHash
                if let known = peopleByWord[hash] {
                    if known.key != key { peopleByWord.update(hash, default: known) { $0.isAmbiguous = true } }
                } else {
                    if name == nil { name = surface(candidate) }
                    peopleByWord[hash] = PersonByWord(key: key, name: name!)
                }
            }
        }
        let surnames = TokenHashSet(surnameHashes)
        // Acronyms by the hash of their letters: "IAEA" finds "International Atomic Energy Agency".
        var acronyms = TokenHashMap<String>()
        // Only a name a rule makes an organisation spells one out: `Quiet Mode Control (QMC)`
        // is a term in capitals.
        for candidate in strong
        where candidate.label == .org && candidate.tokens.count >= 2
            && candidate.evidence >= .pattern
        {
            var initials = 0
            var hash = TokenHash.offset
            for index in candidate.tokens where analysis.tokens[index].isCapitalized {
                TokenHash.add(&hash, analysis.text[Int(analysis.tokens[index].start)])
                initials += 1
            }
            if initials >= 2 { acronyms[hash] = candidate.canonical ?? surface(candidate) }
        }

        var resolved: [Resolved] = []
        resolved.reserveCapacity(candidates.count)
        var capsLineNames: [NameCandidate] = []
        // Unlabelled runs that default to a person, decided after one scan of the text.
        var possiblePeople: [NameCandidate] = []
        // One-word names with no label or a weak one, decided after the possible people.
        var singles: [(NameCandidate, EntityLabel?, String?)] = []
        // Labels that an article or a possessive gave a name: its bare mentions share them.
        var slotLabels = TokenHashMap<EntityLabel>()
        // Unlabelled runs that open a sentence: people when they end in a known person's surname.
        var openingRuns: [NameCandidate] = []
        var previous: NameCandidate?
        let terms = termAcronyms()
        let kinds = kindAcronyms(of: candidates)
        let placeEdges = edges(of: candidates) {
            ($0.label == .gpe || $0.label == .loc || $0.label == .fac) && $0.evidence >= .pattern
        }
        let productEdges = edges(of: candidates) { $0.label == .product && $0.evidence >= .pattern }
        let nationalities = nationalityWords(of: candidates)
        let lowerCasePhrases = phrasesWrittenInLowerCase(of: candidates, nationalities: nationalities)
        let nationalThings = nationalityThings(of: candidates, nationalities: nationalities, found: lowerCasePhrases)
        let identifiers = codeIdentifiers(of: candidates)
        for candidate in candidates {
            defer { previous = candidate }
            if isCurrencyPrefix(candidate.tokens) { continue }
            if let lowerCasePhrases, let phrase = lowerCasePhrase(of: candidate),
                lowerCasePhrases.contains(phraseKey(phrase))
            {
                continue
            }
            if isNationalityThing(candidate, nationalThings) || isKindInList(candidate) { continue }
            if let terms,
                candidate.tokens.count == 1 && terms.contains(analysis.tokens[candidate.tokens.lowerBound].hash)
                    || candidate.tokens.count > 1 && unspacedHash(candidate.tokens).map(terms.contains) == true
            {
                continue
            }
            if let kinds, candidate.tokens.count == 1, candidate.label != .product,
                candidate.label != .gpe,
                kinds.contains(analysis.tokens[candidate.tokens.lowerBound].hash)
            {
                continue
            }
            if let identifiers, candidate.tokens.count == 1, candidate.evidence < .gazetteer,
                identifiers.contains(analysis.tokens[candidate.tokens.lowerBound].hash)
            {
                continue
            }
            // `SEO`, `SaaS`: an acronym of a common technical phrase is a term, unless the gazetteer
            // knows it, the text spells it out as a body (`Project Markup Institute (PMI)`) or a
            // place's pattern makes it a state's code (`Arden, CO`).
            if candidate.evidence < .gazetteer, !(candidate.label == .gpe && candidate.evidence >= .pattern),
                let hash = unspacedHash(candidate.tokens), acronyms[hash] == nil,
                isTechnicalTerm(candidate.tokens, hash)
            {
                continue
            }
            if candidate.isInCapsLine && candidate.evidence < .pattern {
                capsLineNames.append(candidate)
                continue
            }
            // A heading's capitals prove nothing: what the gazetteer does not know, nor a rule
            // names as a person, is a name there only when the body names it.
            if candidate.isInHeading && candidate.evidence < .gazetteer
                && !(candidate.label == .person && candidate.evidence >= .pattern
                    && !isLabelOfLowerCaseWord(candidate, labelWords))
            {
                capsLineNames.append(candidate)
                continue
            }
            var label = candidate.label
            var canonical = candidate.canonical
            let words = wordsOf(candidate.tokens)
            var isDecided = true
            if candidate.evidence < .gazetteer, words.count == 1,
                let person = peopleByWord[analysis.tokens[words.first].foldedHash],
                label == nil || label == .person || candidate.evidence < .pattern
            {
                // Two people share the word (a family): still a person, joined to neither.
                label = .person
                canonical = person.isAmbiguous ? nil : person.name
            } else if isPlaceAsSurname(candidate, surnames: surnames),
                let person = peopleByWord[analysis.tokens[words.first].foldedHash]
            {
                label = .person
                canonical = person.isAmbiguous ? nil : person.name
            } else if candidate.evidence < .pattern, candidate.tokens.count == 1,
                let organisation = acronyms[analysis.tokens[candidate.tokens.lowerBound].hash]
            {
                label = .org
                canonical = organisation
            } else if candidate.evidence < .gazetteer, let winner = votes.winner(for: surfaceKey(candidate.tokens)) {
                if label == nil || candidate.evidence < .pattern { label = winner }
                isDecided = label == .person
            } else if label == nil, !candidate.isSentenceInitial, words.count >= 2 {
                let slot = nonPersonSlot(before: candidate.tokens.lowerBound - 1, after: previous)
                if let slot { slotLabels[surfaceKey(candidate.tokens)] = slot }
                if words.count <= 3 && !words.hasAllCaps {
                    // Checked with the possible people: a run of words the text also writes in
                    // lower case is no name, whatever its slot.
                    possiblePeople.append(candidate)
                    continue
                } else if isJobTitle(candidate.tokens) {
                    continue
                } else if let slot {
                    label = slot
                } else {
                    label = .org
                }
            } else {
                if candidate.evidence == .context && candidate.isSentenceInitial && label == .gpe { label = nil }
                isDecided = false
            }
            if !isDecided, label == nil, candidate.isSentenceInitial, words.count >= 2, words.count <= 3,
                !words.hasAllCaps
            {
                openingRuns.append(candidate)
                continue
            }
            if !isDecided, words.count == 1, candidate.evidence < .pattern {
                // Decided once the unknown full names are known: `Ardelt` may be `Mira Ardelt`'s.
                singles.append((candidate, label, canonical))
                continue
            }
            guard var label else { continue }
            if label == .person, canonical == nil, candidate.evidence < .gazetteer, isOrdinaryForPerson(candidate) {
                continue
            }
            // `to Velmora and Amsterdam`: a word that is a person only by its given name, joined
            // by `and` or `or` to a place, is a place too; a list holds one kind of thing.
            if label == .person, canonical == nil, words.count == 1, candidate.evidence == .context,
                isCoordinated(candidate.tokens, withOneOf: placeEdges)
            {
                label = .gpe
            }
            // `Windows, Arlo and iOS`: so is one listed beside known software or a device.
            if label == .person, canonical == nil, words.count == 1, candidate.evidence == .context,
                isListed(candidate.tokens, withOneOf: productEdges)
            {
                label = .product
            }
            resolved.append(
                Resolved(tokens: candidate.tokens, label: label, canonical: canonical ?? surface(candidate)))
        }
        // People found only by the shape of their names, by their first and last words.
        var shapePeople = TokenHashMap<PersonByWord>()
        if !possiblePeople.isEmpty {
            // A title of common words (`Dynamic Equivalence`) has them in lower case elsewhere
            // in the text; a person's name does not.
            let written = wordsWrittenInLowerCase(of: possiblePeople)
            for candidate in possiblePeople
            where !candidate.tokens.contains(where: {
                analysis.tokens[$0].isCapitalized && written.contains(analysis.tokens[$0].foldedHash)
            }) && !isPhraseOfWords(candidate.tokens) {
                let name = surface(candidate)
                if let label = slotLabels[surfaceKey(candidate.tokens)] {
                    if label == .org && isJobTitle(candidate.tokens) { continue }
                    resolved.append(Resolved(tokens: candidate.tokens, label: label, canonical: name))
                    continue
                }
                if hasOrdinaryWord(candidate.tokens) || isThingCompound(candidate.tokens) { continue }
                // `East Varna`: a point of the compass opens a region's name, not a person's.
                if ContextCues.compassPoints.contains(analysis.tokens[candidate.tokens.lowerBound].foldedHash) {
                    resolved.append(Resolved(tokens: candidate.tokens, label: .loc, canonical: name))
                    continue
                }
                resolved.append(Resolved(tokens: candidate.tokens, label: .person, canonical: name))
                // By the surname only: the first word of a shape-only name is as often a brand
                // (`Velmar Strider`) as a given name.
                let hash = analysis.tokens[wordsOf(candidate.tokens).last].foldedHash
                if let known = shapePeople[hash] {
                    if known.name != name { shapePeople.update(hash, default: known) { $0.isAmbiguous = true } }
                } else {
                    shapePeople[hash] = PersonByWord(key: 0, name: name)
                }
            }
        }
        if !openingRuns.isEmpty {
            // `Tavish Brask taught…` at a sentence start, where `Ina Brask` is known: a relative.
            // Its first word must read as a name: not an opener (`Hey`), not an abbreviation
            // (`St.`), not a word the text also writes in lower case (`Children`).
            let surnames = TokenHashSet(
                resolved.lazy.filter { $0.label == .person && $0.tokens.count >= 2 }.map {
                    analysis.tokens[$0.tokens.upperBound - 1].foldedHash
                })
            let written = wordsWrittenInLowerCase(of: openingRuns)
            for candidate in openingRuns
            where surnames.contains(analysis.tokens[candidate.tokens.upperBound - 1].foldedHash) {
                let first = analysis.tokens[candidate.tokens.lowerBound]
                if written.contains(first.foldedHash) || Self.openers.contains(first.foldedHash)
                    || first.length > 2 && analysis.text[Int(first.end) - 1] == UInt8(ascii: ".")
                {
                    continue
                }
                resolved.append(Resolved(tokens: candidate.tokens, label: .person, canonical: surface(candidate)))
            }
        }
        var unlabelled: [NameCandidate] = []
        // `Harvest`, `Lanterns`: a word with no evidence but its capital or a weak context, which the
        // text also writes in lower case, is that common word.
        let commonWords = singles.isEmpty ? TokenHashSet([]) : wordsWrittenInLowerCase(of: singles.map(\.0))
        let plurals = singles.isEmpty ? TokenHashMap<Resolved>() : placePlurals(of: resolved)
        for (candidate, label, canonical) in singles {
            // `the Orkneys` where the text names `Orkney Islands`: that place, shortened.
            if let place = plurals[analysis.tokens[candidate.tokens.lowerBound].hash] {
                resolved.append(Resolved(tokens: candidate.tokens, label: place.label, canonical: place.canonical))
                continue
            }
            if label == nil || label == .person, !candidate.isSentenceInitial,
                let (code, state) = stateCode(after: candidate.tokens.lowerBound)
            {
                resolved.append(Resolved(tokens: candidate.tokens, label: .gpe, canonical: surface(candidate)))
                resolved.append(Resolved(tokens: code..<code + 1, label: .gpe, canonical: state))
                continue
            }
            // `starred in The Harbour`: one word after a capitalised `The` inside a sentence is a
            // title, even an ordinary word, when the title ends there.
            if label == nil || label == .person && canonical == nil, isOneWordTitle(candidate.tokens.lowerBound) {
                resolved.append(
                    Resolved(tokens: candidate.tokens, label: .workOfArt, canonical: surface(candidate)))
                continue
            }
            if commonWords.contains(analysis.tokens[candidate.tokens.lowerBound].foldedHash) { continue }
            // `The Onion`: a word after an article is no one's surname.
            if let person = shapePeople[analysis.tokens[candidate.tokens.lowerBound].foldedHash],
                !isArticle(candidate.tokens.lowerBound - 1)
            {
                let name = person.isAmbiguous ? surface(candidate) : person.name
                resolved.append(Resolved(tokens: candidate.tokens, label: .person, canonical: name))
            } else if let label {
                if label == .person && canonical == nil && isOrdinaryForPerson(candidate) { continue }
                resolved.append(
                    Resolved(tokens: candidate.tokens, label: label, canonical: canonical ?? surface(candidate)))
            } else if !candidate.isSentenceInitial {
                unlabelled.append(candidate)
            }
        }
        if !unlabelled.isEmpty { resolved += coordinatedPeople(unlabelled, with: candidates) }
        if !capsLineNames.isEmpty {
            let matcher = CapsLineMatcher(analysis: analysis, body: resolved)
            for candidate in capsLineNames {
                resolved += matcher.match(in: candidate.tokens, isTitleCase: !candidate.isInCapsLine)
            }
        }
        resolved.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        resolved = withoutOverlaps(resolved)
        extendModelNumbers(&resolved)
        extendHyphenedCodes(&resolved)
        extendToWrittenNames(&resolved)
        takeWorkArticles(&resolved)
        relabelExamplesOfKinds(&resolved)
        relabelPlatforms(&resolved)
        relabelListedProducts(
            &resolved,
            brands: Set(
                candidates.lazy.filter { $0.evidence == .shape && $0.label == .org && $0.tokens.count == 1 }
                    .map(\.tokens.lowerBound)))
        relabelModelNames(&resolved)
        relabelMakerLines(
            &resolved, ruled: Set(candidates.lazy.filter { $0.evidence >= .pattern }.map(\.tokens.lowerBound)))
        unifyPeople(&resolved)
        labelProgrammingLanguages(&resolved)
        dropEponyms(&resolved)
        dropArticlePeople(&resolved)
        relabelNumberedItemPeople(&resolved)
        relabelUsedThings(&resolved)
        relabelPlacesByNoun(&resolved)
        return resolved
    }
}
