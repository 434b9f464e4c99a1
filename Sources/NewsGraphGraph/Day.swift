/// A calendar day as the number `YYYYMMDD`, so days compare as numbers and an edge keeps two
/// of them in eight bytes instead of two strings.
enum Day {
    static let none: Int32 = 0

    /// The number of a `YYYY-MM-DD` date (``GraphBuilder/publicationDate(_:)``'s form); `none`
    /// for nil.
    static func number(_ date: String?) -> Int32 {
        guard let date else { return none }
        var value: Int32 = 0
        for byte in date.utf8 where byte != UInt8(ascii: "-") { value = value * 10 + Int32(byte &- 48) }
        return value
    }

    /// The earlier (`earliest`) or later of two day numbers, either of which may be `none`.
    static func pick(_ lhs: Int32, _ rhs: Int32, earliest: Bool) -> Int32 {
        if lhs == none { return rhs }
        if rhs == none { return lhs }
        return earliest ? min(lhs, rhs) : max(lhs, rhs)
    }

    /// `YYYY-MM-DD` of a day number; nil for `none`.
    static func date(_ number: Int32) -> String? {
        guard number != none else { return nil }
        let year = number / 10000
        let month = number / 100 % 100
        let day = number % 100
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
