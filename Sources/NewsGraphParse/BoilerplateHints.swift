/// Words in class, id and role attributes that tell article text from page furniture.
///
/// These are the conventions of web templates in general (the same lists Readability and
/// trafilatura use), not of any one site.
enum BoilerplateHints {
    /// Furniture wherever it is: prose inside these never votes for the article container.
    static let stronglyNegative = [
        "nav", "menu", "footer", "comment", "share", "sharing", "social", "related", "sidebar", "newsletter",
        "subscribe", "cookie", "consent", "breadcrumb", "popup", "modal", "outbrain", "taboola", "recommend",
        "trending", "most-read", "mostread", "pagination", "signup", "more-stories", "also-read", "read-more",
        "readmore", "disclaimer", "copyright", "skip-link", "caption",
    ]
    /// Furniture inside the article container; too common on layout wrappers ("widget",
    /// "banner") to rule out a container by itself.
    static let negative = [
        "promo", "advert", "sponsor", "banner", "widget", "masthead", "toolbar", "byline", "author", "tags",
        "credit", "teaser", "sr-only", "visually-hidden", "print-only", "paywall", "dateline",
        "timestamp", "headline", "kicker", "rating",
    ]
    /// Words that keep an element even when a negative word also matches ("article-body tags").
    static let positiveOverride = [
        "article-body", "articlebody", "article__body", "story-body", "storybody", "post-body", "entry-content",
        "post-content", "article-content", "articlecontent", "body-text", "bodytext", "story-content",
    ]
    static let positive = [
        "article", "content", "story", "body", "entry", "post", "text", "main", "blog", "news",
    ]

    /// Evidence from an element's class, id, role and itemprop: -2 furniture anywhere, -1
    /// furniture inside an article, 1 content, 2 the article body itself (microdata
    /// `articleBody` or an explicit body class), 0 neither.
    static func hint(_ attributes: ElementAttributes) -> Int8 {
        if attributes.isEmpty { return 0 }
        if attributes.value(.itemprop, equals: "articlebody") { return 2 }
        let table = words
        let roleKinds = attributes[.role].map { table.scan($0) } ?? []
        if roleKinds.contains(.navigationRole) { return -2 }
        var kinds: HintWordTable.Kinds = []
        for name in [ElementAttributes.Name.class, .id, .itemprop] {
            if let value = attributes[name] { kinds.formUnion(table.scan(value)) }
        }
        if kinds.contains(.bodyOverride) { return 2 }
        if kinds.contains(.stronglyNegative) { return -2 }
        if kinds.contains(.negative) { return -1 }
        if roleKinds.contains(.mainRole) { return 1 }
        return kinds.contains(.positive) ? 1 : 0
    }

    static let words = HintWordTable([
        (positiveOverride, .bodyOverride), (stronglyNegative, .stronglyNegative), (negative, .negative),
        (positive, .positive),
        (["navigation", "banner", "contentinfo", "complementary", "menu", "dialog"], .navigationRole),
        (["main", "article"], .mainRole),
    ])

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
