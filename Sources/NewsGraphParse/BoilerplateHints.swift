/// Words in class, id and role attributes that tell article text from page furniture.
///
/// These are the conventions of web templates in general (the same lists Readability and
/// trafilatura use), not of any one site.
enum BoilerplateHints {
    /// Furniture made of links and labels (menus, sharing buttons, breadcrumbs, page numbers):
    /// such furniture never holds paragraphs of prose, so an element that does is named for
    /// something else (a section beside a table of contents, an anchor id made of a heading's
    /// words: `id="menu-ideas-for-a-long-weekend"`).
    static let linkFurniture = ["nav", "menu", "share", "sharing", "social", "breadcrumb", "pagination", "skip-link"]
    /// Furniture wherever it is: prose inside these never votes for the article container.
    static let stronglyNegative = [
        "footer", "comment", "related", "sidebar", "newsletter", "subscribe", "cookie", "consent", "popup", "modal",
        "outbrain", "taboola", "recommend",
        "trending", "most-read", "mostread", "signup", "more-stories", "also-read", "read-more",
        "readmore", "disclaimer", "copyright", "caption",
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
    /// `articleBody` or an explicit body class), 0 neither. `namesLinks`: the -2 comes from
    /// ``linkFurniture`` words alone, which an element full of prose proves wrong.
    static func evidence(_ attributes: ElementAttributes) -> (hint: Int8, namesLinks: Bool) {
        if attributes.isEmpty { return (0, false) }
        if attributes.value(.itemprop, equals: "articlebody") { return (2, false) }
        let table = words
        let roleKinds = attributes[.role].map { table.scan($0) } ?? []
        if roleKinds.contains(.navigationRole) { return (-2, false) }
        var kinds: HintWordTable.Kinds = []
        for name in [ElementAttributes.Name.class, .id, .itemprop] {
            if let value = attributes[name] { kinds.formUnion(table.scan(value)) }
        }
        if kinds.contains(.bodyOverride) { return (2, false) }
        if kinds.contains(.stronglyNegative) { return (-2, !kinds.contains(.proseFurniture)) }
        if kinds.contains(.negative) { return (-1, false) }
        if roleKinds.contains(.mainRole) { return (1, false) }
        return (kinds.contains(.positive) ? 1 : 0, false)
    }

    static let words = HintWordTable([
        (positiveOverride, .bodyOverride), (linkFurniture, .stronglyNegative),
        (stronglyNegative, [.stronglyNegative, .proseFurniture]), (negative, .negative),
        (positive, .positive),
        (["navigation", "banner", "contentinfo", "complementary", "menu", "dialog"], .navigationRole),
        (["main", "article"], .mainRole),
    ])

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
