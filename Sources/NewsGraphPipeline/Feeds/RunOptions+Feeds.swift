import Foundation
import NewsGraphCore
import NewsGraphFetch
import NewsGraphHTTP

extension RunOptions {
    /// The feeds of a `--feeds` file: one address or path a line, `#` starts a comment.
    static func feedList(_ path: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputCatalog.InputError(description: "cannot read the feed list \(path)")
        }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = entry.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The inputs with every feed read and replaced by the articles it announces, in order; the
    /// feeds that could not be read are recorded in `report`.
    func expandingFeeds(
        _ items: [InputItem], report: inout RunReport, onFailure: (DocumentFailure) -> Void
    ) async throws -> [InputItem] {
        guard items.contains(where: { if case .feed = $0 { true } else { false } }) else { return items }
        let needsFetcher = items.contains {
            if case .feed(let source) = $0 { FeedDiscovery.isURL(source) } else { false }
        }
        let fetcher = needsFetcher ? try URLFetcher(policy: fetchPolicy) : nil
        var discovery = FeedDiscovery(fetcher: fetcher)
        discovery.loader.maximumBytes = maximumDocumentBytes
        var expanded: [InputItem] = []
        for item in items {
            guard case .feed(let source) = item else {
                expanded.append(item)
                continue
            }
            let found = await discovery.discover([source])
            report.feeds.read += found.feedsRead
            report.feeds.articles += found.entries.count
            for failure in found.failures {
                report.feeds.failed += 1
                report.record(DocumentProcessor.Outcome(result: .failure(failure)))
                onFailure(failure)
            }
            expanded += found.entries.map { .feedEntry($0) }
        }
        await fetcher?.shutdown()
        return expanded
    }
}
