import NewsGraphCore

/// Dates, money and percentages, found by pattern over tokens.
enum ValuePatterns {
    /// The word lists, read through one instance per document: a `static let` costs a
    /// once-check on every access, and `match` runs on every token.
    struct Words: Sendable {
        let months = WordSet.hashes([
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November",
            "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        ])
        /// Month names that are also ordinary words need a number next to them.
        let ambiguousMonths = WordSet.hashes(["May", "March", "Mar", "Jan", "Jun", "Dec"])
        let weekdays = WordSet.hashes([
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        ])
        let yearPrepositions = WordSet.folded([
            "in", "since", "by", "until", "from", "of", "during", "before", "after", "early", "late", "mid",
        ])
        let currencySymbols = WordSet.hashes(["$", "£", "€", "¥", "US$", "A$", "C$", "HK$"])
        let currencyWords = WordSet.folded([
            "dollars", "dollar", "pounds", "pound", "euros", "euro", "yen", "yuan", "rupees", "roubles", "rubles",
            "francs", "pence", "cents", "p",
        ])
        let magnitudes = WordSet.folded([
            "million", "billion", "trillion", "thousand", "bn", "m", "k", "mn", "tn", "hundred",
        ])
        let percentWords = WordSet.folded(["percent", "per", "pct"])
        let numberWords = WordSet.folded([
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "half",
        ])

        static let shared = Words()
    }

    /// A value found: a token range and its label.
    struct Value {
        var tokens: Range<Int>
        var label: EntityLabel
    }

    static func find(in analysis: TextAnalysis) -> [Value] {
        let tokens = analysis.tokens
        let words = Words.shared
        var values: [Value] = []
        var index = 0
        while index < tokens.count {
            // Values start with a capitalised word (a month, a day), a number or a currency sign:
            // most tokens are passed over here.
            let token = tokens[index]
            let canStart: Bool
            switch token.kind {
            case .word: canStart = token.isCapitalized
            case .number: canStart = true
            case .punctuation:
                // Only a currency sign: `$`, or a non-ASCII one (`£`, `€`, `¥`).
                let first = analysis.text[Int(token.start)]
                canStart = first == UInt8(ascii: "$") || first >= 0x80
            default: canStart = false
            }
            if !canStart {
                index += 1
                continue
            }
            if let value = match(at: index, analysis, words) {
                values.append(value)
                index = value.tokens.upperBound
            } else {
                index += 1
            }
        }
        return values
    }

    private static func isNumber(_ index: Int, _ tokens: [Token]) -> Bool {
        index < tokens.count && tokens[index].kind == .number
    }

    private static func isDay(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        guard isNumber(index, analysis.tokens), analysis.tokens[index].length <= 2 else { return false }
        let value = digitsValue(index, analysis)
        return value >= 1 && value <= 31
    }

    private static func isYear(_ index: Int, _ analysis: TextAnalysis) -> Bool {
        guard isNumber(index, analysis.tokens), analysis.tokens[index].length == 4 else { return false }
        let value = digitsValue(index, analysis)
        return value >= 1800 && value <= 2100
    }

    /// The value of a short all-digit token read from its bytes, or -1.
    private static func digitsValue(_ index: Int, _ analysis: TextAnalysis) -> Int {
        let token = analysis.tokens[index]
        var value = 0
        for offset in token.byteRange {
            let digit = analysis.text[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return -1 }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func match(at index: Int, _ analysis: TextAnalysis, _ words: Words) -> Value? {
        let tokens = analysis.tokens
        let token = tokens[index]
        // Month-led dates: February 24, February 24, 2022, February 2022.
        if words.months.contains(token.hash) {
            var end = index + 1
            if isDay(end, analysis) {
                end += 1
                if analysis.isCharacter(end, ","), isYear(end + 1, analysis) {
                    end += 2
                } else if isYear(end, analysis) {
                    end += 1
                }
            } else if isYear(end, analysis) {
                end += 1
            } else if words.ambiguousMonths.contains(token.hash) || token.length <= 4 {
                return nil
            }
            return Value(tokens: index..<end, label: .date)
        }
        // Day-led dates: 24 February (2022).
        if isDay(index, analysis), index + 1 < tokens.count, words.months.contains(tokens[index + 1].hash) {
            var end = index + 2
            if isYear(end, analysis) { end += 1 }
            return Value(tokens: index..<end, label: .date)
        }
        if words.weekdays.contains(token.hash) { return Value(tokens: index..<index + 1, label: .date) }
        // ISO dates as one number token: 1996-08-30.
        if token.kind == .number, token.length == 10, analysis.text[Int(token.start) + 4] == UInt8(ascii: "-") {
            return Value(tokens: index..<index + 1, label: .date)
        }
        if isYear(index, analysis), index > 0, words.yearPrepositions.contains(tokens[index - 1].foldedHash) {
            return Value(tokens: index..<index + 1, label: .date)
        }
        // Money: $5, £10.5bn, $3 million.
        if words.currencySymbols.contains(token.hash), isNumber(index + 1, tokens) {
            var end = index + 2
            if end < tokens.count, words.magnitudes.contains(tokens[end].foldedHash) { end += 1 }
            return Value(tokens: index..<end, label: .money)
        }
        if token.kind == .number {
            var end = index + 1
            if end < tokens.count, words.magnitudes.contains(tokens[end].foldedHash), tokens[end].kind == .word {
                end += 1
            }
            if end < tokens.count, words.currencyWords.contains(tokens[end].foldedHash) {
                return Value(tokens: index..<end + 1, label: .money)
            }
            if analysis.isCharacter(index + 1, "%") { return Value(tokens: index..<index + 2, label: .percent) }
            if index + 1 < tokens.count, words.percentWords.contains(tokens[index + 1].foldedHash) {
                let isPerCent = tokens[index + 1].foldedHash == FoldedWord.per
                if !isPerCent { return Value(tokens: index..<index + 2, label: .percent) }
                if index + 2 < tokens.count, tokens[index + 2].foldedHash == FoldedWord.cent {
                    return Value(tokens: index..<index + 3, label: .percent)
                }
            }
        }
        return nil
    }
}
