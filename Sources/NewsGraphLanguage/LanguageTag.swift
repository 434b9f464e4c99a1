/// A declared language (`<html lang>`, `og:locale`, `inLanguage`, …) as an ISO 639-1 code.
package enum LanguageTag {
    /// `en-US`, `en_GB`, `EN` → `en`; the legacy codes `iw`, `in`, `ji` → `he`, `id`, `yi`. A tag
    /// whose first part is not two letters (`eng`, `x-klingon`, empty) gives nil.
    package static func code(_ tag: String) -> String? {
        let primary = tag.utf8.prefix { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") }
        let letters = primary.filter { $0 != UInt8(ascii: " ") }
        guard letters.count == 2, letters.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
            return nil
        }
        let code = String(decoding: letters.map { $0 | 0x20 }, as: UTF8.self)
        switch code {
        case "iw": return "he"
        case "in": return "id"
        case "ji": return "yi"
        default: return code
        }
    }
}
