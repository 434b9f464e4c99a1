/// The grammatical gender a document gives its people, where it says so: an honorific, a
/// gendered title or a kinship word right before a name ("Mr. Okafor", "Congresswoman Lopez",
/// "her husband Ivan"), or a gendered noun heading an appositive right after it ("Ann Vance, a
/// grandmother of three,").
///
/// "he" and "she" then resolve to the last person they can refer to, skipping a name the text
/// has marked as the other gender. Names the text does not mark stay open to either pronoun.
struct PersonGender {
    enum Gender { case male, female }

    /// Gender by entity key; a key marked both ways is left out.
    private let byEntity: [String: Gender]

    init(analysis: TextAnalysis, mentions: [EntityRecognizer.Mention]) {
        var found: [String: Gender?] = [:]
        let male = Self.maleTitles
        let female = Self.femaleTitles
        for mention in mentions where mention.label == .person {
            // The title may stand just before the name or be its first word.
            let positions = [mention.tokens.lowerBound - 1, mention.tokens.lowerBound]
            for position in positions + Self.appositiveHead(after: mention, analysis) where position >= 0 {
                let hash = analysis.tokens[position].foldedHash
                let gender: Gender? = male.contains(hash) ? .male : female.contains(hash) ? .female : nil
                guard let gender else { continue }
                if let known = found[mention.entity], known != gender {
                    found[mention.entity] = .some(nil)
                } else {
                    found[mention.entity] = gender
                }
            }
        }
        byEntity = found.compactMapValues { $0 }
    }

    /// The word that may head an appositive after the name: `, a/the/his/her [one or two words] noun`.
    /// Only its head noun counts, so "Ann Vance, whose son spoke," marks nothing.
    private static func appositiveHead(after mention: EntityRecognizer.Mention, _ analysis: TextAnalysis) -> [Int] {
        let comma = mention.tokens.upperBound
        let tokens = analysis.tokens
        guard comma + 2 < tokens.count, analysis.isCharacter(comma, ","),
            determiners.contains(tokens[comma + 1].foldedHash)
        else { return [] }
        // The noun ends the phrase: the word before the next comma, "of" or "who".
        var position = comma + 2
        while position < min(tokens.count, comma + 5), tokens[position].kind == .word,
            !phraseEnds.contains(tokens[position].foldedHash)
        {
            position += 1
        }
        return position > comma + 2 ? [position - 1] : []
    }
    private static let determiners = WordSet.folded(["a", "an", "the", "his", "her", "their", "its"])
    private static let phraseEnds = WordSet.folded(["of", "who", "whose", "at", "from", "in", "for", "and"])

    func gender(of mention: EntityRecognizer.Mention) -> Gender? { byEntity[mention.entity] }

    /// The gender a pronoun asks for: "he"/"his" male, "she"/"her" female, else none.
    static func of(pronoun hash: UInt64) -> Gender? {
        malePronouns.contains(hash) ? .male : femalePronouns.contains(hash) ? .female : nil
    }

    static let malePronouns = WordSet.folded(["he", "his", "him"])
    static let femalePronouns = WordSet.folded(["she", "her", "hers"])
    static let maleTitles = WordSet.folded([
        "mr", "mr.", "sir", "lord", "king", "prince", "congressman", "chairman", "spokesman", "assemblyman",
        "councilman", "businessman", "father", "brother", "uncle", "husband", "son", "grandfather", "grandson",
        "nephew", "boyfriend", "dad", "widower", "duke", "man", "boy", "grandpa",
    ])
    static let femaleTitles = WordSet.folded([
        "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman",
        "chairwoman", "spokeswoman", "assemblywoman", "councilwoman", "businesswoman", "mother", "sister", "aunt",
        "wife", "daughter", "grandmother", "granddaughter", "niece", "girlfriend", "mom", "widow", "duchess",
        "actress", "woman", "girl", "grandma",
    ])
}
