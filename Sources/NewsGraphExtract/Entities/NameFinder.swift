import NewsGraphCore

/// Finds name candidates in one document: gazetteer matches, title + name, given name +
/// surname, organisation suffixes and prefixes, and capitalised sequences with their context.
/// This file holds the per-document state and the gazetteer look-ups; the scan that applies the
/// rules is in `NameFinder+Scan.swift`.
struct NameFinder {
    let analysis: TextAnalysis
    let gazetteer: Gazetteer
    /// Tokens already taken by dates and amounts.
    let taken: [Bool]
    var capsSentences: [Bool]
    /// Sentences that are title-case lines without a full stop: headings, menu items, labels.
    var headingSentences: [Bool]
    /// "the", read once: `compassPlace` asks it of every token that is not a name.
    let theHash = FoldedWord.the
    /// The word lists, read once per document: each `static let` read costs a `swift_once`
    /// call, and the rules read them for every name word.
    let words = WordLists.shared
    /// Ordinary words that are nobody's name, read once per document.
    let commonWords = CommonWords.shared
    /// Nouns such as `Dutch oven`, read once per document.
    let nationalityCompounds = NationalityCompounds.shared
    /// Acronyms of common technical phrases (`SEO`), read once per document.
    let technicalAcronyms = TechnicalAcronyms.shared
    /// Whether the text has a brace or a `//` at all: without one no line is code, and the rules
    /// need not scan a candidate's line for them (a paragraph's length for every candidate).
    let mayHaveCodeLines: Bool
    /// Gazetteer matches of every token, flat: token `i` has `matchOffsets[i]..<matchOffsets[i + 1]`.
    private var matchTable: [Gazetteer.Match] = []
    private var matchOffsets: [Int32] = []

    init(analysis: TextAnalysis, gazetteer: Gazetteer, taken: [Bool]) {
        self.analysis = analysis
        self.gazetteer = gazetteer
        self.taken = taken
        mayHaveCodeLines = Self.hasCodeMarks(analysis.text)
        capsSentences = analysis.sentences.map { sentence in
            var words = 0
            var caps = 0
            for index in sentence.tokens where analysis.tokens[index].kind == .word {
                words += 1
                if analysis.tokens[index].isAllCaps { caps += 1 }
            }
            // A short line of capitals on its own (a dateline: `LONDON 1996-08-30`) counts too.
            let isOwnLine =
                analysis.tokens[sentence.tokens.lowerBound].newlinesBefore > 0 || sentence.tokens.lowerBound == 0
            return words >= 3 ? caps * 10 >= words * 6 : words > 0 && caps == words && isOwnLine
        }
        let headingWords = ContextCues.headingFunctionWords
        headingSentences = analysis.sentences.map { Self.isHeading($0.tokens, analysis, functionWords: headingWords) }
        var table: [Gazetteer.Match] = []
        var offsets = [Int32](repeating: 0, count: analysis.tokens.count + 1)
        for index in analysis.tokens.indices {
            // The rules ask only where a name can start: a capitalised word, or any word of
            // an ALL-CAPS line.
            let token = analysis.tokens[index]
            if token.kind == .word {
                let ignoringCase = capsSentences[Int(analysis.sentenceOfToken[index])]
                if token.isCapitalized || ignoringCase || isCamelCase(index) {
                    gazetteer.appendMatches(in: analysis.tokens, at: index, ignoringCase: ignoringCase, to: &table)
                }
                if token.isAllCaps && !ignoringCase && token.length >= 3 {
                    // `RAFAEL VANCE` in running text: a given name in capitals still leads a person.
                    let known = table.count
                    gazetteer.appendMatches(in: analysis.tokens, at: index, ignoringCase: true, limit: 1, to: &table)
                    var kept = known
                    for position in known..<table.count where table[position].category == .givenName {
                        table[kept] = table[position]
                        kept += 1
                    }
                    table.removeLast(table.count - kept)
                }
            }
            offsets[index + 1] = Int32(table.count)
        }
        matchTable = table
        matchOffsets = offsets
    }

    var tokens: [Token] { analysis.tokens }

    private static func hasCodeMarks(_ text: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in text {
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { return true }
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }

    func isCapsLine(_ index: Int) -> Bool { capsSentences[Int(analysis.sentenceOfToken[index])] }

    /// A word that can be part of a name here.
    func isNameWord(_ index: Int) -> Bool {
        guard index < tokens.count, !taken[index] else { return false }
        let token = tokens[index]
        guard token.kind == .word else { return false }
        return token.isCapitalized || (token.isAllCaps && isCapsLine(index))
    }

    private func categoryRank(_ category: GazetteerCategory) -> Int {
        switch category {
        case .entity: 5
        case .title: 4
        case .organisationPrefix: 3
        case .organisationSuffix: 2
        case .givenName: 1
        }
    }

    /// The best gazetteer match at `index`: longest, then by category.
    func bestMatch(at index: Int) -> Gazetteer.Match? {
        guard isNameWord(index) || isCamelCase(index) else { return nil }
        var best: Gazetteer.Match?
        for position in matchRange(at: index) {
            let match = matchTable[position]
            if let current = best,
                (match.length, categoryRank(match.category)) <= (current.length, categoryRank(current.category))
            {
                continue
            }
            best = match
        }
        // Every token of a match must be free, and a match may not end inside a hyphenated word.
        guard let best, (index..<index + best.length).allSatisfy({ !taken[$0] }) else { return nil }
        return best
    }

    /// Where the gazetteer matches starting at `index` are in `matchTable`: looked up once per
    /// document (the rules ask the same token many times), read by position so no slice of the
    /// table is made (and retained) per question.
    private func matchRange(at index: Int) -> Range<Int> {
        guard index >= 0 && index + 1 < matchOffsets.count else { return 0..<0 }
        return Int(matchOffsets[index])..<Int(matchOffsets[index + 1])
    }

    func has(_ category: GazetteerCategory, at index: Int, length: Int = 1) -> Bool {
        for position in matchRange(at: index) where matchTable[position].length == length {
            if matchTable[position].category == category { return true }
        }
        return false
    }

    func isTitle(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        for position in matchRange(at: index) where matchTable[position].category == .title {
            return matchTable[position].length
        }
        return nil
    }
}
