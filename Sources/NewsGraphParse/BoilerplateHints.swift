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
        let role = attributes[.role]
        if let role, matchesAny(role, navigationRoles) { return -2 }
        var positiveOverrideSeen = false
        var strongSeen = false
        var negativeSeen = false
        var positiveSeen = false
        for name in [ElementAttributes.Name.class, .id, .itemprop] {
            guard let value = attributes[name] else { continue }
            if matchesAny(value, positiveOverrideMatcher) { positiveOverrideSeen = true }
            if matchesAny(value, strongMatcher) { strongSeen = true }
            if matchesAny(value, negativeMatcher) { negativeSeen = true }
            if matchesAny(value, positiveMatcher) { positiveSeen = true }
        }
        if positiveOverrideSeen { return 2 }
        if strongSeen { return -2 }
        if negativeSeen { return -1 }
        if let role, matchesAny(role, mainRoles) { return 1 }
        return positiveSeen ? 1 : 0
    }

    /// Words to find, bucketed by their first byte, so a scan compares only likely candidates.
    struct Matcher: Sendable {
        var buckets: [[[UInt8]]] = Array(repeating: [], count: 128)

        init(_ words: [String]) {
            for word in words {
                let bytes = Array(word.utf8)
                buckets[Int(bytes[0])].append(bytes)
            }
        }
    }

    static let strongMatcher = Matcher(stronglyNegative)
    static let negativeMatcher = Matcher(negative)
    static let positiveMatcher = Matcher(positive)
    static let positiveOverrideMatcher = Matcher(positiveOverride)
    static let navigationRoles = Matcher(["navigation", "banner", "contentinfo", "complementary", "menu", "dialog"])
    static let mainRoles = Matcher(["main", "article"])

    /// True when any of the matcher's words occurs in the NUL-terminated `value`, ignoring case.
    static func matchesAny(_ value: UnsafePointer<UInt8>, _ matcher: Matcher) -> Bool {
        var start = 0
        while value[start] != 0 {
            let first = lowercased(value[start])
            if first < 128 {
                for word in matcher.buckets[Int(first)] where matches(value + start, word) {
                    if !isNegated(value, at: start) { return true }
                }
            }
            start += 1
        }
        return false
    }

    /// True when the word at `start` follows `no-`, `has-`, `with-` or `without-` (or `_`):
    /// "no-sidebar" and "has-comments" describe the layout around the element, not the element.
    private static func isNegated(_ value: UnsafePointer<UInt8>, at start: Int) -> Bool {
        guard start >= 3, value[start - 1] == UInt8(ascii: "-") || value[start - 1] == UInt8(ascii: "_") else {
            return false
        }
        var wordStart = start - 1
        while wordStart > 0 {
            let byte = lowercased(value[wordStart - 1])
            guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { break }
            wordStart -= 1
        }
        let length = start - 1 - wordStart
        guard length >= 2 && length <= 7 else { return false }
        var prefix: [UInt8] = []
        for index in wordStart..<(start - 1) { prefix.append(lowercased(value[index])) }
        return layoutPrefixes.contains(prefix)
    }

    private static let layoutPrefixes: Set<[UInt8]> = Set(["no", "has", "with", "without"].map { Array($0.utf8) })

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func matches(_ value: UnsafePointer<UInt8>, _ word: [UInt8]) -> Bool {
        for index in 1..<word.count {
            let byte = value[index]
            if byte == 0 || lowercased(byte) != word[index] { return false }
        }
        return true
    }
}
