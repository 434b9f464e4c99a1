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

    /// The script of a code point, or nil for anything that is not a letter (digits,
    /// punctuation, symbols, spaces). The ranges are `textfold.py`'s `SCRIPT_RANGES`.
    @inline(__always)
    static func of(_ scalar: UInt32) -> TextScript? {
        if scalar < 0x80 {
            let lower = scalar | 0x20
            return lower >= 0x61 && lower <= 0x7A ? .latin : nil
        }
        switch scalar {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x531...0x58F: return .armenian
        case 0x591...0x5F4: return .hebrew
        case 0x610...0x61A, 0x620...0x65F, 0x66E...0x6D3, 0x6D5...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF,
            0xFE70...0xFEFC:
            return .arabic
        case 0x900...0x97F: return .devanagari
        case 0x980...0x9FF: return .bengali
        case 0xA00...0xA7F: return .gurmukhi
        case 0xA80...0xAFF: return .gujarati
        case 0xB80...0xBFF: return .tamil
        case 0xC00...0xC7F: return .telugu
        case 0xC80...0xCFF: return .kannada
        case 0xD00...0xD7F: return .malayalam
        case 0xD80...0xDFF: return .sinhala
        case 0xE00...0xE7F: return .thai
        case 0xE80...0xEFF: return .lao
        case 0x1000...0x109F: return .myanmar
        case 0x10A0...0x10FF: return .georgian
        case 0x1100...0x11FF, 0x3131...0x318E, 0xAC00...0xD7A3: return .hangul
        case 0x1200...0x137F: return .ethiopic
        case 0x1780...0x17FF: return .khmer
        case 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return .han
        default: return nil
        }
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
