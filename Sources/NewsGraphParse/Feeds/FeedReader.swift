import CLibXML2
import Foundation
import NewsGraphCore

/// Reads the articles a feed or sitemap announces: RSS 0.9x/1.0/2.0, Atom, JSON Feed, XML
/// sitemaps (with Google News `<news:publication_date>`/`<news:title>`) and sitemap indexes.
///
/// XML goes through libxml2's streaming reader with no network and no entity substitution, and a
/// document that declares entities (`<!ENTITY`) is refused before libxml2 sees it: an XXE or
/// "billion laughs" feed is one failed input with a one-line reason, never a file read or a
/// memory blow-up. Relative links resolve against `xml:base` or the feed's own address. A feed
/// that breaks off (bad XML) gives the entries read before the break. gzip is inflated by the
/// caller (the fetch stage owns zlib).
package enum FeedReader {
    package enum Kind: String, Sendable {
        case rss
        case atom
        case jsonFeed = "json-feed"
        case sitemap
        case sitemapIndex = "sitemap-index"
    }

    package struct Feed: Sendable, Equatable {
        package var kind: Kind
        /// Articles, in the feed's order, each address once.
        package var entries: [FeedEntry] = []
        /// The sitemaps a sitemap index lists (absolute addresses).
        package var sitemaps: [String] = []
        /// Why reading stopped early, when the XML broke off after some entries.
        package var problem: String?
    }

    package struct ReadError: Error, Equatable, CustomStringConvertible, Sendable {
        package var description: String
    }

    /// Entries kept from one feed at most (the sitemap protocol's own limit).
    package static let maximumEntries = 50_000

    /// The feed in `bytes`; `url` is where it came from (relative links resolve against it).
    package static func read(_ bytes: [UInt8], url: String?, now: Date = Date()) -> Result<Feed, ReadError> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { return .failure(ReadError(description: "empty feed")) }
        if bytes[start] == UInt8(ascii: "{") { return JSONFeedReader.read(bytes, url: url, now: now) }
        guard bytes[start] == UInt8(ascii: "<") else {
            return .failure(ReadError(description: "not a feed or sitemap (neither XML nor JSON)"))
        }
        if contains(bytes, Array("<!ENTITY".utf8)) {
            return .failure(
                ReadError(
                    description:
                        "refused: the XML declares entities (<!ENTITY>), which could read local files or expand without bound"
                ))
        }
        var walker = XMLFeedWalker(url: url, now: now)
        return walker.read(bytes)
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        ByteSearch.firstIndex(of: needle, in: bytes) != nil
    }

    /// The addresses of a `robots.txt`'s `Sitemap:` lines (any case, relative ones resolved).
    package static func robotsSitemaps(_ bytes: [UInt8], base: String) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "sitemap" else {
                return nil
            }
            let value = parts[1].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return absolute(String(value), base: base, allowingFiles: true)
        }
    }

    /// `link` made absolute against `base`; nil unless it is an `http(s)` address (or, with
    /// `allowingFiles`, a `file:` one: a local `robots.txt` may name local sitemaps).
    package static func absolute(_ link: String?, base: String?, allowingFiles: Bool = false) -> String? {
        guard let link = link.map(clean), !link.isEmpty else { return nil }
        let resolved = URL(string: link, relativeTo: base.flatMap { URL(string: $0) })?.absoluteURL
        guard let resolved, let scheme = resolved.scheme?.lowercased() else { return nil }
        if allowingFiles && scheme == "file" { return resolved.absoluteString }
        guard scheme == "http" || scheme == "https", resolved.host != nil else { return nil }
        return resolved.absoluteString
    }

    /// Whitespace collapsed and tags dropped (titles may hold escaped HTML).
    static func clean(_ text: String) -> String {
        var result = ""
        var inTag = false
        var space = false
        for character in text {
            if character == "<" {
                inTag = true
                continue
            }
            if inTag {
                if character == ">" { inTag = false }
                continue
            }
            if character.isWhitespace {
                space = !result.isEmpty
                continue
            }
            if space { result.append(" ") }
            space = false
            result.append(character)
        }
        return result
    }

    /// A name from an RSS `<author>`: `jo@example.org (Jo Bloggs)` → `Jo Bloggs`; an address alone
    /// names no one.
    static func authorName(_ text: String) -> String? {
        let text = clean(text)
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let inside = clean(String(text[text.index(after: open)..<close]))
            return inside.isEmpty ? nil : inside
        }
        return text.isEmpty || text.contains("@") ? nil : text
    }
}
