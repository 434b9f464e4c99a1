import NewsGraphCore

/// Street addresses, whose letters and capitals look like a person's initials and name.
extension NameFinder {
    /// `412 N. 7th St.`, `88 W. Marlow St. Suite 4`: a capital `N`, `S`, `E` or `W` with its full
    /// stop right after a house number is the street's point of the compass, no initial, and
    /// other capitalised words there up to a street's word (`110 Orvell St. Suite 4`, `507 Tarn
    /// St, Suite 9`) are the street, whatever they would name alone. Returns where the street's
    /// name ends (after its `St.` or `Street`, the rest being the address's suite or unit), the
    /// letter's own end when it is all of the run (`N. 7th St.`: the street is a number), or nil
    /// when the run is no street. Without a street's word a number that could be a year (`in
    /// 1998 E. Vale`) leaves a run the letter opens alone.
    func compassStreetEnd(_ run: Range<Int>) -> Int? {
        let first = run.lowerBound
        let letter = tokens[first]
        guard first >= 1, letter.kind == .word, letter.newlinesBefore == 0, tokens[first - 1].kind == .number,
            !letter.isAttached
        else { return nil }
        let street = run.dropFirst().first(where: { isStreetWord($0) })
        let start = Int(letter.start)
        let isCompass =
            letter.length == 2 && analysis.text[start + 1] == UInt8(ascii: ".")
            && Self.compassLetters.contains(analysis.text[start])
        if let street { return street + 1 }
        guard isCompass else { return nil }
        if run.count == 1 { return first + 1 }
        return isYearLike(first - 1) ? nil : run.upperBound
    }

    /// `St.`, `Ave`, `Street`, `Avenue`, `Road`: a word that ends a street's name.
    private func isStreetWord(_ index: Int) -> Bool {
        words.streetAbbreviations.contains(tokens[index].hash) || Self.streetWords.contains(tokens[index].hash)
    }

    private static let streetWords = WordSet.hashes(["Street", "Avenue", "Road", "Boulevard"])

    /// A number of four digits from 1800 to 2099.
    private func isYearLike(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length == 4 else { return false }
        let start = Int(token.start)
        let digits = analysis.text[start..<start + 4]
        guard digits.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        let century = Int(analysis.text[start] - 0x30) * 10 + Int(analysis.text[start + 1] - 0x30)
        return century >= 18 && century <= 20
    }

    private static let compassLetters: Set<UInt8> = [
        UInt8(ascii: "N"), UInt8(ascii: "S"), UInt8(ascii: "E"), UInt8(ascii: "W"),
    ]
}
