import NewsGraphCore

/// One thing named on the command line, or found in a folder named there.
package enum InputItem: Sendable, Equatable {
    /// An article file (`.txt`, `.html`, `.htm`, optionally `.gz`) and the id it gets.
    case file(path: String, id: String)
    /// A JSONL file of `{"id", "text"}` or `{"id", "html"}` records; `-` is standard input.
    case records(path: String)
    /// An `http(s)://` address.
    case url(String)
    /// A list of addresses, one a line (`urls.txt`, `*.urls`, or `--urls FILE`).
    case urlList(path: String)
    /// A WARC archive (`.warc`, `.warc.gz`); each `response` record is one document.
    case warc(path: String)
    /// A feed or sitemap (an address or a file): read before the run into ``feedEntry(_:)``s.
    case feed(String)
    /// An article a feed announced, fetched like a URL; the feed's metadata fills the page's gaps.
    case feedEntry(FeedEntry)
}
