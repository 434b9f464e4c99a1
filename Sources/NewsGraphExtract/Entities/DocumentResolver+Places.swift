import NewsGraphCore

extension DocumentResolver {
    /// Places named by a group noun (`Orkney Islands`, `Tarn Mountains`) are often shortened to the
    /// plural of their first word (`the Orkneys`, `the Tarns`): each such place by the hash of that
    /// plural as written, so a lone capitalised word can find the place it shortens.
    func placePlurals(of resolved: [Resolved]) -> TokenHashMap<Resolved> {
        var plurals = TokenHashMap<Resolved>()
        for mention in resolved
        where (mention.label == .loc || mention.label == .gpe) && mention.tokens.count >= 2 {
            let first = analysis.tokens[mention.tokens.lowerBound]
            let last = analysis.tokens[mention.tokens.upperBound - 1]
            guard first.kind == .word, first.isCapitalized, !first.isAllCaps,
                ContextCues.locationHeads.contains(last.hash),
                analysis.text[Int(last.end) - 1] == UInt8(ascii: "s")
            else { continue }
            var hash = first.hash
            TokenHash.add(&hash, UInt8(ascii: "s"))
            plurals[hash] = mention
        }
        return plurals
    }
}

extension DocumentResolver {
    /// The states of the United States by their two-letter postal codes, by hash as written.
    static let stateCodes: TokenHashMap<String> = {
        let states = [
            "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
            "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "Washington, D.C.", "FL": "Florida",
            "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
            "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
            "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
            "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
            "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
            "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
            "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
            "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
        ]
        var map = TokenHashMap<String>(minimumCapacity: states.count)
        for (code, state) in states { map[TokenHash.hash(code)] = state }
        return map
    }()

    /// `Arlow, OK`: a capitalised word, a comma and a state's postal code is a town in that
    /// state, as addresses and datelines write it; the code's token and its state, if so.
    func stateCode(after word: Int) -> (token: Int, state: String)? {
        let code = word + 2
        guard code < analysis.tokens.count, analysis.isCharacter(word + 1, ","),
            analysis.tokens[code].kind == .word, analysis.tokens[code].isAllCaps, analysis.tokens[code].length == 2,
            let state = Self.stateCodes[analysis.tokens[code].hash]
        else { return nil }
        // `CA, AZ`, `DBA, MS, RN`: codes or letters in a list, not a town and its state.
        if analysis.tokens[word].isAllCaps { return nil }
        let after = code + 1
        // `Arlow, OK Tires`: a capitalised word after the code makes it part of another name.
        if after < analysis.tokens.count, analysis.tokens[after].newlinesBefore == 0,
            analysis.tokens[after].kind == .word && analysis.tokens[after].isCapitalized
                || analysis.isCharacter(after, ",") && after + 1 < analysis.tokens.count
                    && analysis.tokens[after + 1].isAllCaps
        {
            return nil
        }
        return (code, state)
    }
}

extension DocumentResolver {
    /// Prepositions of place and motion: after them a town's name is the town, whoever shares it.
    private static let placeMotionPrepositions = ContextCues.placeOnlyPrepositions.union(
        WordSet.folded(["to", "from", "at", "into", "via", "toward", "towards", "through", "between"]))

    /// `Lydia Modena … Modena smiled`: a lone known town or region (not a country) that is the
    /// last word of a person the document names in full is that person, unless a preposition of
    /// place comes before it (`in Modena`) or a comma and another name follow it (`Modena, Italy,`).
    func isPlaceAsSurname(_ candidate: NameCandidate, surnames: TokenHashSet) -> Bool {
        guard candidate.tokens.count == 1, candidate.evidence == .gazetteer,
            candidate.label == .gpe || candidate.label == .loc, !candidate.isInCapsLine, !candidate.isInHeading
        else { return false }
        let index = candidate.tokens.lowerBound
        let tokens = analysis.tokens
        guard surnames.contains(tokens[index].foldedHash),
            !GazetteerLoader.countries.contains(candidate.canonical ?? "")
        else { return false }
        if index > 0, tokens[index - 1].kind == .word,
            Self.placeMotionPrepositions.contains(tokens[index - 1].foldedHash)
        {
            return false
        }
        if index + 2 < tokens.count, analysis.isCharacter(index + 1, ","), tokens[index + 2].isCapitalized {
            return false
        }
        return true
    }
}
