import Foundation
import NewsGraphLanguage

/// `--languages en,de` (or `all`): the languages whose documents get entities and quotes and go
/// into the graph. Every other document is still parsed and written (text, metadata, language).
/// The default is English, the language the extraction rules are written for; a record without a
/// language counts as English.
package struct LanguageSelection: Sendable, Equatable {
    /// ISO 639-1 codes; nil for every language.
    package var codes: Set<String>?

    package init() { codes = ["en"] }

    /// A comma-separated list of ISO 639-1 codes (`en,de`; `en-GB` counts as `en`), or `all`;
    /// nil when an item is not a language code.
    package init?(_ list: String) {
        let items = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if items == ["all"] {
            codes = nil
            return
        }
        var codes = Set<String>()
        for item in items {
            guard let code = LanguageTag.code(String(item)) else { return nil }
            codes.insert(code)
        }
        guard !codes.isEmpty else { return nil }
        self.codes = codes
    }

    package func wants(_ language: String?) -> Bool {
        codes?.contains(language ?? "en") ?? true
    }
}
