/// The grammatical gender a document gives its people, where it says so: an honorific or a
/// gendered title right before a name ("Mr. Okafor", "Congresswoman Lopez").
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
            for position in [mention.tokens.lowerBound - 1, mention.tokens.lowerBound] where position >= 0 {
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

    func gender(of mention: EntityRecognizer.Mention) -> Gender? { byEntity[mention.entity] }

    /// The gender a pronoun asks for: "he"/"his" male, "she"/"her" female, else none.
    static func of(pronoun hash: UInt64) -> Gender? {
        malePronouns.contains(hash) ? .male : femalePronouns.contains(hash) ? .female : nil
    }

    static let malePronouns = WordSet.folded(["he", "his", "him"])
    static let femalePronouns = WordSet.folded(["she", "her", "hers"])
    static let maleTitles = WordSet.folded([
        "mr", "mr.", "sir", "lord", "king", "prince", "congressman", "chairman", "spokesman", "assemblyman",
        "councilman", "businessman", "father", "brother", "uncle",
    ])
    static let femaleTitles = WordSet.folded([
        "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman",
        "chairwoman", "spokeswoman", "assemblywoman", "councilwoman", "businesswoman", "mother", "sister", "aunt",
    ])
}
