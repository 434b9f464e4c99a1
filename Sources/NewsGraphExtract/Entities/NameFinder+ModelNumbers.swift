import NewsGraphCore

/// Model numbers of three or four digits after a name of two or more words (`Tarvo Glide 4180`),
/// and codes of digits then capitals (`Tarvo Glide 2S`): part of a product's name, wherever the
/// sentence goes on after it.
extension NameFinder {
    /// The index of a model number right after `name`: three or four digits, not a year, not a
    /// round hundred (`Velmar 500`, an index's or list's size), with no number, hyphen, dash or
    /// unit after it, no plural noun counted by it (`Tarvo Glide 174 runs`) and no address's
    /// street after it; the name shows a brand's spelling, capitals or an article. A name led by a
    /// given name or an initial is a person's score, and one ending in a word for a numbered
    /// place or part (`Suite 301`, `Flight 370`) is an address or a route. After a product the
    /// gazetteer knows, or its maker's line (`known`), one word will do, no spelling is needed and
    /// a round hundred is a model too (`Arlen Brisk 3100`).
    func modelNumber(after name: Range<Int>, known: Bool = false) -> Int? {
        let number = name.upperBound
        guard name.count >= 2 || known, number < tokens.count, !has(.givenName, at: name.lowerBound),
            !isInitial(name.lowerBound), !Self.numberedPlaces.contains(tokens[number - 1].foldedHash)
        else { return nil }
        let token = tokens[number]
        guard token.kind == .number, token.newlinesBefore == 0, !taken[number], token.length == 3 || token.length == 4
        else { return nil }
        let start = Int(token.start)
        let digits = (start..<Int(token.end)).map { analysis.text[$0] }
        guard digits.allSatisfy({ $0 &- 0x30 < 10 }), digits[0] != UInt8(ascii: "0"),
            known || !(digits[digits.count - 1] == UInt8(ascii: "0") && digits[digits.count - 2] == UInt8(ascii: "0"))
        else { return nil }
        if digits.count == 4,
            digits[0] == UInt8(ascii: "1") && digits[1] == UInt8(ascii: "9")
                || digits[0] == UInt8(ascii: "2") && digits[1] == UInt8(ascii: "0")
        {
            return nil
        }
        // `Brask Tove 82, Arlen Mott 126`: names with numbers in a list are scorers.
        let before = name.lowerBound - 1
        guard showsThing(name) || known else { return nil }
        if before >= 1, tokens[before].kind != .word, tokens[before - 1].kind == .number { return nil }
        let after = number + 1
        guard after < tokens.count, tokens[after].newlinesBefore == 0 else { return number }
        let next = tokens[after]
        guard next.kind != .number, next.kind != .hyphen, next.kind != .dash, !analysis.isCharacter(after, "%"),
            !analysis.isCharacter(after, "/"), !analysis.isCharacter(after, ":"),
            !analysis.isCharacter(after, ".")
                || after + 1 >= tokens.count || tokens[after + 1].kind != .number
        else { return nil }
        if next.kind == .word, !next.isCapitalized, isPluralWord(after) { return nil }
        // `Velmar Market 1214 Quarry Ave`: a capitalised word after the number opens an address;
        // only a marketing suffix, a code or capitals go on with a model (`Glide 4180 Pro`).
        if next.kind == .word, next.isCapitalized, !next.isAllCaps, !analysis.isModelCode(after),
            !words.productSuffixes.contains(next.hash), !words.modelSuffixes.contains(next.hash)
        {
            return nil
        }
        return number
    }

    /// Teams' totals and indices' levels take numbers too: a model's name shows a brand's
    /// spelling or capitals (`VoltRay`, `QXR`), or an article or possessive before it
    /// (`the Tarvo Glide 4180`).
    func showsThing(_ name: Range<Int>) -> Bool {
        let before = name.lowerBound - 1
        return name.contains { analysis.isBrandWord($0) || tokens[$0].isAllCaps && tokens[$0].length >= 3 }
            || before >= 0 && tokens[before].kind == .word && !tokens[before].isCapitalized
                && (words.articleWords.contains(tokens[before].foldedHash)
                    || words.possessiveDeterminers.contains(tokens[before].foldedHash))
    }

