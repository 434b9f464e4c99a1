import Foundation

/// Turns the date spellings found in page metadata into ISO 8601.
///
/// Accepted: ISO 8601 and its common relaxations (`2019-11-19 12:00`, `2019/11/19`, `+0000`),
/// RFC 2822 (`Tue, 19 Nov 2019 12:00:00 GMT`) and written dates (`November 19, 2019`,
/// `19 Nov 2019`). The result is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` plus the zone when the
/// source had a time (`Z` or `±HH:MM`). Impossible dates and dates in the future give nil:
/// a publication date cannot lie ahead of the moment the page is read.
enum DateNormalizer {
    struct Parts: Equatable {
        var year: Int, month: Int, day: Int
        var hour: Int?, minute: Int?, second: Int?
        /// Offset from UTC in minutes; nil when the source gave no zone.
        var zoneMinutes: Int?
    }

    /// The ISO 8601 form of `text`, or nil when it is not a plausible past date.
    static func normalize(_ text: String, now: Date = Date()) -> String? {
        guard let parts = parse(text) else { return nil }
        guard !isFuture(parts, now: now) else { return nil }
        return format(parts)
    }

    static func format(_ parts: Parts) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var result = "\(parts.year)-\(two(parts.month))-\(two(parts.day))"
        guard let hour = parts.hour, let minute = parts.minute else { return result }
        result += "T\(two(hour)):\(two(minute)):\(two(parts.second ?? 0))"
        if let zone = parts.zoneMinutes {
            if zone == 0 {
                result += "Z"
            } else {
                let magnitude = abs(zone)
                result += (zone < 0 ? "-" : "+") + two(magnitude / 60) + ":" + two(magnitude % 60)
            }
        }
        return result
    }

    /// A day's slack for zones and clocks; anything later is a template placeholder or an error.
    static func isFuture(_ parts: Parts, now: Date) -> Bool {
        var components = DateComponents()
        components.year = parts.year
        components.month = parts.month
        components.day = parts.day
        components.hour = parts.hour ?? 0
        components.minute = parts.minute ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: (parts.zoneMinutes ?? 0) * 60) ?? TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return true }
        return date.timeIntervalSince(now) > 86_400
    }

    static func parse(_ text: String) -> Parts? {
        let bytes = Array(text.utf8.prefix(80))
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpaces()
        guard let first = scanner.peek() else { return nil }
        let parts: Parts?
        if isDigit(first) {
            parts = parseNumeric(&scanner)
        } else {
            parts = parseWritten(&scanner)
        }
        guard let parts, (1990...2100).contains(parts.year), (1...12).contains(parts.month),
            (1...daysIn(month: parts.month, year: parts.year)).contains(parts.day)
        else { return nil }
        if let hour = parts.hour, !(0...23).contains(hour) { return nil }
        if let minute = parts.minute, !(0...59).contains(minute) { return nil }
        if let second = parts.second, !(0...60).contains(second) { return nil }
        return parts
    }

    /// `2019-11-19[T ]12:00[:00[.000]][Z|±hh[:]mm]`, `2019/11/19`, `20191119`, `19.11.2019`, `19/11/2019` is ambiguous and refused unless the day is over 12.
    private static func parseNumeric(_ scanner: inout Scanner) -> Parts? {
        let start = scanner.index
        guard let first = scanner.number(maxDigits: 8) else { return nil }
        let digits = scanner.index - start
        var parts: Parts
        if digits == 8 {
            parts = Parts(year: first / 10000, month: first / 100 % 100, day: first % 100)
        } else if digits == 4 {
            guard let separator = scanner.next(), separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/"),
                let month = scanner.number(maxDigits: 2), scanner.next() == separator,
                let day = scanner.number(maxDigits: 2)
            else { return nil }
            parts = Parts(year: first, month: month, day: day)
        } else if digits <= 2 {
            // Day first (European): 19.11.2019 or 19 Nov 2019.
            scanner.skipSpaces()
            if let separator = scanner.peek(), separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/") {
                scanner.index += 1
                guard let month = scanner.number(maxDigits: 2), scanner.next() == separator,
                    let year = scanner.number(maxDigits: 4), year >= 1000
                else { return nil }
                if separator == UInt8(ascii: "/") && first <= 12 && month <= 12 && first != month { return nil }
                parts = Parts(year: year, month: month, day: first)
            } else {
                guard let month = scanner.monthName() else { return nil }
                scanner.skipPunctuation()
                guard let year = scanner.number(maxDigits: 4), year >= 1000 else { return nil }
                parts = Parts(year: year, month: month, day: first)
            }
        } else {
            return nil
        }
        parseTime(&scanner, into: &parts)
        return parts
    }

    /// `November 19, 2019`, `Tue, 19 Nov 2019 12:00:00 GMT`, `Nov. 19 2019 3:30 PM`.
    private static func parseWritten(_ scanner: inout Scanner) -> Parts? {
        if scanner.weekdayName() { scanner.skipPunctuation() }
        if let day = scanner.number(maxDigits: 2) {
            scanner.skipPunctuation()
            guard let month = scanner.monthName() else { return nil }
            scanner.skipPunctuation()
            guard let year = scanner.number(maxDigits: 4), year >= 1000 else { return nil }
            var parts = Parts(year: year, month: month, day: day)
            parseTime(&scanner, into: &parts)
            return parts
        }
        guard let month = scanner.monthName() else { return nil }
        scanner.skipPunctuation()
        guard let day = scanner.number(maxDigits: 2) else { return nil }
        scanner.skipOrdinalSuffix()
        scanner.skipPunctuation()
        guard let year = scanner.number(maxDigits: 4), year >= 1000 else { return nil }
        var parts = Parts(year: year, month: month, day: day)
        parseTime(&scanner, into: &parts)
        return parts
    }

    private static func parseTime(_ scanner: inout Scanner, into parts: inout Parts) {
        let saved = scanner.index
        if scanner.peek() == UInt8(ascii: "T") { scanner.index += 1 } else { scanner.skipPunctuation() }
        guard let hour = scanner.number(maxDigits: 2), scanner.peek() == UInt8(ascii: ":") else {
            scanner.index = saved
            return
        }
        scanner.index += 1
        guard let minute = scanner.number(maxDigits: 2) else {
            scanner.index = saved
            return
        }
        var second: Int?
        if scanner.peek() == UInt8(ascii: ":") {
            scanner.index += 1
            second = scanner.number(maxDigits: 2)
        }
        if scanner.peek() == UInt8(ascii: ".") || scanner.peek() == UInt8(ascii: ",") {
            scanner.index += 1
            _ = scanner.number(maxDigits: 9)
        }
        var hour24 = hour
        scanner.skipSpaces()
        if let meridiem = scanner.meridiem() {
            guard (1...12).contains(hour) else { return }
            hour24 = hour % 12 + (meridiem == .pm ? 12 : 0)
            scanner.skipSpaces()
        }
        parts.hour = hour24
        parts.minute = minute
        parts.second = second
        parts.zoneMinutes = scanner.zone()
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A cursor over the date's bytes.
    private struct Scanner {
        enum Meridiem { case am, pm }
        let bytes: [UInt8]
        var index = 0

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

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
            let word = letters()
            if !["st", "nd", "rd", "th"].contains(word) { index -= word.count }
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

        /// The run of ASCII letters at the cursor, lower-cased.
        mutating func letters() -> String {
            var word: [UInt8] = []
            while let byte = peek(), (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                word.append(byte | 0x20)
                index += 1
            }
            return String(decoding: word, as: UTF8.self)
        }

        mutating func monthName() -> Int? {
            let start = index
            let word = letters()
            guard word.count >= 3,
                let month = DateNormalizer.monthNames.firstIndex(where: { $0.hasPrefix(word) || word == $0 })
            else {
                index = start
                return nil
            }
            return month + 1
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

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
