/// Nouns for the kinds of works whose titles follow them (`NameFinder+WorkTitles`).
extension ContextCues {
    /// Lower-case nouns that name only a work, whose title may follow them even when the
    /// words are also a place's or a person's (`the film Lowmoor`); no adjective (`single`,
    /// `comic`) and no plural (`the films Tom Vale made`).
    static let titleNouns = WordSet.folded([
        "book", "novel", "film", "movie", "album", "song", "poem", "opera", "sitcom", "documentary", "essay",
        "painting", "sculpture", "memoir", "novella", "hymn", "symphony", "podcast", "anime", "manga", "titled",
        "entitled",
    ])
    /// Lower-case nouns for a part of a work or a show, a title only when quotation marks
    /// follow them (`the track ‘Oslo’`): bare, they are as often a verb or an ordinary noun.
    static let quotedTitleNouns = WordSet.folded([
        "track", "tracks", "episode", "series", "show", "exhibition", "single", "chapter", "play",
    ])
}
