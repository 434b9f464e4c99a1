import Foundation
import NewsGraphCore

/// JSON Feed 1.0/1.1 (`https://jsonfeed.org/version/1.1`): each item's `url` (else
/// `external_url`, else an `id` that is an address), `title`, `date_published` (else
/// `date_modified`) and `authors`/`author` names.
enum JSONFeedReader {
    static func read(_ bytes: [UInt8], url: String?, now: Date) -> Result<FeedReader.Feed, FeedReader.ReadError> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            return .failure(FeedReader.ReadError(description: "broken JSON"))
        }
        guard let version = object["version"] as? String, version.contains("jsonfeed.org"),
            let items = object["items"] as? [Any]
        else {
            return .failure(FeedReader.ReadError(description: "not a JSON Feed (no jsonfeed.org version and items)"))
        }
        let base = (object["feed_url"] as? String) ?? url
        var feed = FeedReader.Feed(kind: .jsonFeed)
        var seen: Set<String> = []
        for case let item as [String: Any] in items.prefix(FeedReader.maximumEntries) {
            var builder = FeedEntryBuilder()
            builder.link = item["url"] as? String ?? item["external_url"] as? String
            builder.identifier = item["id"] as? String
            builder.title = item["title"] as? String
            builder.published = item["date_published"] as? String
            builder.updated = item["date_modified"] as? String
            var people = item["authors"] as? [Any] ?? []
            if let author = item["author"] { people.append(author) }
            for case let person as [String: Any] in people {
                builder.addAuthor((person["name"] as? String).map(FeedReader.clean))
            }
            guard let entry = builder.entry(base: base, now: now), seen.insert(entry.url).inserted else { continue }
            feed.entries.append(entry)
        }
        return .success(feed)
    }
}
