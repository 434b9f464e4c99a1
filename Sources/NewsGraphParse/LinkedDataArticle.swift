import Foundation

/// What a page's schema.org JSON-LD says about its article.
///
/// Publishers embed `<script type="application/ld+json">` blocks for search engines; when one
/// describes a NewsArticle (or Article, BlogPosting, …) it is the most deliberate metadata on
/// the page. Objects may sit at the top level, in an array, or in an `@graph`.
struct LinkedDataArticle: Sendable, Equatable {
    var headline: String?
    var articleBody: String?
    var authors: [String] = []
    /// Every author credit, people or not (a team, a company), for pages that name no person.
    var credits: [String] = []
    var published: String?
    var modified: String?
    var language: String?
    var siteName: String?
    var url: String?
    var description: String?

    /// schema.org types that describe an article page.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
        "scholarlyarticle", "techarticle", "report", "webpage",
    ]

    /// Reads the first article object found in the given script bodies; nil when there is none.
    /// Malformed JSON is skipped: pages often carry broken blocks next to good ones.
    static func read(scripts: [String]) -> LinkedDataArticle? {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let data = script.data(using: .utf8), data.count < 4 << 20,
                let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            collect(value, into: &objects, depth: 0)
        }
        // Prefer a true article type over a WebPage.
        let ranked = objects.filter { isArticle($0) && !types(of: $0).contains("webpage") } + objects.filter(isArticle)
        guard let object = ranked.first else { return otherWork(objects) }
        // An `@graph` names its people once and points at them by `@id`.
        var nodes: [String: [String: Any]] = [:]
        for node in objects where node.count > 1 {
            if let id = node["@id"] as? String, nodes[id] == nil { nodes[id] = node }
        }
        var article = LinkedDataArticle()
        article.headline = string(object["headline"]) ?? string(object["name"])
        article.articleBody = string(object["articleBody"]) ?? string(object["text"])
        // Fields the article object lacks may sit on the page object that describes it.
        for candidate in ranked where article.authors.isEmpty {
            article.authors = people(candidate["author"], nodes) + people(candidate["creator"], nodes)
        }
        for candidate in ranked where article.credits.isEmpty { article.credits = names(candidate["author"], nodes) }
        for candidate in ranked where article.published == nil {
            article.published = string(candidate["datePublished"]) ?? string(candidate["dateCreated"])
        }
        if article.published == nil { article.published = otherWork(objects)?.published }
        for candidate in ranked where article.modified == nil { article.modified = string(candidate["dateModified"]) }
        article.language = string(object["inLanguage"])
        article.siteName = names(object["publisher"], nodes).first ?? names(object["isPartOf"], nodes).first
        article.url = string(object["url"]) ?? string(object["mainEntityOfPage"])
        article.description = string(object["description"])
        return article
    }

    /// Types that describe the site or a party to it, whose dates are not the page's.
    static let siteTypes: Set<String> = [
        "website", "organization", "newsmediaorganization", "person", "localbusiness", "corporation",
    ]

    /// The dates of the first other creative work that declares a publication (a recipe, a
    /// how-to, a video, a review), for pages that describe no article: the page publishes it.
    private static func otherWork(_ objects: [[String: Any]]) -> LinkedDataArticle? {
        for object in objects where !types(of: object).contains(where: siteTypes.contains) {
            guard let published = string(object["datePublished"]) else { continue }
            var work = LinkedDataArticle()
            work.published = published
            work.modified = string(object["dateModified"])
            return work
        }
        return nil
    }

    private static func collect(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for element in array { collect(element, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        types(of: object).contains { articleTypes.contains($0) }
    }

    /// A string value, or the first string of an array, or an object's `@id`/`url`.
    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let trimmed = trimmingEnds(text)
            return trimmed.isEmpty ? nil : trimmed
        case let array as [Any]: return array.lazy.compactMap { string($0) }.first
        case let object as [String: Any]: return string(object["@id"]) ?? string(object["url"])
        default: return nil
        }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` that reads only the ends: an
    /// `articleBody` is long, and Foundation's trimming copies all of it.
    static func trimmingEnds(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let spaces = CharacterSet.whitespacesAndNewlines
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, spaces.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, spaces.contains(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    /// Names of authors that are people: an object typed Organization is a publisher credit.
    private static func people(_ value: Any?, _ nodes: [String: [String: Any]]) -> [String] {
        switch value {
        case let array as [Any]: return array.flatMap { people($0, nodes) }
        case let object as [String: Any]:
            let resolved = resolve(object, nodes)
            let kinds = types(of: resolved)
            return kinds.contains("organization") || kinds.contains("newsmediaorganization")
                ? [] : names(resolved, nodes)
        default: return names(value, nodes)
        }
    }

    /// Names of people or organisations: strings, `{"name": …}` objects, or arrays of either.
    private static func names(_ value: Any?, _ nodes: [String: [String: Any]]) -> [String] {
        switch value {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? [] : [trimmed]
        case let array as [Any]: return array.flatMap { names($0, nodes) }
        case let object as [String: Any]:
            let resolved = resolve(object, nodes)
            if let name = resolved["name"] as? String { return names(name, nodes) }
            if let names = resolved["name"] as? [Any] { return self.names(names, nodes) }
            return []
        default: return []
        }
    }

    /// The full node an `{"@id": …}` reference points at, or the object itself.
    private static func resolve(_ object: [String: Any], _ nodes: [String: [String: Any]]) -> [String: Any] {
        guard object["name"] == nil, let id = object["@id"] as? String, let node = nodes[id] else { return object }
        return node
    }
}
