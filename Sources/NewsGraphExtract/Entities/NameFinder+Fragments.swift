import NewsGraphCore

/// Capitalised words on web pages that are no names (issue 16): pieces of code, addresses,
/// letters and times, questions used as link titles, and the word tests the rules on clause
/// openings and shared family names use. Kept apart from `NameFinder+Shapes.swift`, the shapes
/// of names.
extension NameFinder {
    /// Whether the run opens with a unit of measure right after a number on its line (`4 LB`,
    /// `64 GB SSD`): a quantity and the words that qualify it, no name.
    func isAfterQuantity(_ run: Range<Int>) -> Bool {
        let first = run.lowerBound
        guard first > 0, tokens[first].newlinesBefore == 0, tokens[first - 1].kind == .number else { return false }
        return Self.measureUnits.contains(tokens[first].foldedHash)
    }

    /// Units of weight, volume, data, power and resolution that shops and reviews write in capitals.
    static let measureUnits = WordSet.folded([
        "lb", "lbs", "oz", "qt", "kg", "mm", "cm", "kb", "mb", "gb", "tb", "mp", "mph", "fps", "ghz", "mhz", "kw",
        "kwh", "mah",
    ])

    /// Whether the run `run` is a question used as a title, an identifier, a piece of an
    /// address or a letter, or the marks of a time: no name.
    func isFragment(_ run: Range<Int>) -> Bool {
        // `(see also: Where Should a Beginner Buy Paint?)`: capitalised words inside a line that open with a
        // question word and end at a question mark are a question, a linked page's title, not a
        // name (a heading that asks is left to the rules on headings).
        if words.questionWords.contains(self.tokens[run.lowerBound].foldedHash),
            self.tokens[run.lowerBound].newlinesBefore == 0, run.lowerBound > 0,
            run.dropFirst().filter({ self.tokens[$0].kind == .word }).count >= 3,
            analysis.isCharacter(run.upperBound, "?")
        {
            return true
        }
        // `<_LockFile>`, `Retry="3"`, `schema.org/ReturnByPost`: a name touching the marks of
        // code, markup or a web address is an identifier.
        if isInCode(run) || isOnCodeLine(run) || isDeclaredType(run) || isAddressRest(run.lowerBound)
            || isPostscript(run) || isOperationsTerm(run) || isQueryKeywords(run)
        {
            return true
        }
        // `6:13 P.M. EDT`, `Mon-Fri 9 am`: the marks of a clock time and days joined as a span of
        // opening hours are parts of a time, no name.
        if isClockMark(run) || isDayRange(run) { return true }
        return isWorkDivision(run)
    }

    /// `Part IV`, `CHAPTER XII`, `Stage II`: a word for a division of a text or a series before a
    /// Roman numeral points to one piece of a work or a scale, and names nothing by itself.
    func isWorkDivision(_ run: Range<Int>) -> Bool {
        guard run.count == 2, words.workDivisions.contains(tokens[run.lowerBound].foldedHash) else { return false }
        let numeral = tokens[run.lowerBound + 1]
        guard numeral.kind == .word, numeral.length <= 6 else { return false }
        for offset in Int(numeral.start)..<Int(numeral.end) where !"IVXLC".utf8.contains(analysis.text[offset]) {
            return false
        }
        return true
    }

    /// `Reminder: Most NGOs file`, `Delivery – Choose UPS for`: a capital right after a colon or a dash
    /// on the same line opens a clause, as one at a sentence start does.
    func opensClause(_ index: Int) -> Bool {
        analysis.isSentenceInitial(index)
            || index > 0 && tokens[index - 1].newlinesBefore == 0
                && (tokens[index - 1].kind == .dash || analysis.isCharacter(index - 1, ":"))
    }

    /// Whether the document also writes the word at `index` in lower case somewhere: a capital
    /// that only opens a clause then proves nothing. One pass over the tokens, asked rarely.
    func isWrittenInLowerCase(_ index: Int) -> Bool {
        let hash = tokens[index].foldedHash
        return tokens.contains { $0.kind == .word && !$0.isCapitalized && $0.foldedHash == hash }
    }

