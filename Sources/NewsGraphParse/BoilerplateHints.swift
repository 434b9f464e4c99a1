/// Words in class, id and role attributes that tell article text from page furniture.
///
/// These are the conventions of web templates in general (the same lists Readability and
/// trafilatura use), not of any one site.
enum BoilerplateHints {
    static let negative = [
        "nav", "menu", "footer", "comment", "share", "sharing", "social", "related", "promo", "advert",
        "sponsor", "sidebar", "newsletter", "subscribe", "cookie", "consent", "breadcrumb", "banner",
        "popup", "modal", "widget", "masthead", "toolbar", "pagination", "outbrain", "taboola",
        "recommend", "trending", "most-read", "mostread", "byline", "author-bio", "tags", "signup",
        "caption", "credit", "skip-link", "disclaimer", "copyright", "teaser", "more-stories",
    ]
    /// Words that keep an element even when a negative word also matches ("article-body tags").
    static let positiveOverride = ["article-body", "articlebody", "story-body", "post-body", "entry-content"]
    static let positive = [
        "article", "content", "story", "body", "entry", "post", "text", "main", "blog", "news",
    ]
}
