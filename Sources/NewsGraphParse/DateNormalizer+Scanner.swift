/// The byte cursor that ``DateNormalizer`` reads numeric, written and time parts with.
extension DateNormalizer {
    /// A cursor over the date's bytes.
    struct Scanner {
        enum Meridiem { case am, pm }
        let bytes: [UInt8]
        var index = 0

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        func peek(offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

        /// Skips one multi-byte UTF-8 character and the spaces after it.
        mutating func skipCharacter() -> Bool {
            guard let byte = peek(), byte >= 0xC0 else { return false }
            index += 1
            while let next = peek(), next & 0xC0 == 0x80 { index += 1 }
            skipSpaces()
            return true
        }

        /// Skips the little words that join a date's parts: `4 de septiembre de 2025`, `4th of May`.
        mutating func skipFiller() {
            let start = index
            if ["de", "del", "of", "the"].contains(letters()), peek() == 0x20 {
                skipSpaces()
            } else {
                index = start
            }
        }

        mutating func next() -> UInt8? {
            defer { index += 1 }
            return peek()
        }

        mutating func skipSpaces() {
            while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A { index += 1 }
        }

        mutating func skipPunctuation() {
            while let byte = peek(),
                byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                    || byte == 0x09
            {
                index += 1
            }
        }

        mutating func skipOrdinalSuffix() {
            let start = index
            if !["st", "nd", "rd", "th"].contains(letters()) { index = start }
        }

        mutating func number(maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while count < maxDigits, let byte = peek(), byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                count += 1
                index += 1
            }
            return count == 0 ? nil : value
        }

        /// The run of letters at the cursor (ASCII lower-cased; other letters as written).
        mutating func letters() -> String {
            let start = index
            var word: [UInt8] = []
            while let byte = peek(), byte >= 0x80 || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) {
                word.append(byte < 0x80 ? byte | 0x20 : byte)
                index += 1
            }
            guard word.contains(where: { $0 >= 0x80 }) else { return String(decoding: word, as: UTF8.self) }
            // Letters with accents belong to the word; a mark such as `»` or `’` ends it.
            let scalars = String(decoding: word, as: UTF8.self).unicodeScalars.prefix { $0.properties.isAlphabetic }
            let text = String(String.UnicodeScalarView(scalars))
            index = start + text.utf8.count
            return text
        }

        /// A month's name or abbreviation in one of the languages of ``monthNames``; an
        /// abbreviation two months share (`jui`) is refused.
        mutating func monthName() -> Int? {
            let start = index
            let word = letters()
            var month: Int?
            if word.count >= 3, let number = DateNormalizer.monthsByPrefix[word], number != 0 { month = number }
            if month == nil { index = start }
            return month
        }

        mutating func weekdayName() -> Bool {
            let start = index
            let word = letters()
            guard word.count >= 3, DateNormalizer.weekdayNames.contains(where: { $0.hasPrefix(word) }) else {
                index = start
                return false
            }
            return true
        }

        mutating func meridiem() -> Meridiem? {
            let start = index
            let word = letters()
            switch word {
            case "am": return .am
            case "pm": return .pm
            default:
                index = start
                return nil
            }
        }

        /// `Z`, `UTC`, `GMT`, `+0100`, `+01:00`, `-05`; nil when none.
        mutating func zone() -> Int? {
            skipSpaces()
            guard let byte = peek() else { return nil }
            if byte == UInt8(ascii: "Z") || byte == UInt8(ascii: "z") {
                index += 1
                return 0
            }
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                index += 1
                let start = index
                guard let hours = number(maxDigits: 2), index - start == 2 else { return nil }
                var minutes = 0
                if peek() == UInt8(ascii: ":") { index += 1 }
                if let value = number(maxDigits: 2) { minutes = value }
                guard hours <= 14, minutes < 60 else { return nil }
                return (hours * 60 + minutes) * (byte == UInt8(ascii: "-") ? -1 : 1)
            }
            let start = index
            switch letters() {
            case "utc", "gmt": return 0
            default:
                index = start
                return nil
            }
        }
    }
}
