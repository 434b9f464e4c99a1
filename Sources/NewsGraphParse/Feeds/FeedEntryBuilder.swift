import Foundation
import NewsGraphCore

/// What one `<item>`, `<entry>`, `<url>` or JSON Feed item has said so far.
struct FeedEntryBuilder {
    var link: String?
    /// An `<id>` or `<guid>` that may be the article's address when no link is given.
    var identifier: String?
    var location: String?
    var title: String?
    var published: String?
    var updated: String?
    var authors: [String] = []

    /// The entry, when one of its addresses is an absolute `http(s)` link.
    func entry(base: String?, now: Date) -> FeedEntry? {
        guard
            let url = FeedReader.absolute(location, base: base) ?? FeedReader.absolute(link, base: base)
                ?? FeedReader.absolute(identifier, base: nil)
        else { return nil }
        let date = [published, updated].lazy.compactMap { $0 }.compactMap { DateNormalizer.normalize($0, now: now) }
            .first
        let cleanTitle = title.map(FeedReader.clean)
        return FeedEntry(
            url: url, title: cleanTitle?.isEmpty == false ? cleanTitle : nil, published: date, authors: authors)
    }

    mutating func addAuthor(_ name: String?) {
        guard let name, !name.isEmpty, !authors.contains(name) else { return }
        authors.append(name)
    }
}
