/// The n-gram profiles of ``LanguageProfileData`` as a lookup table: each 1-, 2- or 3-gram of
/// folded code points (a space marks a word's edge) is one 64-bit key (21 bits a code point), so
/// keys never collide; a slot lists the languages whose profile has the n-gram, with how much
/// more likely it is there than the language's floor for n-grams it does not list.
struct LanguageProfiles: Sendable {
    /// ISO 639-1 codes, in the data's order.
    let codes: [String]
    let scripts: [TextScript]
    /// Per language the log probability (hundredths) of an n-gram it does not list, by order.
    let floors: [(Int32, Int32, Int32)]
    private let keys: [UInt64]
    /// Per slot the first posting and the posting after its last.
    private let bounds: [UInt32]
    /// Per posting: language index in the top 8 bits, bonus (hundredths of a nat) below.
    private let postings: [UInt32]
    private let shift: UInt64

    static let builtin = LanguageProfiles(data: LanguageProfileData.profiles)

    init(data: String) {
        var codes: [String] = []
        var scripts: [TextScript] = []
        var floors: [(Int32, Int32, Int32)] = []
        var entries: [(key: UInt64, posting: UInt32)] = []
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if line.hasPrefix("#") {
                guard fields.count == 5, let script = TextScript(code: fields[1]) else { continue }
                codes.append(String(fields[0].dropFirst()))
                scripts.append(script)
                floors.append((Int32(fields[2]) ?? 0, Int32(fields[3]) ?? 0, Int32(fields[4]) ?? 0))
                continue
            }
            guard fields.count == 2, let value = Int32(fields[1]), let floor = floors.last else { continue }
            let scalars = fields[0].unicodeScalars
            let order = scalars.count
            guard (1...3).contains(order) else { continue }
            let key = scalars.reduce(UInt64(0)) { $0 << 21 | UInt64($1.value) }
            let base = order == 1 ? floor.0 : order == 2 ? floor.1 : floor.2
            let bonus = UInt32(max(0, value - base))
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
        var keys = [UInt64](repeating: 0, count: capacity)
        var bounds = [UInt32](repeating: 0, count: 2 * capacity)
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
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            bounds[2 * slot] = UInt32(first)
            bounds[2 * slot + 1] = UInt32(postings.count)
        }
        self.codes = codes
        self.scripts = scripts
        self.floors = floors
        self.keys = keys
        self.bounds = bounds
        self.postings = postings
        self.shift = 64 - bits
    }

    /// Adds the bonuses of one n-gram to `scores` (indexed like ``codes``).
    @inline(__always)
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        let mask = keys.count - 1
        var slot = Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { break }
            if found == 0 { return }
            slot = (slot + 1) & mask
        }
        let start = Int(bounds[2 * slot])
        let end = Int(bounds[2 * slot + 1])
        for index in start..<end {
            let posting = postings[index]
            scores[Int(posting >> 24)] &+= Int32(posting & 0xFF_FFFF)
        }
    }
}
