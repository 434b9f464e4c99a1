/// A document's text with its tokens and sentences: what every extractor reads.
package struct TextAnalysis: Sendable {
    package let text: [UInt8]
    package let tokens: [Token]
    package let sentences: [Sentence]
    /// Sentence index of every token.
    package let sentenceOfToken: [Int32]

    package init(text: [UInt8], tokenizer: Tokenizer = Tokenizer()) {
        self.text = text
        let tokens = tokenizer.tokenize(text)
        self.tokens = tokens
        let sentences = SentenceSplitter.split(tokens, text: text)
        self.sentences = sentences
        var sentenceOfToken = [Int32](repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence.tokens { sentenceOfToken[token] = Int32(index) }
        }
        self.sentenceOfToken = sentenceOfToken
    }

    /// The token's text; for rules that need a string, never on a per-byte path.
    package func string(_ index: Int) -> String {
        String(decoding: text[tokens[index].byteRange], as: UTF8.self)
    }

    /// The text covered by tokens `range`, as written (with its inner spaces).
    package func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(
            decoding: text[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF8.self)
    }

    /// True when token `index` is the ASCII byte `character` alone.
    @inline(__always)
    /// The first token of the sentence `count` sentences before the one holding `index` (or of
    /// the text's first sentence): where a look back over that sentence and the ones before starts.
    func start(ofSentencesBefore index: Int, count: Int) -> Int {
        sentences[max(0, Int(sentenceOfToken[index]) - count)].tokens.lowerBound
    }

    package func isCharacter(_ index: Int, _ character: Unicode.Scalar) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        let token = tokens[index]
        return token.length == 1 && text[Int(token.start)] == UInt8(ascii: character)
    }

    /// `Members`, `MPs`: token `index`, of three bytes or more, ends in a plural `s` (not `ss`).
    package func endsInPluralS(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length >= 3 else { return false }
        let last = Int(token.end) - 1
        return text[last] == UInt8(ascii: "s") && text[last - 1] != UInt8(ascii: "s")
    }

    /// Whether token `index`, of two bytes or more, ends in a lower-case `ed` (a past form's shape;
    /// callers set the shortest word they accept).
    package func endsInEd(_ index: Int) -> Bool {
        let end = Int(tokens[index].end)
        return tokens[index].length >= 2 && text[end - 2] == UInt8(ascii: "e") && text[end - 1] == UInt8(ascii: "d")
    }

    /// Whether token `index` begins a sentence, or follows an opening quotation mark or a dash
    /// that does: positions where capitals say nothing about names.
    package func isSentenceInitial(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0 {
            let token = tokens[position]
            if sentenceOfToken[position] != sentenceOfToken[index] { return true }
            switch token.kind {
            case .openingQuote: return true
            case .straightQuote:
                // An opening mark (a space before it) starts the quoted sentence.
                if !token.isAttached || token.newlinesBefore > 0 { return true }
                position -= 1
            case .dash: position -= 1
            case .punctuation where isCharacter(position, "(") || isCharacter(position, ":"): position -= 1
            // `# Reduce the cache`: a `#` and a space open a comment in code or a configuration
            // file, whose first word is capitalised as a sentence's is; `#Word` is a hashtag.
            case .punctuation where isCharacter(position, "#") && (position + 1 < index || !tokens[index].isAttached):
                if position == 0 || token.newlinesBefore > 0 { return true }
                position -= 1
            default: return tokens[index].newlinesBefore > 0
            }
        }
        return true
    }
}

/// Single words the rules compare tokens with, hashed once rather than on every comparison.
enum FoldedWord {
    static let the = TokenHash.foldedHash("the")
    static let that = TokenHash.foldedHash("that")
    static let to = TokenHash.foldedHash("to")
    static let it = TokenHash.foldedHash("it")
    static let according = TokenHash.foldedHash("according")
    static let clear = TokenHash.foldedHash("clear")
    static let per = TokenHash.foldedHash("per")
    static let cent = TokenHash.foldedHash("cent")
    static let senior = TokenHash.foldedHash("senior")
    static let you = TokenHash.foldedHash("you")
    static let and = TokenHash.foldedHash("and")
    static let at = TokenHash.foldedHash("at")
}

/// Word lists shared by the rules, hashed once.
enum WordSet {
    static func hashes(_ words: [String]) -> TokenHashSet { TokenHashSet(words.map { TokenHash.hash($0) }) }
    static func folded(_ words: [String]) -> TokenHashSet { TokenHashSet(words.map { TokenHash.foldedHash($0) }) }
}
