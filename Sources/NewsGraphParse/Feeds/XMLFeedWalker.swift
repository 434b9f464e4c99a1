import CLibXML2
import Foundation
import NewsGraphCore

/// One pass of libxml2's XML reader over a feed or sitemap, element by element: the root names
/// the kind, each item/entry/url element becomes a ``FeedEntryBuilder``, and the elements inside
/// it that carry an address, a title, a date or an author fill it. Elements of other
/// vocabularies with the same local name (`media:title`) and an Atom entry's `<source>` (the
/// feed it was copied from) are passed over.
struct XMLFeedWalker {
    let url: String?
    let now: Date
    private var kind: FeedReader.Kind?
    private var builder: FeedEntryBuilder?
    private var entryDepth = 0
    private var skipDepth: Int32?
    private var authorDepth: Int32?
    private var feed: FeedReader.Feed?
    private var seen: Set<String> = []

    init(url: String?, now: Date) {
        self.url = url
        self.now = now
    }

    /// Namespaces whose `title`, `link`, `date` and `author` elements are read.
    private static let readNamespaces: Set<String> = [
        "", "http://www.w3.org/2005/Atom", "http://purl.org/rss/1.0/", "http://purl.org/dc/elements/1.1/",
        "http://www.google.com/schemas/sitemap-news/0.9", "http://www.sitemaps.org/schemas/sitemap/0.9",
        "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2",
    ]

    mutating func read(_ bytes: [UInt8]) -> Result<FeedReader.Feed, FeedReader.ReadError> {
        _ = Self.initialised
        // No NOENT (no substitution), no DTDLOAD, no network; errors come back, not on stderr.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue)
        let reader = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReaderForMemory(chars.baseAddress, Int32(chars.count), url, nil, options)
            }
        }
        guard let reader else { return .failure(FeedReader.ReadError(description: "libxml2 could not read the XML")) }
        defer { xmlFreeTextReader(reader) }
        var status: Int32 = 1
        while true {
            status = xmlTextReaderRead(reader)
            guard status == 1 else { break }
            if let failure = visit(reader) { return .failure(failure) }
            if (feed?.entries.count ?? 0) + (feed?.sitemaps.count ?? 0) >= FeedReader.maximumEntries { break }
        }
        if status < 0 {
            let problem = Self.lastError()
            guard var feed, !feed.entries.isEmpty || !feed.sitemaps.isEmpty else {
                return .failure(FeedReader.ReadError(description: problem))
            }
            feed.problem = problem
            return .success(feed)
        }
        guard let feed else { return .failure(FeedReader.ReadError(description: "no root element")) }
        return .success(feed)
    }

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    private static func lastError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "broken XML" }
        // One line: some of libxml2's messages go on to a second (`Bytes: 0xE3 …`).
        let text = String(cString: message).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return "broken XML at line \(error.pointee.line): \(text)"
    }

    private mutating func visit(_ reader: xmlTextReaderPtr) -> FeedReader.ReadError? {
        let documentURL = url
        let type = xmlTextReaderNodeType(reader)
        let depth = xmlTextReaderDepth(reader)
        if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) {
            if skipDepth == depth { skipDepth = nil }
            if authorDepth == depth { authorDepth = nil }
            if builder != nil && depth == entryDepth { finishEntry() }
            return nil
        }
        guard type == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { return nil }
        let name = Self.string(xmlTextReaderConstLocalName(reader)) ?? ""
        let namespace = Self.string(xmlTextReaderConstNamespaceUri(reader)) ?? ""
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        guard let kind else {
            switch name {
            case "rss", "RDF": kind = .rss
            case "feed": kind = .atom
            case "urlset": kind = .sitemap
            case "sitemapindex": kind = .sitemapIndex
            default:
                return FeedReader.ReadError(description: "not a feed or sitemap (the root element is <\(name)>)")
            }
            feed = FeedReader.Feed(kind: kind!)
            return nil
        }
        if let skipDepth, depth > skipDepth { return nil }
        guard builder != nil else {
            let starts: Bool
            switch kind {
            case .rss: starts = name == "item"
            case .atom: starts = name == "entry"
            case .sitemap: starts = name == "url"
            case .sitemapIndex: starts = name == "sitemap"
            case .jsonFeed: starts = false
            }
            guard starts else { return nil }
            builder = FeedEntryBuilder()
            entryDepth = Int(depth)
            // RSS 1.0 names the item's address in rdf:about.
            if kind == .rss, let about = Self.attribute(reader, "rdf:about") {
                builder?.identifier = FeedReader.absolute(about, base: Self.base(reader, documentURL))
            }
            if isEmpty { finishEntry() }
            return nil
        }
        guard Self.readNamespaces.contains(namespace), var entry = builder else { return nil }
        defer { builder = entry }
        switch name {
        case "source" where kind == .atom:
            if !isEmpty { skipDepth = depth }
        case "link":
            if kind == .atom {
                let relation = Self.attribute(reader, "rel") ?? "alternate"
                if relation == "alternate", entry.link == nil {
                    entry.link = FeedReader.absolute(
                        Self.attribute(reader, "href"), base: Self.base(reader, documentURL))
                }
            } else if entry.link == nil {
                entry.link = FeedReader.absolute(Self.text(reader), base: Self.base(reader, documentURL))
            }
        case "guid":
            if Self.attribute(reader, "isPermaLink") != "false" {
                entry.identifier =
                    entry.identifier ?? FeedReader.absolute(Self.text(reader), base: Self.base(reader, documentURL))
            }
        case "id" where kind == .atom:
            entry.identifier = entry.identifier ?? FeedReader.absolute(Self.text(reader), base: nil)
        case "loc":
            entry.location = FeedReader.absolute(Self.text(reader), base: Self.base(reader, documentURL))
        case "title":
            if entry.title == nil { entry.title = Self.text(reader) }
        case "pubDate", "published", "date", "publication_date", "issued":
            entry.published = entry.published ?? Self.text(reader)
        case "updated", "modified", "lastmod":
            entry.updated = entry.updated ?? Self.text(reader)
        case "creator":
            entry.addAuthor(Self.text(reader).map(FeedReader.clean))
        case "author":
            if kind == .atom {
                if !isEmpty { authorDepth = depth }
            } else {
                entry.addAuthor(Self.text(reader).flatMap(FeedReader.authorName))
            }
        case "name" where authorDepth != nil:
            entry.addAuthor(Self.text(reader).map(FeedReader.clean))
        default:
            break
        }
        return nil
    }

    private mutating func finishEntry() {
        defer { builder = nil }
        guard let built = builder, feed != nil else { return }
        if kind == .sitemapIndex {
            if let location = built.location, seen.insert(location).inserted { feed!.sitemaps.append(location) }
            return
        }
        guard let entry = built.entry(base: url, now: now), seen.insert(entry.url).inserted else { return }
        feed!.entries.append(entry)
    }

    private static func base(_ reader: xmlTextReaderPtr, _ url: String?) -> String? {
        string(xmlTextReaderConstBaseUri(reader)) ?? url
    }

    private static func text(_ reader: xmlTextReaderPtr) -> String? {
        guard let value = xmlTextReaderReadString(reader) else { return nil }
        defer { newsgraph_xmlFree(value) }
        return String(cString: value)
    }

    private static func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { newsgraph_xmlFree(value) }
        return String(cString: value)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
