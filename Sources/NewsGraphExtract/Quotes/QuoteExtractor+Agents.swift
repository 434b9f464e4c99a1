import NewsGraphCore

/// Who can be the subject of reported speech, and the small word sets that tell a thing given
/// or a modal from a reported clause.
extension QuoteExtractor {
    static let articles = WordSet.folded(["the", "a", "an"])
    /// Possessives that are never an object: a participle after one is an adjective (`their stated
    /// aim`), while a noun after one names a claim (`his argument that …`).
    static let possessives = WordSet.folded(["my", "your", "his", "its", "our", "their"])
    /// Those a thing is given to (`asked him a question`), and the articles that open the thing.
    static let givenTo = WordSet.folded(["you", "me", "us", "him", "them"])
    static let givenThings = WordSet.folded(["a", "an", "the", "another"])
    static let modals = WordSet.folded([
        "will", "would", "may", "might", "should", "could", "can", "must", "shall",
    ])

    /// Someone who can speak: a person, an organisation, a pronoun or a role, not a place name
    /// or a capitalised run ("Rust Belt states").
    func isAgent(_ speaker: SpeakerFinder.Speaker?) -> Bool {
        guard let speaker else { return false }
        guard let mention = speaker.mention else { return speaker.isPronoun || speaker.tokens.count <= 4 }
        return mention.label == .person || mention.label == .org
    }
}
