import NewsGraphCore

extension DocumentResolver {
    /// `Tarvo KX-2100`, `Velmar QR-800B`: capitals, a hyphen and a code led by a digit, written
    /// together right after a name (or as its last word), are the model's code, and the name with
    /// them is one product; the scan reads the capitals as the end of a body's or person's name or
    /// stops before them. A code of two digits (`COVID-19`), a year or a code a hyphen or number
    /// goes on from (an advisory's number) names no model.
    func extendHyphenedCodes(_ resolved: inout [Resolved]) {
        let tokens = analysis.tokens
        for index in resolved.indices {
            let mention = resolved[index].tokens
            let limit = index + 1 < resolved.count ? resolved[index + 1].tokens.lowerBound : tokens.count
            var letters = mention.upperBound - 1
            if mention.count < 2 || !isCodeLetters(letters) {
                letters = mention.upperBound
                guard letters < limit, tokens[letters].newlinesBefore == 0, isCodeLetters(letters) else { continue }
            }
            let hyphen = letters + 1
            let code = letters + 2
            guard code < limit, tokens[hyphen].kind == .hyphen, tokens[hyphen].isAttached,
                tokens[code].isAttached, isHyphenedCode(code)
            else { continue }
            let after = code + 1
            if after < tokens.count, tokens[after].isAttached, tokens[after].newlinesBefore == 0,
                tokens[after].kind == .hyphen || tokens[after].kind == .number || tokens[after].kind == .word
            {
                continue
            }
            let longer = mention.lowerBound..<code + 1
            resolved[index].tokens = longer
            resolved[index].label = .product
            resolved[index].canonical = analysis.string(tokens: longer)
        }
    }

    /// One to four capital letters and nothing else (`KX`, `F`).
    private func isCodeLetters(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        guard token.kind == .word, token.length <= 4 else { return false }
        return (Int(token.start)..<Int(token.end)).allSatisfy { analysis.text[$0] &- 0x41 < 26 }
    }

    /// Three or more characters led by a digit, not a year: `2100`, `800B`, `1000QM4`.
    private func isHyphenedCode(_ index: Int) -> Bool {
        let token = analysis.tokens[index]
        guard token.kind == .number || token.kind == .word, token.length >= 3 else { return false }
        let bytes = (Int(token.start)..<Int(token.end)).map { analysis.text[$0] }
        guard bytes[0] &- 0x31 < 9,
            bytes.allSatisfy({ $0 &- 0x30 < 10 || $0 &- 0x41 < 26 || $0 &- 0x61 < 26 })
        else { return false }
        let isYear =
            bytes.count == 4 && bytes.allSatisfy { $0 &- 0x30 < 10 }
            && (bytes[0] == UInt8(ascii: "1") && bytes[1] == UInt8(ascii: "9")
                || bytes[0] == UInt8(ascii: "2") && bytes[1] == UInt8(ascii: "0"))
        return !isYear
    }
}
