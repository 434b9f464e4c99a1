import NewsGraphCore

/// Headings, menu items and labels: title-case text whose capitals are a convention of the
/// line, not evidence of a name. Kept apart from the shapes of names in `NameFinder+Shapes.swift`.
extension NameFinder {
    /// Whether `range` opens its line and a colon or a dash follows it: the label of a list
    /// item or a section (`Care & Cleaning: wipe …`).
    func isLineLabel(_ range: Range<Int>) -> Bool {
        guard range.lowerBound == 0 || tokens[range.lowerBound].newlinesBefore > 0,
            range.upperBound < tokens.count, tokens[range.upperBound].newlinesBefore == 0
        else { return false }
        return tokens[range.upperBound].kind == .dash || analysis.isCharacter(range.upperBound, ":")
    }

    /// A line in title case that no full stop ends (`Tips for Spring Planting`, `Our Services`):
    /// a heading, a menu item or a label, whose words are capitalised by convention, not because
    /// they name something. A line with a number (a results table: `Ardley 3 Velmar 1`) is not one,
    /// unless the number is the heading's own before a colon (`Step 2: Pick a Trail`) or a list
    /// item's before it (`3. Pick a Trail`); a question in title case (`Is Your Roof Ready for
    /// Winter?`) is one.
    static func isHeading(_ range: Range<Int>, _ analysis: TextAnalysis, functionWords: TokenHashSet) -> Bool {
        let tokens = analysis.tokens
        guard !range.isEmpty, opensLine(range.lowerBound, analysis),
            range.upperBound == tokens.count || tokens[range.upperBound].newlinesBefore > 0,
            // `1. Ann Vale (Ardia), Tom Roe (Velmar)`: a numbered line with brackets is a results list.
            range.lowerBound == 0 || tokens[range.lowerBound].newlinesBefore > 0
                || !range.contains(where: { analysis.isCharacter($0, "(") }),
            let capitals = titleCaseCapitals(range, analysis, functionWords: functionWords)
        else { return false }
        var last = range.upperBound - 1
        while last > range.lowerBound, tokens[last].kind == .closingQuote || analysis.isCharacter(last, ")") {
            last -= 1
        }
        let ends =
            analysis.isCharacter(last, ".") || analysis.isCharacter(last, "!")
            || analysis.isCharacter(last, "?") && capitals < 3
        return capitals > 0 && !ends
    }

    /// Whether `index` opens its line, or follows only a list item's number there (`3.`, `3)`).
    static func opensLine(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        if index == 0 || tokens[index].newlinesBefore > 0 { return true }
        guard index >= 2, analysis.isCharacter(index - 1, ".") || analysis.isCharacter(index - 1, ")") else {
            return false
        }
        let number = tokens[index - 2]
        return number.kind == .number && number.length <= 2 && (index == 2 || number.newlinesBefore > 0)
    }

    /// How many capitalised words `range` holds when every word is capitalised or a function
    /// word, and no number stands in it but a step's before a colon (`Step 2:`), a year that opens
    /// the line or ends it (or its label) after a function word, or one count of up to two digits
    /// before a capitalised word that opens the line or follows its first word, in a line with no
    /// comma (`Top 7 Garden Tools of 2031`; a results line has a second score or a list of names,
    /// a citation its year in brackets, an event its edition's year right after its name); `nil`
    /// otherwise.
    static func titleCaseCapitals(_ range: Range<Int>, _ analysis: TextAnalysis, functionWords: TokenHashSet) -> Int? {
        let tokens = analysis.tokens
        var capitals = 0
        var counts = 0
        for index in range {
            let token = tokens[index]
            if token.kind == .number {
                if index - range.lowerBound <= 2, index + 1 < range.upperBound, analysis.isCharacter(index + 1, ":") {
                    continue
                }
                let ends = index + 1 == range.upperBound || analysis.isCharacter(index + 1, ":")
                if isYearNumber(index, analysis),
                    index == range.lowerBound
                        || ends && index > range.lowerBound && tokens[index - 1].kind == .word
                            && functionWords.contains(tokens[index - 1].foldedHash)
                {
                    continue
                }
                if index == range.lowerBound || index == range.lowerBound + 1 && tokens[index - 1].kind == .word,
                    token.length <= 2, analysis.text[Int(token.start)] != UInt8(ascii: "0"), counts == 0,
                    index + 1 < range.upperBound, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized
                {
                    counts += 1
                    continue
                }
                return nil
            }
            guard token.kind == .word else { continue }
            if token.isCapitalized {
                capitals += 1
            } else if !functionWords.contains(token.foldedHash) {
                return nil
            }
        }
        // `67 Ann Vale, Tom Roe`: a score before names in a list is a results line.
        if counts > 0, range.contains(where: { analysis.isCharacter($0, ",") }) { return nil }
        return capitals
    }

