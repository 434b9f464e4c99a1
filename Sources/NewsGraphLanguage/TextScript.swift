/// The writing system of a letter, and case folding, as the language model sees them. Keep in
/// step with `Scripts/language/textfold.py`, which counts the model's n-grams the same way.
enum TextScript: UInt8, CaseIterable, Sendable {
    case latin, greek, cyrillic, armenian, hebrew, arabic, devanagari, bengali, gurmukhi, gujarati, tamil
    case telugu, kannada, malayalam, sinhala, thai, lao, myanmar, georgian, hangul, ethiopic, khmer
    case kana, han

    /// The code of the profiles' header line (`#de<TAB>Latn<TAB>…`).
    init?(code: Substring) {
        switch code {
        case "Latn": self = .latin
        case "Cyrl": self = .cyrillic
        case "Arab": self = .arabic
        default: return nil
        }
    }

    /// The one language written in this script, for scripts that name their language alone.
    var soleLanguage: String? {
        switch self {
        case .greek: "el"
        case .hebrew: "he"
        case .armenian: "hy"
        case .devanagari: "hi"
        case .bengali: "bn"
        case .gurmukhi: "pa"
        case .gujarati: "gu"
        case .tamil: "ta"
        case .telugu: "te"
        case .kannada: "kn"
        case .malayalam: "ml"
        case .sinhala: "si"
        case .thai: "th"
        case .lao: "lo"
        case .myanmar: "my"
        case .georgian: "ka"
        case .hangul: "ko"
        case .ethiopic: "am"
        case .khmer: "km"
        case .latin, .cyrillic, .arabic, .kana, .han: nil
        }
    }

    /// (first, last, script) in code-point order; a code point in none of them is not a letter.
    private static let ranges: [(UInt32, UInt32, TextScript)] = [
        (0x41, 0x5A, .latin), (0x61, 0x7A, .latin), (0xC0, 0xD6, .latin), (0xD8, 0xF6, .latin),
        (0xF8, 0x24F, .latin), (0x370, 0x3FF, .greek), (0x400, 0x52F, .cyrillic), (0x531, 0x58F, .armenian),
        (0x591, 0x5F4, .hebrew), (0x610, 0x61A, .arabic), (0x620, 0x65F, .arabic), (0x66E, 0x6D3, .arabic),
        (0x6D5, 0x6FF, .arabic), (0x750, 0x77F, .arabic), (0x900, 0x97F, .devanagari), (0x980, 0x9FF, .bengali),
        (0xA00, 0xA7F, .gurmukhi), (0xA80, 0xAFF, .gujarati), (0xB80, 0xBFF, .tamil), (0xC00, 0xC7F, .telugu),
        (0xC80, 0xCFF, .kannada), (0xD00, 0xD7F, .malayalam), (0xD80, 0xDFF, .sinhala), (0xE00, 0xE7F, .thai),
        (0xE80, 0xEFF, .lao), (0x1000, 0x109F, .myanmar), (0x10A0, 0x10FF, .georgian), (0x1100, 0x11FF, .hangul),
        (0x1200, 0x137F, .ethiopic), (0x1780, 0x17FF, .khmer), (0x1E00, 0x1EFF, .latin), (0x1F00, 0x1FFF, .greek),
        (0x3041, 0x309F, .kana), (0x30A1, 0x30FA, .kana), (0x30FC, 0x30FF, .kana), (0x3131, 0x318E, .hangul),
        (0x31F0, 0x31FF, .kana), (0x3400, 0x4DBF, .han), (0x4E00, 0x9FFF, .han), (0xAC00, 0xD7A3, .hangul),
        (0xF900, 0xFAFF, .han), (0xFB50, 0xFDFF, .arabic), (0xFE70, 0xFEFC, .arabic), (0xFF66, 0xFF9D, .kana),
        (0x20000, 0x2FFFF, .han),
    ]

    /// The script of a code point, or nil for anything that is not a letter (digits,
    /// punctuation, symbols, spaces).
    @inline(__always)
    static func of(_ scalar: UInt32) -> TextScript? {
        if scalar < 0x80 {
            let lower = scalar | 0x20
            return lower >= 0x61 && lower <= 0x7A ? .latin : nil
        }
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if scalar < range.0 {
                high = middle
            } else if scalar > range.1 {
                low = middle + 1
            } else {
                return range.2
            }
        }
        return nil
    }

    /// Lower case for the alphabets the n-gram profiles cover (Latin, Greek, Cyrillic).
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: scalar + 0x20
        case 0x100...0x137, 0x14A...0x177, 0x1E00...0x1EFF: scalar | 1
        case 0x139...0x148, 0x179...0x17E: scalar % 2 == 1 ? scalar + 1 : scalar
        case 0x391...0x3A1, 0x3A3...0x3AB, 0x410...0x42F: scalar + 0x20
        case 0x400...0x40F: scalar + 0x50
        default: scalar
        }
    }
}
