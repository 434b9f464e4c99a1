/// An article a feed or sitemap announces: its address and what the feed says about it. The
/// feed's title, date and authors fill a record's metadata only where the page itself is silent.
package struct FeedEntry: Sendable, Equatable {
    /// Absolute `http(s)` address of the article.
    package var url: String
    package var title: String?
    /// ISO 8601 (normalised when the feed was read).
    package var published: String?
    package var authors: [String]

    package init(url: String, title: String? = nil, published: String? = nil, authors: [String] = []) {
        self.url = url
        self.title = title
        self.published = published
        self.authors = authors
    }
}