    /// `Advanced`, `Use`: a capitalised ordinary word (``CommonWords``) that the gazetteer does not
    /// know as a name.
    func isOrdinaryCapitalized(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, commonWords.contains(token.foldedHash)
        else { return false }
        if let match = bestMatch(at: index), case .entity = match.category { return false }
        return true
    }

    /// Whether the two words at `start` are written together again where no clause opens
    /// (`the Velmar VPN app`): then a clause's first two (`Velmar VPN is`) are that name too.
    func isPairWrittenInside(_ start: Int) -> Bool {
        let first = tokens[start].hash
        let second = tokens[start + 1].hash
        var index = 1
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard tokens[index].hash == first, tokens[index + 1].hash == second, index != start,
                tokens[index].newlinesBefore == 0, !analysis.isSentenceInitial(index)
            else { continue }
            let before = index - 1
            if tokens[before].kind == .dash || analysis.isCharacter(before, ":") { continue }
            return true
        }
        return false
    }

    /// `<_LockFile>`, `Retry="3"`, `schema.org/ReturnByPost`, `#GoTeam`, `run_TestCase`: a name
    /// touching an underscore, a tag's `<`, an attribute's `=`, a hashtag's `#`, or a slash of a
    /// web address (its unspaced text holds `://` or `www.`) is code, markup or an address.
    func isInCode(_ range: Range<Int>) -> Bool {
        let text = analysis.text
        let start = Int(tokens[range.lowerBound].start)
        let end = Int(tokens[range.upperBound - 1].end)
        if end < text.count, text[end] == UInt8(ascii: "_") || text[end] == UInt8(ascii: "=") { return true }
        if isQualifiedPath(from: end) { return true }
        guard start > 0 else { return false }
        switch text[start - 1] {
        case UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: "#"): return true
        case UInt8(ascii: "["):
            // `X[Order Queue] --> Y[…]`: a diagram's node, its label in brackets after its id.
            return start > 1 && (text[start - 2] &- 0x30 < 10 || text[start - 2] | 0x20 &- 0x61 < 26)
        case UInt8(ascii: "/"):
            var position = start - 1
            while position > 0, text[position - 1] > 0x20 {
                position -= 1
                if text[position] == UInt8(ascii: ":"), position + 2 < start, text[position + 1] == UInt8(ascii: "/"),
                    text[position + 2] == UInt8(ascii: "/")
                {
                    return true
                }
            }
            return start - position > 4 && text[position..<position + 4].elementsEqual("www.".utf8)
        default: return false
        }
    }

    /// `Lantern.Storage.Cache;`, `Ledger.Open(`: a dot right after a name, then a capitalised word
    /// that ends at another dot, a `;` or a `(` with no space, is a qualified path in code; a
    /// sentence that lost its space after a full stop (`in Lisbon.The`) goes on with a space.
    private func isQualifiedPath(from end: Int) -> Bool {
        let text = analysis.text
        guard end + 2 < text.count, text[end] == UInt8(ascii: "."), text[end + 1] &- 0x41 < 26 else { return false }
        var position = end + 2
        while position < text.count,
            text[position] &- 0x61 < 26 || text[position] &- 0x41 < 26
                || text[position] &- 0x30 < 10 || text[position] == UInt8(ascii: "_")
        {
            position += 1
        }
        guard position + 1 < text.count else { return false }
        switch text[position] {
        case UInt8(ascii: ";"), UInt8(ascii: "("): return true
        case UInt8(ascii: "."): return text[position + 1] &- 0x41 < 26 || text[position + 1] &- 0x61 < 26
        default: return false
        }
    }

    /// `// Parse the Header`, `Widget Build() {`: a name on a line that ends with a brace, or after
    /// a comment's `//` on its line (not a web address's `://`), is code or a comment in code.
    func isOnCodeLine(_ range: Range<Int>) -> Bool {
        guard mayHaveCodeLines else { return false }
        let text = analysis.text
        let newline = UInt8(ascii: "\n")
        var position = Int(tokens[range.lowerBound].start)
        while position > 1, text[position - 1] != newline {
            position -= 1
            if text[position] == UInt8(ascii: "/"), text[position - 1] == UInt8(ascii: "/"),
                position < 2 || text[position - 2] != UInt8(ascii: ":")
            {
                return true
            }
        }
        var end = Int(tokens[range.upperBound - 1].end)
        var last: UInt8 = 0
        while end < text.count, text[end] != newline {
            if text[end] > 0x20 { last = text[end] }
            end += 1
        }
        return last == UInt8(ascii: "{") || last == UInt8(ascii: "}")
    }

    /// `sealed class LedgerWriter`, `the RetryBudget trait`: one word joined from capitalised parts
    /// right after a declaration keyword of code in lower case, or right before one that is no
    /// ordinary noun of prose (`trait`, `struct`, not `class` or `protocol`), is a type's name in code.
    func isDeclaredType(_ run: Range<Int>) -> Bool {
        guard run.count == 1, isJoinedCapitals(run.lowerBound) else { return false }
        let before = run.lowerBound - 1
        if before >= 0, tokens[before].kind == .word, tokens[before].hash == tokens[before].foldedHash,
            Self.declarationKeywords.contains(tokens[before].foldedHash), before == 0 || !tokens[before].isAttached
        {
            return true
        }
        let after = run.upperBound
        return after < tokens.count && tokens[after].kind == .word && tokens[after].newlinesBefore == 0
            && tokens[after].hash == tokens[after].foldedHash
            && Self.codeOnlyKeywords.contains(tokens[after].foldedHash)
    }

    /// `LedgerWriter`: a capitalised word with a capital after a lower-case letter inside it.
    private func isJoinedCapitals(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps else { return false }
        var previousLower = false
        for offset in Int(token.start)..<Int(token.end) {
            let byte = analysis.text[offset]
            if byte &- 0x41 < 26, previousLower { return true }
            previousLower = byte &- 0x61 < 26
        }
        return false
    }

    /// Keywords that declare a type in common programming languages.
    static let declarationKeywords = WordSet.folded([
        "class", "struct", "trait", "interface", "enum", "protocol", "impl", "typedef", "extends", "implements",
    ])
    /// Declaration keywords that prose seldom uses as nouns after a name (`a yoga class`, `a
    /// network protocol` do).
    private static let codeOnlyKeywords = WordSet.folded(["struct", "trait", "enum", "impl", "typedef"])

    /// `GROUP BY`, `DROP INDEX`: two or more words in capitals, the first one that opens a statement
    /// or a clause of SQL and all reserved words of SQL, are a piece of a query, no name.
    func isQueryKeywords(_ run: Range<Int>) -> Bool {
        guard run.count >= 2, tokens[run.lowerBound].isAllCaps,
            Self.queryOpeners.contains(tokens[run.lowerBound].hash)
        else { return false }
        return run.dropFirst().allSatisfy {
            tokens[$0].kind == .word && tokens[$0].isAllCaps
                && (Self.queryOpeners.contains(tokens[$0].hash) || Self.queryWords.contains(tokens[$0].hash))
        }
    }

    /// Words in capitals that open a statement or a clause of SQL.
    private static let queryOpeners = WordSet.hashes([
        "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "TRUNCATE", "GRANT", "REVOKE",
        "EXPLAIN", "VACUUM", "ORDER", "GROUP", "INNER", "LEFT", "OUTER", "CROSS", "UNION", "PRIMARY",
        "FOREIGN",
    ])
    /// Other reserved words of SQL that follow an opener.
    private static let queryWords = WordSet.hashes([
        "BY", "TABLE", "VIEW", "INDEX", "SYSTEM", "DATABASE", "SCHEMA", "COLUMN", "INTO", "FROM", "WHERE",
        "JOIN", "KEY", "ALL", "DISTINCT", "SET", "ANALYZE", "MATERIALIZED", "UNIQUE", "TRIGGER", "FUNCTION",
        "SEQUENCE", "EXTENSION", "IF", "NOT", "EXISTS", "ON", "VALUES", "ASC", "DESC", "LIMIT", "OFFSET",
    ])

    /// `Time40`: a capitalised ordinary word run into a number, where a page's markup lost the
    /// space between a label and its value; no model's code.
    func isRunTogether(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized else { return false }
        var hash = TokenHash.offset
        var letters = 0
        var position = Int(token.start)
        while position < Int(token.end), analysis.text[position] &- 0x30 >= 10 {
            TokenHash.add(&hash, TokenHash.fold(analysis.text[position]))
            letters += 1
            position += 1
        }
        guard letters >= 3, position < Int(token.end) else { return false }
        for offset in position..<Int(token.end) where analysis.text[offset] &- 0x30 >= 10 { return false }
        return commonWords.contains(hash)
    }

    /// `5th St. Suite 210`: a street's abbreviation after an ordinal number ends the street's
    /// name; the capitalised words from it are the rest of an address.
    func isAddressRest(_ start: Int) -> Bool {
        guard start >= 1, words.streetAbbreviations.contains(tokens[start].hash) else { return false }
        let previous = tokens[start - 1]
        guard previous.length >= 3 else { return false }
        let end = Int(previous.end)
        let suffix = (TokenHash.fold(analysis.text[end - 2]), TokenHash.fold(analysis.text[end - 1]))
        let ordinal =
            suffix == (UInt8(ascii: "s"), UInt8(ascii: "t")) || suffix == (UInt8(ascii: "n"), UInt8(ascii: "d"))
            || suffix == (UInt8(ascii: "r"), UInt8(ascii: "d")) || suffix == (UInt8(ascii: "t"), UInt8(ascii: "h"))
        return ordinal && analysis.text[end - 3] &- 0x30 < 10
    }

    /// `6:13 P.M. EDT`: `A.M.` or `P.M.` after a number, with whatever time zone follows.
    func isClockMark(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard first >= 1, tokens[first - 1].kind == .number else { return false }
        let start = Int(tokens[first].start)
        guard Int(tokens[first].end) - start >= 3 else { return false }
        let letter = TokenHash.fold(analysis.text[start])
        return (letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p"))
            && analysis.text[start + 1] == UInt8(ascii: ".")
            && TokenHash.fold(analysis.text[start + 2]) == UInt8(ascii: "m")
    }

    /// `Mon-Fri`, `Saturday-Sunday`: days of the week joined by a hyphen or a dash.
    func isDayRange(_ range: Range<Int>) -> Bool {
        guard range.count == 3,
            tokens[range.lowerBound + 1].kind == .hyphen || tokens[range.lowerBound + 1].kind == .dash
        else { return false }
        let days = words.dayWords
        return days.contains(tokens[range.lowerBound].foldedHash)
            && days.contains(tokens[range.lowerBound + 2].foldedHash)
    }

    /// `Tomas and Ilse Brannock`: the family name that a given name at `index` shares with the
    /// given name and family name joined to it by `and`, or nil.
    func sharedFamilyName(of index: Int) -> Int? {
        let family = index + 3
        guard family < tokens.count, has(.givenName, at: index), tokens[index + 1].foldedHash == words.andWord,
            has(.givenName, at: index + 2), tokens[index + 2].newlinesBefore == 0, isNameWord(family),
            tokens[family].newlinesBefore == 0, !tokens[family].isAllCaps, !has(.givenName, at: family),
            !isNameWord(family + 1), tokens[family].foldedHash != tokens[index].foldedHash
        else { return nil }
        if let match = bestMatch(at: family), case .entity = match.category { return nil }
        return family
    }

    /// `P.S.`, `P.P.S.`: the mark of a letter's postscript.
    func isPostscript(_ range: Range<Int>) -> Bool {
        let start = Int(tokens[range.lowerBound].start)
        var end = Int(tokens[range.upperBound - 1].end)
        if end < analysis.text.count, analysis.text[end] == UInt8(ascii: ".") { end += 1 }
        let bytes = analysis.text[start..<end]
        return bytes.elementsEqual("P.S.".utf8) || bytes.elementsEqual("P.P.S.".utf8)
    }
}
