/// Splits UTF-8 text into ``Token``s for news English.
///
/// Handles what news text throws at a tokenizer: abbreviations and initials keep their period
/// (`U.S.`, `Dr.`, `J.`), possessives split off (`Russia` `'s`), hyphens become their own
/// token so `Iran-Russia` yields two names, numbers keep separators (`1,000.5`, `1996-08-30`),
/// and curly quotes and dashes are told apart from apostrophes and hyphens.
package struct Tokenizer: Sendable {
    /// Words that keep a following period (lower case, without the period).
    static let abbreviations = TokenHashSet(
        [
            "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "st", "jr", "sr",
            "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "vs", "etc", "mt", "ft", "rev", "hon", "cmdr", "adm", "maj", "pres", "dept", "univ", "est",
            "approx", "gens", "reps", "sens", "messrs", "mme", "mlle", "cpl", "pvt", "supt", "insp", "det", "fr",
            "bros", "assn", "ave", "blvd", "rd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "al",
        ].map { TokenHash.foldedHash($0) }
    )

    package init() {}

    package func tokenize(_ text: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        let abbreviations = Tokenizer.abbreviations
        text.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(text: buffer, abbreviations: abbreviations)
            scanner.run(into: &tokens)
        }
        return tokens
    }
}

/// Character classes the tokenizer distinguishes.
enum CharacterClass: Equatable {
    case space(newline: Bool)
    case letter(upper: Bool)
    case digit
    case apostrophe  // ' or ’
    case straightQuote  // "
    case openingQuote
    case closingQuote
    case dash
    case hyphen
    case punctuation
}

/// Walks the bytes without bounds checks or reference counting: the text is borrowed for the
/// duration of one `tokenize` call.
private struct Scanner {
    let text: UnsafeBufferPointer<UInt8>
    let abbreviations: TokenHashSet
    var position = 0
    var newlines: UInt8 = 0
    var sawSpace = true

    init(text: UnsafeBufferPointer<UInt8>, abbreviations: TokenHashSet) {
        self.text = text
        self.abbreviations = abbreviations
    }

