import Foundation

/// Whether a credit names a person: names split from a byline, told from desks, roles, teams
/// and words that ran together from two elements.
extension MetadataReader {
    /// One name written with or without a title (`Dr Jane Doe`, `Jane Doe`).
    static func sameName(_ first: String, _ second: String) -> Bool {
        func bare(_ name: String) -> [Substring] {
            // Her letters after a comma (`Jane Doe, MD`) do not make another person.
            let words = (name.split(separator: ",").first ?? "").lowercased().split(separator: " ")
            return words.first.map { honorifics.contains($0.trimmingCharacters(in: .punctuationCharacters)) } == true
                ? Array(words.dropFirst()) : words
        }
        return bare(first) == bare(second)
    }

    static let honorifics: Set<String> = ["dr", "prof", "mr", "mrs", "ms", "mx", "sir", "dame", "rev"]

    /// A credit that is not a person's name (a company, a pen name): short, a name, not an
    /// address, a handle, a date or a desk.
    static func creditName(_ text: String) -> String? {
        var credit = trim(text)
        for prefix in namePrefixes where credit.lowercased().hasPrefix(prefix) {
            credit = String(credit.dropFirst(prefix.count))
        }
        let words = credit.split(separator: " ")
        guard (1...5).contains(words.count), credit.count <= 40, credit.count >= 2,
            !credit.contains("://"), !credit.contains("@"), !credit.contains("/"),
            credit.contains(where: \.isLetter), !credit.contains(where: \.isNumber),
            !credit.contains(where: { "*:!?=<>{}[]|#".contains($0) }),
            !words.dropFirst().contains(where: isRunTogether),
            isTeamCredit(credit)
                || !words.contains(where: {
                    deskWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters))
                })
        else { return nil }
        return credit
    }

    /// A newsroom's collective credit (`Harbour Weekly Staff`, `The Harbour Team`, `Team Harbour`):
    /// a name with a desk word after it, or `Team` before it.
    static func isTeamCredit(_ credit: String) -> Bool {
        var words = credit.split(separator: " ").map { $0.lowercased() }
        if words.first == "the" { words.removeFirst() }
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        let name: ArraySlice<String>
        if ["staff", "team", "editors"].contains(last) {
            name = words.dropLast()
        } else if first == "team" {
            name = words.dropFirst()
        } else {
            return false
        }
        return name.allSatisfy { word in
            word == "editorial" || !(deskWords.contains(word) || nonNameWords.contains(word) || word == "our")
        }
    }

    /// Splits "By Jane Doe and John Smith" into names, dropping anything that is not one. After a
    /// name, the first part that is not one (`Jane Doe, Senior Editor, Harbour Weekly`) begins her
    /// description, which ends the list; with `leading`, a line that does not open with a name gives none.
    /// Names the page `declared` in its metadata were typed as they are, so inner capitals stand.
    static func splitNames(_ text: String, leading: Bool = false, declared: Bool = false) -> [String] {
        var text = trim(text)
        guard !text.contains("://"), !text.hasPrefix("@"), text.count <= 200 else { return [] }
        var lower = text.lowercased()
        for prefix in namePrefixes where lower.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            lower = text.lowercased()
        }
        if declared, let name = surnameFirst(text) { return [name] }
        // A byte test first: most bylines hold none of the separators.
        for (separator, bytes) in nameSeparators where contains(text, bytes) {
            text = text.replacingOccurrences(of: separator, with: ",")
        }
        var names: [String] = []
        for part in text.split(separator: ",").map({ undoubled(trim(String($0))) }) {
            if isPersonName(part, declared: declared) {
                names.append(part)
            } else if let last = names.indices.last, isCredential(part) {
                // `Jane Doe, MD`: her letters stay with her name, as the byline writes it.
                names[last] += ", " + part
            } else if !names.isEmpty || leading {
                break
            }
        }
        return names
    }

    /// What joins the names of a byline (`Jane Doe and John Roe`), with their bytes.
    static let nameSeparators = [" and ", " & ", " | ", ";", " / "].map { ($0, Array($0.utf8)) }

    /// `Jane Doe Jane Doe`, a name that a page's desktop and mobile copies of the byline both
    /// wrote, as one name.
    static func undoubled(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 4, words.count % 2 == 0, words[..<(words.count / 2)] == words[(words.count / 2)...]
        else { return name }
        return words[..<(words.count / 2)].joined(separator: " ")
    }

    /// Words of a newsroom's generic credits and of template placeholders, which name no one.
    static let deskWords: Set<String> = [
        "staff", "reporter", "reporters", "desk", "newsroom", "admin", "administrator", "editor", "editors", "wire",
        "correspondent", "unknown", "anonymous", "undefined", "null", "none", "login", "name", "guest",
    ]

    /// What a byline says before the name.
    static let namePrefixes = [
        "by ", "by: ", "written by ", "written by: ", "words by ", "text by ", "story by ", "posted by ", "posted by: ",
        "authored by ", "author: ",
        "from ",
    ]

    /// Two to five capitalised words, none of them a role or a desk ("Staff", "Newsroom"); unless
    /// `declared`, none run together from two elements (`MeninShare`).
    static func isPersonName(_ name: String, declared: Bool = false) -> Bool {
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count), name.count <= 60 else { return false }
        for word in words {
            guard let first = word.first else { return false }
            // Printable ASCII has one byte a character, so its bytes answer what the characters would.
            let ascii = isPrintableASCII(word)
            let capital = ascii ? isASCIIUpper(word.utf8.first!) : first.isUppercase
            if !capital && !["de", "van", "von", "der", "da", "di", "la", "le", "bin", "al"].contains(word) {
                return false
            }
            if ascii ? holdsNonNameWord(word.utf8) : holdsNonNameWord(word) { return false }
            if !declared, isRunTogether(word) { return false }
            let barred =
                ascii
                ? word.utf8.contains {
                    ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ":")
                }
                : word.contains { $0.isNumber || $0 == "@" || $0 == ":" }
            if barred { return false }
        }
        return true
    }

    /// A part of `word` between hyphens that is one of `nonNameWords` after its punctuation.
    static func holdsNonNameWord(_ word: Substring) -> Bool {
        word.lowercased().split(separator: "-").contains {
            nonNameWords.contains($0.trimmingCharacters(in: .punctuationCharacters))
        }
    }

    /// `holdsNonNameWord` on a word of printable ASCII, read as bytes.
    static func holdsNonNameWord(_ word: Substring.UTF8View) -> Bool {
        let lower = word.map { BoilerplateHints.lowercased($0) }
        for part in lower.split(separator: UInt8(ascii: "-")) {
            guard let start = part.firstIndex(where: { !asciiPunctuation[Int($0)] }) else {
                if nonNameWords.contains("") { return true }
                continue
            }
            let end = part.lastIndex(where: { !asciiPunctuation[Int($0)] })!
            if nonNameWords.contains(String(decoding: part[start...end], as: UTF8.self)) { return true }
        }
        return false
    }

    /// Which ASCII bytes `CharacterSet.punctuationCharacters` holds, taken from it so the byte
    /// test trims what the `String` one does.
    static let asciiPunctuation: [Bool] = (0..<128).map {
        CharacterSet.punctuationCharacters.contains(Unicode.Scalar(UInt8($0)))
    }

    static func isPrintableASCII(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isASCIILower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// "MeninShare": two words whose elements ran together; "McDonald", "DeShawn" are names.
    static func isRunTogether(_ word: Substring) -> Bool {
        guard isPrintableASCII(word) else { return runsTogetherByCharacters(word) }
        let letters = Array(word.utf8)
        guard letters.count > 3 else { return false }
        for index in 2..<letters.count where isASCIIUpper(letters[index]) && isASCIILower(letters[index - 1]) {
            if index <= 3
                && ["Mc", "Mac", "De", "Di", "La", "Le", "O'"].contains(
                    String(decoding: letters[..<index], as: UTF8.self))
            {
                continue
            }
            return true
        }
        return false
    }

    /// `isRunTogether` by characters, for words beyond ASCII.
    static func runsTogetherByCharacters(_ word: Substring) -> Bool {
        let letters = Array(word)
        guard letters.count > 3 else { return false }
        for index in 2..<letters.count where letters[index].isUppercase && letters[index - 1].isLowercase {
            if index <= 3 && ["Mc", "Mac", "De", "Di", "La", "Le", "O'"].contains(String(letters[..<index])) {
                continue
            }
            return true
        }
        return false
    }

    /// Words that show a byline is a desk, a role or page text, not a person.
    static let nonNameWords: Set<String> = [
        "staff", "reporter", "reporters", "editor", "editors", "admin", "desk", "team", "newsroom", "agency",
        "correspondent", "contributor", "contributors", "writer", "writers", "news", "press", "wire", "online",
        "associated", "reuters", "updated", "published", "share", "follow", "email", "more", "read", "about",
        "editorial", "board", "contact", "view", "all", "posts", "articles", "guest", "service", "media", "the",
        "comments", "minutes", "min", "ago", "hours", "am", "pm", "gmt", "utc", "sign", "subscribe", "bio",
        "written", "by", "posted", "certified", "consultant", "expert", "specialist", "development", "community",
        "manager", "director", "founder", "marketing", "blog", "content", "columnist", "analyst", "senior", "chief",
        "officer", "president", "professor", "journalist", "photographer", "strategist", "engineer", "researcher",
        "head", "lead", "ceo", "cto", "cfo", "vp",
    ]
}
