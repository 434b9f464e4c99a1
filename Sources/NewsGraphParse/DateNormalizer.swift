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
        guard let date = date(parts) else { return true }
        return date.timeIntervalSince(now) > 86_400
    }

    /// The moment `text` names (a crawl's `WARC-Date`), nil when it is not a date.
    static func date(of text: String) -> Date? { parse(text).flatMap(date) }

    private static func date(_ parts: Parts) -> Date? {
        var components = DateComponents()
        components.year = parts.year
        components.month = parts.month
        components.day = parts.day
        components.hour = parts.hour ?? 0
        components.minute = parts.minute ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: (parts.zoneMinutes ?? 0) * 60) ?? TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }

    static func parse(_ text: String) -> Parts? {
        parse(bytes: Array(text.utf8.prefix(80)), at: 0)
    }

    /// The first date written in a line of visible text (`Published Sept. 4, 2025 by …`,
    /// `jeudi 4 septembre 2025`), tried at each word start; nil when none or when in the future.
    static func find(in text: [UInt8], now: Date = Date()) -> String? {
        guard text.count >= 6 else { return nil }
        let bytes = Array(text.prefix(240))
        var previousIsWord = false
        var spaceBytes = 0
        for index in bytes.indices {
            let byte = bytes[index]
            // No-break and typographic spaces and dashes (U+00A0, U+2000–U+2015) part words too.
            if spaceBytes == 0 {
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { spaceBytes = 2 }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    (0x80...0x95).contains(bytes[index + 2])
                {
                    spaceBytes = 3
                }
            }
            if spaceBytes > 0 {
                spaceBytes -= 1
                previousIsWord = false
                continue
            }
            let isWord = byte >= 0x80 || isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            // `HealthDECEMBER 22`: text run together from two elements starts a word at the capital.
            let joined =
                index > 0 && byte >= 0x41 && byte <= 0x5A && bytes[index - 1] >= 0x61 && bytes[index - 1] <= 0x7A
            defer { previousIsWord = isWord }
            guard isWord, !previousIsWord || joined, byte < 0x80 || isDigit(byte) || byte >= 0xC0 else { continue }
            if let parts = parse(bytes: bytes, at: index), !isFuture(parts, now: now) { return format(parts) }
        }
        return nil
    }

    /// A month with no day (`June 2022`, `Jun. 2022`) that is all of `text` but for spaces and
    /// punctuation, as its first day, the way htmldate dates it; nil otherwise or when in the future.
    static func monthOnly(in text: [UInt8], now: Date = Date()) -> String? {
        guard text.count <= 40 else { return nil }
        var scanner = Scanner(bytes: text, index: 0)
        while let byte = scanner.peek(), byte == UInt8(ascii: ":") || byte == 0x20 { scanner.index += 1 }
        guard let month = scanner.monthName() else { return nil }
        scanner.skipPunctuation()
        guard let year = scanner.number(maxDigits: 4), (1990...2100).contains(year) else { return nil }
        scanner.skipPunctuation()
        scanner.skipSpaces()
        let parts = Parts(year: year, month: month, day: 1)
        guard scanner.peek() == nil, !isFuture(parts, now: now) else { return nil }
        return format(parts)
    }

    private static func parse(bytes: [UInt8], at start: Int) -> Parts? {
        var scanner = Scanner(bytes: bytes, index: start)
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

    /// `2019-11-19[T ]12:00[:00[.000]][Z|±hh[:]mm]`, `2019/11/19`, `20191119`, `19.11.2019`,
    /// `19-11-2019`; `19/11/2019` is ambiguous and refused unless the day is over 12.
    private static func parseNumeric(_ scanner: inout Scanner) -> Parts? {
        let start = scanner.index
        guard let first = scanner.number(maxDigits: 8) else { return nil }
        let digits = scanner.index - start
        var parts: Parts
        if digits == 8 {
            parts = Parts(year: first / 10000, month: first / 100 % 100, day: first % 100)
        } else if digits == 4, let mark = scanner.peek(), mark >= 0xE0 {
            // East Asian `2025年9月4日`, `2025년 9월 4일`: a character after each number.
            guard scanner.skipCharacter(), let month = scanner.number(maxDigits: 2), scanner.skipCharacter(),
                let day = scanner.number(maxDigits: 2)
            else { return nil }
            parts = Parts(year: first, month: month, day: day)
        } else if digits == 4 {
            guard let separator = scanner.next(),
                separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: "."),
                let month = scanner.number(maxDigits: 2), scanner.next() == separator,
                let day = scanner.number(maxDigits: 2)
            else { return nil }
            parts = Parts(year: first, month: month, day: day)
        } else if digits <= 2 {
            // Day first (European): 19.11.2019 or 19 Nov 2019.
            scanner.skipSpaces()
            if let separator = scanner.peek(),
                separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"),
                let digit = scanner.peek(offset: 1), isDigit(digit)
            {
                scanner.index += 1
                guard let month = scanner.number(maxDigits: 2), scanner.next() == separator,
                    let year = scanner.number(maxDigits: 4), year >= 1000
                else { return nil }
                if separator == UInt8(ascii: "/") && first <= 12 && month <= 12 && first != month { return nil }
                // A month over 12 shows the American order, 9/24/2025.
                let monthFirst = separator == UInt8(ascii: "/") && month > 12 && first <= 12
                parts = Parts(year: year, month: monthFirst ? first : month, day: monthFirst ? month : first)
            } else {
                scanner.skipOrdinalSuffix()
                scanner.skipPunctuation()
                scanner.skipFiller()
                guard let month = scanner.monthName() else { return nil }
                scanner.skipPunctuation()
                scanner.skipFiller()
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
            scanner.skipOrdinalSuffix()
            scanner.skipPunctuation()
            scanner.skipFiller()
            guard let month = scanner.monthName() else { return nil }
            scanner.skipPunctuation()
            scanner.skipFiller()
            guard let year = scanner.number(maxDigits: 4), year >= 1000 else { return nil }
            var parts = Parts(year: year, month: month, day: day)
            parseTime(&scanner, into: &parts)
            return parts
        }
        guard let month = scanner.monthName() else { return nil }
        scanner.skipPunctuation()
        scanner.skipFiller()
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
}