    /// The class of the character at `offset` and its length in bytes.
    @inline(__always)
    static func classify(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (CharacterClass, Int) {
        let byte = text[offset]
        if byte < 0x80 {
            switch byte {
            case 0x41...0x5A: return (.letter(upper: true), 1)
            case 0x61...0x7A: return (.letter(upper: false), 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x0A: return (.space(newline: true), 1)
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return (.space(newline: false), 1)
            case UInt8(ascii: "'"): return (.apostrophe, 1)
            case UInt8(ascii: "\""): return (.straightQuote, 1)
            case UInt8(ascii: "-"): return (.hyphen, 1)
            default: return (.punctuation, 1)
            }
        }
        return classifyNonASCII(text, offset)
    }

    /// Kept out of line: Unicode property look-ups need runtime type metadata, whose set-up
    /// would otherwise run on every call of the ASCII fast path.
    @inline(never)
    static func classifyNonASCII(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (CharacterClass, Int) {
        let (scalar, length) = decodeScalar(text, at: offset)
        switch scalar.value {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return (.space(newline: false), length)
        case 0x2028, 0x2029, 0x85: return (.space(newline: true), length)
        case 0x2019: return (.apostrophe, length)
        case 0x201C, 0x2018, 0xAB, 0x201E, 0x2039, 0x201A: return (.openingQuote, length)
        case 0x201D, 0xBB, 0x203A: return (.closingQuote, length)
        case 0x2013, 0x2014, 0x2015, 0x2212: return (.dash, length)
        case 0x2010, 0x2011: return (.hyphen, length)
        default:
            let properties = scalar.properties
            if properties.isAlphabetic { return (.letter(upper: properties.isUppercase), length) }
            if properties.numericType != nil { return (.digit, length) }
            return (.punctuation, length)
        }
    }

    static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = text[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= text.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(text[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    static func isWordCharacter(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < text.count else { return false }
        switch Self.classify(text, offset).0 {
        case .letter, .digit: return true
        default: return false
        }
    }

    static func isLetter(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset < text.count else { return false }
        if case .letter = Self.classify(text, offset).0 { return true }
        return false
    }

    mutating func run(into tokens: inout [Token]) {
        while position < text.count {
            // The common bytes first: a space, or an ASCII letter or digit starting a word.
            let byte = text[position]
            if byte == 0x20 {
                sawSpace = true
                position += 1
                continue
            }
            if byte &- 0x61 < 26 || byte &- 0x41 < 26, let token = scanPlainWord() {
                tokens.append(token)
                newlines = 0
                sawSpace = false
                continue
            }
            if byte &- 0x61 < 26 || byte &- 0x41 < 26 || byte &- 0x30 < 10 {
                let start = position
                let kind = scanWord()
                tokens.append(
                    Self.makeToken(
                        text, start: start, end: position, kind: kind, sawSpace: sawSpace, newlines: newlines))
                newlines = 0
                sawSpace = false
                continue
            }
            let (characterClass, length) = Self.classify(text, position)
            let start = position
            var kind: Token.Kind
            switch characterClass {
            case .space(let newline):
                if newline && newlines < 255 { newlines += 1 }
                sawSpace = true
                position += length
                continue
            case .letter, .digit:
                kind = scanWord()
            case .apostrophe:
                position += length
                if !sawSpace, position < text.count, text[position] | 0x20 == UInt8(ascii: "s"),
                    !Self.isWordCharacter(text, at: position + 1),
                    let previous = tokens.last, previous.isWord
                {
                    position += 1
                    kind = .possessive
                } else if !sawSpace, let previous = tokens.last, previous.isWord,
                    text[Int(previous.end) - 1] | 0x20 == UInt8(ascii: "s"), !Self.isWordCharacter(text, at: position),
                    length == 1
                {
                    kind = .possessive  // plural possessive: officials'
                } else if length > 1 && sawSpace {
                    // ’ after a space: opens a phrase when a word follows, else closes one.
                    kind = Self.isWordCharacter(text, at: position) ? .openingQuote : .closingQuote
                } else if length > 1 {
                    kind = .closingQuote
                } else {
                    kind = .straightQuote
                }
            case .straightQuote:
                position += length
                kind = .straightQuote
            case .openingQuote:
                position += length
                kind = .openingQuote
            case .closingQuote:
                position += length
                kind = .closingQuote
            case .dash:
                position += length
                kind = .dash
            case .hyphen:
                position += length
                if position < text.count, text[position] == UInt8(ascii: "-") {
                    while position < text.count, text[position] == UInt8(ascii: "-") { position += 1 }
                    kind = .dash
                } else if !sawSpace, Self.isWordCharacter(text, at: position) {
                    kind = .hyphen
                } else {
                    kind =
                        sawSpace && (position >= text.count || !Self.isWordCharacter(text, at: position))
                        ? .dash : .punctuation
                }
            case .punctuation:
                position += length
                kind = .punctuation
            }
            tokens.append(
                Self.makeToken(text, start: start, end: position, kind: kind, sawSpace: sawSpace, newlines: newlines))
            newlines = 0
            sawSpace = false
        }
    }

    /// The common case in one pass: ASCII letters ended by a byte that can never continue a
    /// word (a space, a line break, `,;:)!?"`). Anything else (a period that may be an
    /// abbreviation's, an apostrophe, a hyphen, a digit, a non-ASCII letter) returns `nil`, with
    /// `position` unchanged, for the general path.
    mutating func scanPlainWord() -> Token? {
        let start = position
        var offset = start
        var hash = TokenHash.offset
        // Both hashes in one pass: two independent multiply chains run side by side.
        var folded = TokenHash.offset
        var uppers = 0
        while offset < text.count {
            let byte = text[offset]
            let isUpper = byte &- 0x41 < 26
            guard isUpper || byte &- 0x61 < 26 else { break }
            if isUpper { uppers += 1 }
            TokenHash.add(&hash, byte)
            TokenHash.add(&folded, byte | 0x20)
            offset += 1
        }
        if offset < text.count {
            switch text[offset] {
            case 0x20, 0x0A, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"),
                UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""):
                break
            default: return nil
            }
        }
        position = offset
        let letters = offset - start
        return Token(
            start: Int32(start), end: Int32(offset), kind: .word, isCapitalized: text[start] &- 0x41 < 26,
            isAllCaps: letters >= 2 && uppers == letters, isAttached: !sawSpace, newlinesBefore: newlines,
            hash: hash, foldedHash: folded
        )
    }

    /// Scans a word or number starting at `position`; returns its kind.
    mutating func scanWord() -> Token.Kind {
        let start = position
        var sawLetter = false
        var sawDigit = false
        while position < text.count {
            let byte = text[position]
            if byte &- 0x61 < 26 || byte &- 0x41 < 26 {
                sawLetter = true
                position += 1
                continue
            }
            if byte &- 0x30 < 10 {
                sawDigit = true
                position += 1
                continue
            }
            let (characterClass, length) = Self.classify(text, position)
            switch characterClass {
            case .letter:
                sawLetter = true
                position += length
                continue
            case .digit:
                sawDigit = true
                position += length
                continue
            case .apostrophe:
                // Inside a word (don't, O'Neill), but not a possessive 's.
                let next = position + length
                let isPossessive =
                    next < text.count && text[next] | 0x20 == UInt8(ascii: "s")
                    && !Self.isWordCharacter(text, at: next + 1)
                if sawLetter, !isPossessive, Self.isLetter(text, at: next) {
                    position = next
                    continue
                }
            case .punctuation where length == 1:
                let byte = text[position]
                if sawDigit && !sawLetter,
                    byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
                        || byte == UInt8(ascii: "/"), position + 1 < text.count,
                    Self.classify(text, position + 1).0 == .digit
                {
                    position += 1
                    continue
                }
                if byte == UInt8(ascii: ".") && sawLetter {
                    if keepsPeriod(wordStart: start) {
                        position += 1
                        // Another initial right after (U.S.A.)?
                        if Self.isLetter(text, at: position), position + 1 < text.count,
                            text[position + 1] == UInt8(ascii: "."),
                            Self.classify(text, position).1 == 1
                        {
                            continue
                        }
                        return .word
                    }
                }
            case .hyphen where length == 1:
                // Dates and ranges of digits stay one number: 1996-08-30.
                if sawDigit && !sawLetter, position + 1 < text.count, Self.classify(text, position + 1).0 == .digit {
                    position += 1
                    continue
                }
            default:
                break
            }
            break
        }
        return sawLetter ? .word : .number
    }

    /// Whether the word from `wordStart` to `position` keeps the period at `position`.
    func keepsPeriod(wordStart: Int) -> Bool {
        // A single letter (an initial), or initials so far (U.S).
        var letters = 0
        var lastWasPeriod = true
        var isInitials = true
        var hash = TokenHash.offset
        for offset in wordStart..<position {
            let byte = text[offset]
            TokenHash.add(&hash, TokenHash.fold(byte))
            if byte == UInt8(ascii: ".") {
                lastWasPeriod = true
            } else {
                if !lastWasPeriod { isInitials = false }
                lastWasPeriod = false
                letters += 1
            }
        }
        if isInitials { return true }
        return abbreviations.contains(hash)
    }

    static func makeToken(
        _ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, kind: Token.Kind, sawSpace: Bool, newlines: UInt8
    ) -> Token {
        var hash = TokenHash.offset
        var folded = TokenHash.offset
        var letters = 0
        var uppers = 0
        var isCapitalized = false
        let countsLetters = kind == .word || kind == .number
        var offset = start
        // One pass: hashes for every byte, letter case for words; ASCII needs no decoding.
        while offset < end {
            let byte = text[offset]
            if byte < 0x80 {
                TokenHash.add(&hash, byte)
                TokenHash.add(&folded, TokenHash.fold(byte))
                if countsLetters {
                    let isUpper = byte &- 0x41 < 26
                    if isUpper || byte &- 0x61 < 26 {
                        letters += 1
                        if isUpper { uppers += 1 }
                        if offset == start { isCapitalized = isUpper }
                    }
                }
                offset += 1
                continue
            }
            let (characterClass, length) = Self.classify(text, offset)
            for index in offset..<min(offset + length, end) {
                TokenHash.add(&hash, text[index])
                TokenHash.add(&folded, text[index])
            }
            if countsLetters, case .letter(let upper) = characterClass {
                letters += 1
                if upper { uppers += 1 }
                if offset == start { isCapitalized = upper }
            }
            offset += length
        }
        return Token(
            start: Int32(start), end: Int32(end), kind: kind, isCapitalized: isCapitalized,
            isAllCaps: letters >= 2 && uppers == letters, isAttached: !sawSpace, newlinesBefore: newlines,
            hash: hash, foldedHash: folded
        )
    }
}
