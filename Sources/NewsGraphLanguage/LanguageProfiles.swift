/// The trigram profiles of ``LanguageProfileData`` as a lookup table: each trigram of folded
/// code points (a space marks a word's edge) is one 64-bit key (21 bits a code point), so keys
/// never collide; a slot lists the languages whose profile has the trigram, with how much more
/// likely it is there than the language's floor for trigrams it does not list.
///
/// The tables are allocated once and never freed nor changed (one built-in instance lives as
/// long as the process): workers read them through plain pointers, with no reference counting
/// on buffers that every core would otherwise share (and fight over).
struct LanguageProfiles: @unchecked Sendable {
    /// ISO 639-1 codes, in the data's order.
    let codes: [String]
    let scripts: [TextScript]
    /// Per language the log probability (hundredths) of a trigram it does not list.
    let floors: [Int32]
    /// Open addressing on the key; a slot holds its postings' range, so one probe reads one
    /// 16-byte slot.
    private let slots: UnsafeBufferPointer<Slot>
    /// Per posting: language index in the top 8 bits, bonus (hundredths of a nat) below.
    private let postings: UnsafeBufferPointer<UInt32>
    private let mask: Int
    private let shift: UInt64

    static let builtin = LanguageProfiles(data: LanguageProfileData.profiles)

    init(data: String) {
        var codes: [String] = []
        var scripts: [TextScript] = []
        var floors: [Int32] = []
        var entries: [(key: UInt64, posting: UInt32)] = []
        /// One line as characters: the headers, and every line when the data holds a carriage
        /// return (a `\r\n` is one character, so the lines are not the bytes' lines then).
        func addLine(_ line: Substring) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if line.hasPrefix("#") {
                guard fields.count == 3, let script = TextScript(code: fields[1]), let floor = Int32(fields[2])
                else { return }
                codes.append(String(fields[0].dropFirst()))
                scripts.append(script)
                floors.append(floor)
                return
            }
            guard fields.count == 2, let value = Int32(fields[1]), let floor = floors.last else { return }
            let scalars = fields[0].unicodeScalars
            guard scalars.count == 3 else { return }
            let key = scalars.reduce(UInt64(0)) { $0 << 21 | UInt64($1.value) }
            let bonus = UInt32(max(0, value - floor))
            entries.append((key, UInt32(codes.count - 1) << 24 | min(bonus, 0xFF_FFFF)))
        }
        var data = data
        if data.utf8.contains(0x0D) {
            for line in data.split(separator: "\n") { addLine(line) }
        } else {
            // The trigram lines on the bytes: splitting the whole table into characters was most
            // of the start-up of every command. A tab or a newline is a character of its own, so
            // the lines and fields are the same.
            data.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if line[0] == UInt8(ascii: "#") {
                        addLine(Substring(String(decoding: line, as: UTF8.self)))
                        continue
                    }
                    guard let tab = line.firstIndex(of: 0x09), !line[(tab + 1)...].contains(0x09),
                        let value = Self.int32(UnsafeBufferPointer(rebasing: line[(tab + 1)...])),
                        let floor = floors.last,
                        let key = Self.trigramKey(UnsafeBufferPointer(rebasing: line[..<tab]))
                    else { continue }
                    let bonus = UInt32(max(0, value - floor))
                    entries.append((key, UInt32(codes.count - 1) << 24 | min(bonus, 0xFF_FFFF)))
                }
            }
        }
        entries.sort { $0.key < $1.key }
        var distinct = 0
        var previous: UInt64?
        for entry in entries where entry.key != previous {
            distinct += 1
            previous = entry.key
        }
        var bits: UInt64 = 4
        while (1 << bits) < distinct * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var slots = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: capacity)
        var postings: [UInt32] = []
        postings.reserveCapacity(entries.count)
        var index = 0
        while index < entries.count {
            let key = entries[index].key
            let first = postings.count
            while index < entries.count && entries[index].key == key {
                postings.append(entries[index].posting)
                index += 1
            }
            var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
            while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, start: UInt32(first), end: UInt32(postings.count))
        }
        self.codes = codes
        self.scripts = scripts
        self.floors = floors
        self.slots = Self.permanent(slots)
        self.postings = Self.permanent(postings)
        self.mask = capacity - 1
        self.shift = 64 - bits
    }

    /// `Int32(text)` on bytes: an optional sign, then decimal digits, within the type's range.
    private static func int32(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count else { return nil }
        var magnitude: Int64 = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            magnitude = magnitude * 10 + Int64(digit)
            guard magnitude <= Int64(Int32.max) + 1 else { return nil }
            index += 1
        }
        let value = negative ? -magnitude : magnitude
        return value <= Int64(Int32.max) ? Int32(value) : nil
    }

    /// The key of a field of exactly three code points (valid UTF-8, as a `String`'s bytes are),
    /// 21 bits each; nil for any other count.
    private static func trigramKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            var scalar = UInt64(lead)
            var length = 1
            if lead >= 0xF0 {
                scalar = UInt64(lead & 0x07)
                length = 4
            } else if lead >= 0xE0 {
                scalar = UInt64(lead & 0x0F)
                length = 3
            } else if lead >= 0xC0 {
                scalar = UInt64(lead & 0x1F)
                length = 2
            }
            guard index + length <= bytes.count else { return nil }
            if length > 1 {
                for offset in 1..<length { scalar = scalar << 6 | UInt64(bytes[index + offset] & 0x3F) }
            }
            index += length
            count += 1
            guard count <= 3 else { return nil }
            key = key << 21 | scalar
        }
        return count == 3 ? key : nil
    }

    private static func permanent<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }

    /// Adds the bonuses of one trigram to `scores` (indexed like ``codes``).
    @inline(__always)
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = slots[slot].key
            if found == key { break }
            if found == 0 { return }
            slot = (slot + 1) & mask
        }
        for index in Int(slots[slot].start)..<Int(slots[slot].end) {
            let posting = postings[index]
            scores[Int(posting >> 24)] &+= Int32(posting & 0xFF_FFFF)
        }
    }

    struct Slot {
        var key: UInt64
        var start: UInt32
        var end: UInt32
    }
}