    /// `Tarvo Glide 2S`, `Velmar Orbit 80ED`: a word of digits then capitals right after a name of
    /// two or more words (or a brand's spelling) on its line is the model's code, one product; codes
    /// of a standard or a unit (`4K`, `5G`, `3D`, `2FA`, `128GB`) name no model.
    func digitModelCode(after name: Range<Int>) -> Int? {
        let code = name.upperBound
        guard name.count >= 2 || analysis.isBrandWord(name.lowerBound), code < tokens.count,
            !has(.givenName, at: name.lowerBound), !isInitial(name.lowerBound),
            !Self.numberedPlaces.contains(tokens[code - 1].foldedHash)
        else { return nil }
        let token = tokens[code]
        guard token.kind == .word, token.newlinesBefore == 0, !taken[code], token.length >= 2, token.length <= 6
        else { return nil }
        let bytes = (Int(token.start)..<Int(token.end)).map { analysis.text[$0] }
        guard let firstLetter = bytes.firstIndex(where: { $0 &- 0x30 >= 10 }), firstLetter > 0,
            bytes[0] != UInt8(ascii: "0"), bytes[firstLetter...].allSatisfy({ $0 &- 0x41 < 26 })
        else { return nil }
        let letters = String(decoding: bytes[firstLetter...], as: UTF8.self)
        guard !Self.standardCodeLetters.contains(letters),
            !Self.measureUnits.contains(TokenHash.foldedHash(letters))
        else { return nil }
        let after = code + 1
        if after < tokens.count, tokens[after].newlinesBefore == 0,
            tokens[after].kind == .number || tokens[after].kind == .hyphen || analysis.isCharacter(after, "%")
                || analysis.isCharacter(after, "/")
        {
            return nil
        }
        return code
    }

    /// `Arden Glide 5 Swift Mid`, `Arden 360 Gentle Clean`: one to three capitalised words after a
    /// known maker's model number that end the capitalised words on its line are the model's
    /// edition; returns the last. Not a word the gazetteer knows, a title, a given name, a day, a
    /// month, a name's head word, a word for a meeting (`Arden 365 Partner Conference`), for a
    /// part of a firm, a body's suffix or a numbered place (`Arden 12 Quarry Road`), nor before a
    /// number or a hyphen (`Arden 2 Brask 1`: a score).
    func editionEnd(after number: Int) -> Int? {
        var position = number + 1
        while position < min(tokens.count, number + 4), tokens[position].newlinesBefore == 0,
            isNameWord(position), !tokens[position].isAllCaps || tokens[position].length >= 2,
            bestMatch(at: position) == nil, isTitle(at: position) == nil, !has(.givenName, at: position),
            !words.weekdays.contains(tokens[position].hash),
            !words.sentenceWords.contains(tokens[position].foldedHash),
            !words.neverNames.contains(tokens[position].foldedHash),
            !Self.numberedPlaces.contains(tokens[position].foldedHash),
            !Self.streetWords.contains(tokens[position].foldedHash), headLabel(of: position, ledBy: nil) == nil,
            !words.divisionWords.contains(tokens[position].hash), !has(.organisationSuffix, at: position),
            !ContextCues.venueKinds.contains(tokens[position].foldedHash)
        {
            position += 1
        }
        guard position > number + 1,
            position >= tokens.count || tokens[position].newlinesBefore > 0
                || !isNameWord(position) && tokens[position].kind != .number && tokens[position].kind != .hyphen
                    && !(tokens[position].kind == .word && tokens[position].isAllCaps)
        else { return nil }
        return position - 1
    }

    /// Words that end a street's name: a number before them opens an address.
    private static let streetWords = WordSet.folded([
        "drive", "lane", "boulevard", "blvd", "way", "place", "court", "ct", "dr", "ln", "parkway", "pkwy", "square",
        "plaza", "circle", "terrace", "trail", "pike",
    ])

    /// Letters after a number that make a standard's, a resolution's, a unit's or an ordinal's code.
    private static let standardCodeLetters: Set<String> = [
        "K", "G", "D", "FA", "H", "M", "B", "T", "L", "V", "W", "A", "P", "X", "F", "ST", "ND", "RD", "TH", "AM",
        "PM", "HP", "DB", "HZ",
    ]

    /// Words after which a number names a place or a part, not a model: `Suite 301`, `Route 101`.
    static let numberedPlaces = WordSet.folded([
        "suite", "room", "floor", "unit", "flight", "route", "highway", "interstate", "box", "apt", "building", "gate",
        "platform", "terminal", "exit", "level", "chapter", "section", "article", "page", "volume", "episode",
        "season", "part", "psalm", "verse", "rule", "form", "bus", "line", "street", "avenue", "road", "st", "ave",
        "rd", "hwy", "no", "number", "pier", "lot", "block", "channel", "district", "ward", "precinct", "grade",
    ])
}
