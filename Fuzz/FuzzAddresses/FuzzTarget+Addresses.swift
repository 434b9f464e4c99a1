import Foundation
import FuzzTargets
import NewsGraphCore
import NewsGraphFetch
import NewsGraphParse

extension FuzzTarget {
    /// Any bytes as each list of addresses a run reads: a feed or sitemap (RSS, Atom, JSON Feed,
    /// sitemap index), a `robots.txt`, a page's feed links and a URL list file. Every address
    /// that comes out is absolute and of a scheme a fetch can take, each entry once, no more than
    /// the feed limit, and a feed that cannot be read says why.
    package static let addresses = FuzzTarget("addresses") { bytes in
        let base = "https://example.com/news/feed.xml"
        func isFetchable(_ address: String, files: Bool = false) -> Bool {
            guard let url = URL(string: address), let scheme = url.scheme?.lowercased() else { return false }
            return files && scheme == "file" || (scheme == "http" || scheme == "https") && url.host != nil
        }
        switch FeedReader.read(bytes, url: base) {
        case .success(let feed):
            precondition(feed.entries.count <= FeedReader.maximumEntries, "more entries than the limit")
            precondition(Set(feed.entries.map(\.url)).count == feed.entries.count, "an entry listed twice")
            for address in feed.entries.map(\.url) + feed.sitemaps {
                precondition(isFetchable(address), "a feed address no fetch can take")
            }
        case .failure(let error):
            precondition(
                !error.description.isEmpty && !error.description.contains("\n"),
                "a failure says why in one line: \(error)")
        }
        for address in FeedReader.robotsSitemaps(bytes, base: "https://example.com/robots.txt") {
            precondition(isFetchable(address, files: true), "a robots.txt sitemap no fetch can take")
        }
        for address in FeedLinks.alternates(inPage: bytes, url: "https://example.com/") {
            precondition(isFetchable(address), "a feed link no fetch can take")
        }
        let lines = LineReader(bytes: bytes)
        var count = 0
        while let line = lines.nextLine() {
            count += 1
            precondition(count <= bytes.count + 1, "more lines than bytes")
            guard let address = URLList.address(inLine: line) else { continue }
            precondition(
                !address.isEmpty && !address.hasPrefix("#") && address.first?.isWhitespace == false
                    && address.last?.isWhitespace == false && !address.contains("\n"),
                "a URL list address is not one trimmed line")
        }
    }
}