    /// `Quellbrook Electric Corp.`: a name that ends in a company's legal form names that firm in a
    /// heading too; a heading's words take no such abbreviation.
    func endsInLegalForm(_ range: Range<Int>) -> Bool {
        var last = range.upperBound - 1
        if last > range.lowerBound, analysis.isCharacter(last, ".") { last -= 1 }
        return last > range.lowerBound && tokens[last].kind == .word && Self.legalForms.contains(tokens[last].hash)
    }

    /// `Ardish Maritime Institute`: a known place that opens a name ending in an
    /// institution's head word names that body in a heading too, as the place alone would count.
    func isPlaceLedInstitution(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, ContextCues.institutionHeads.contains(tokens[range.upperBound - 1].hash),
            let match = bestMatch(at: range.lowerBound), case .entity(let label) = match.category
        else { return false }
        return label == .gpe || label == .loc
    }

    /// Companies' legal forms, abbreviated as firms write them after their names.
    static let legalForms = WordSet.hashes([
        "Inc", "Inc.", "Corp", "Corp.", "LLC", "Ltd", "Ltd.", "PLC", "LLP", "GmbH", "Incorporated",
    ])

    /// A number of four digits from 1900 to 2099: a year in a heading (`2031 Kitchen Trends`).
    static func isYearNumber(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        let token = analysis.tokens[index]
        guard token.length == 4 else { return false }
        let start = Int(token.start)
        let bytes = analysis.text
        for offset in start..<start + 4 where bytes[offset] &- UInt8(ascii: "0") >= 10 { return false }
        return bytes[start] == UInt8(ascii: "2") && bytes[start + 1] == UInt8(ascii: "0")
            || bytes[start] == UInt8(ascii: "1") && bytes[start + 1] == UInt8(ascii: "9")
    }

    /// Whether the name at `range` stands in a title-case label that opens its line and ends at
    /// a colon before more words (`Best Budget Trail Shoe: the Arden 3`): the label is a heading
    /// even when what follows the colon is not, unless it has a name's own marks.
    func isInLineLabel(_ range: Range<Int>) -> Bool {
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[range.lowerBound])].tokens
        guard Self.opensLine(sentence.lowerBound, analysis) else { return false }
        var colon = range.upperBound
        while colon < sentence.upperBound, !analysis.isCharacter(colon, ":") {
            if tokens[colon].kind != .word && tokens[colon].kind != .hyphen && !analysis.isCharacter(colon, "&") {
                return false
            }
            colon += 1
        }
        guard colon + 1 < sentence.upperBound,
            !(sentence.lowerBound..<range.lowerBound).contains(where: { analysis.isCharacter($0, ":") }),
            let capitals = Self.titleCaseCapitals(
                sentence.lowerBound..<colon, analysis, functionWords: words.headingFunctionWords)
        else { return false }
        // `Arden Glide X2: …`, `LedgerLoop Cloud: …`, `Northvale Movers: …`: a label that is a
        // product's or firm's name (a model code, a brand's spelling, a known first word) names it.
        let label = sentence.lowerBound..<colon
        if isEntity(at: label.lowerBound)
            || label.contains(where: { analysis.isBrandWord($0) || analysis.isModelCode($0, anyCase: true) })
        {
            return false
        }
        return capitals >= 2
    }
}
