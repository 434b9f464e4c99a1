import NewsGraphCore

/// One thing named on the command line, or found in a folder named there.
public enum InputItem: Sendable, Equatable {
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
}
