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
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if line.hasPrefix("#") {
                guard fields.count == 3, let script = TextScript(code: fields[1]), let floor = Int32(fields[2])
                else { continue }
                codes.append(String(fields[0].dropFirst()))
                scripts.append(script)
                floors.append(floor)
                continue
            }
            guard fields.count == 2, let value = Int32(fields[1]), let floor = floors.last else { continue }
            let scalars = fields[0].unicodeScalars
            guard scalars.count == 3 else { continue }
            let key = scalars.reduce(UInt64(0)) { $0 << 21 | UInt64($1.value) }
            let bonus = UInt32(max(0, value - floor))
            entries.append((key, UInt32(codes.count - 1) << 24 | min(bonus, 0xFF_FFFF)))
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
