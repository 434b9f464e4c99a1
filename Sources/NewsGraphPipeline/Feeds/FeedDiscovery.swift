import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphHTTP
import NewsGraphParse

/// Turns feed and sitemap inputs into the articles they announce, before the articles are read.
///
/// Feeds come from files or through the run's own fetcher (its politeness, retries and cache,
/// so a daily run revalidates a feed instead of downloading it again). gzip is inflated wherever
/// it appears; `robots.txt` gives its `Sitemap:` lines; a sitemap index is followed to
/// ``maximumDepth`` levels. Each article address is kept once, in the order found. A feed that
/// cannot be read is one failure naming it; the others go on.
struct FeedDiscovery {
    /// Levels of sitemap indexes followed below an input (an index of indexes of sitemaps is 2).
    static let maximumDepth = 3

    let fetcher: URLFetcher?
    var loader = FileLoader()

    struct Found {
        var entries: [FeedEntry] = []
        var failures: [DocumentFailure] = []
        var feedsRead = 0
        fileprivate var seenEntries: Set<String> = []
        fileprivate var seenFeeds: Set<String> = []
    }

    func discover(_ sources: [String]) async -> Found {
        var found = Found()
        for source in sources { await visit(source, depth: 0, into: &found) }
        return found
    }

    static func isURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    private func visit(_ source: String, depth: Int, into found: inout Found) async {
        guard found.seenFeeds.insert(source).inserted else { return }
        func fail(_ kind: DocumentFailure.Kind, _ message: String) {
            found.failures.append(DocumentFailure(id: source, source: source, kind: kind, message: message))
        }
        let loaded: Result<SourceDocument, DocumentFailure>
        if Self.isURL(source) {
            guard let fetcher else { return fail(.fetch, "fetching is not available") }
            loaded = await fetcher.fetch(source, anyContentType: true)
        } else {
            loaded = loader.load(path: source, id: source)
        }
        var document: SourceDocument
        switch loaded {
        case .failure(let failure): return found.failures.append(failure)
        case .success(let success): document = success
        }
        if Gzip.isCompressed(document.content) {
            do {
                document.content = try Gzip.decompress(document.content, limit: loader.maximumBytes)
            } catch {
                return fail(.decompression, "\(error)")
            }
        }
        let address = Self.isURL(source) ? (document.url ?? source) : URL(fileURLWithPath: source).absoluteString
        var children: [String] = []
        if source.lowercased().hasSuffix("robots.txt") {
            children = FeedReader.robotsSitemaps(document.content, base: address)
            guard !children.isEmpty else { return fail(.empty, "robots.txt names no Sitemap") }
            found.feedsRead += 1
        } else {
            switch FeedReader.read(document.content, url: address) {
            case .failure(let error):
                // A site's page in a list of feeds: the feeds it announces instead.
                let announced = depth == 0 ? FeedLinks.alternates(inPage: document.content, url: address) : []
                guard !announced.isEmpty else { return fail(.parse, error.description) }
                children = announced
            case .success(let feed):
                found.feedsRead += 1
                for entry in feed.entries where found.seenEntries.insert(entry.url).inserted {
                    found.entries.append(entry)
                }
                children = feed.sitemaps
            }
        }
        for child in children {
            guard depth < Self.maximumDepth else {
                return fail(.parse, "sitemap indexes nested deeper than \(Self.maximumDepth) levels: \(child) not read")
            }
            // A sitemap in a local index may name a local file relative to it.
            await visit(
                child.hasPrefix("file://") ? URL(string: child)?.path ?? child : child, depth: depth + 1, into: &found)
        }
    }

}
