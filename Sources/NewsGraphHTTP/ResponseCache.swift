import Foundation
import NewsGraphFetch

/// An on-disk cache of fetched pages, keyed by URL, revalidated with `ETag` / `Last-Modified`.
///
/// Every fetch of a cached URL still asks the server, with `If-None-Match` /
/// `If-Modified-Since`; a `304 Not Modified` answer costs no body and the cached bytes are used.
/// There is no freshness lifetime (`max-age`): a re-run sees changed pages. Layout:
/// `DIR/ab/abcdef0123456789.body` and `.meta` (the URL, validators and content type, one
/// `name: value` a line), where the name is the FNV-1a hash of the URL. Files are written to a
/// temporary name and renamed, so a crash never leaves half an entry.
package struct ResponseCache: Sendable {
    package let directory: String

    package struct Entry: Sendable, Equatable {
        package var url: String
        package var etag: String?
        package var lastModified: String?
        package var contentType: String?
        package var body: [UInt8]
    }

    package init(directory: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    package func entry(for url: String) -> Entry? {
        let base = path(for: url)
        guard let meta = try? String(contentsOfFile: base + ".meta", encoding: .utf8),
            let body = try? Data(contentsOf: URL(fileURLWithPath: base + ".body"))
        else { return nil }
        var fields: [String: String] = [:]
        for line in meta.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...].dropFirst())
        }
        guard fields["url"] == url else { return nil }  // a hash collision: not ours
        return Entry(
            url: url, etag: fields["etag"], lastModified: fields["last-modified"],
            contentType: fields["content-type"], body: [UInt8](body))
    }

    /// Stores a `200` response; only worth it when the server gave a validator.
    package func store(_ entry: Entry) {
        let base = path(for: entry.url)
        let folder = (base as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var meta = "url: \(entry.url)\n"
        if let etag = entry.etag { meta += "etag: \(etag)\n" }
        if let lastModified = entry.lastModified { meta += "last-modified: \(lastModified)\n" }
        if let contentType = entry.contentType { meta += "content-type: \(contentType)\n" }
        let temporary = "." + UUID().uuidString
        do {
            try Data(entry.body).write(to: URL(fileURLWithPath: base + temporary + ".body"))
            try Data(meta.utf8).write(to: URL(fileURLWithPath: base + temporary + ".meta"))
            rename(base + temporary + ".body", base + ".body")
            rename(base + temporary + ".meta", base + ".meta")
        } catch {
            unlink(base + temporary + ".body")
            unlink(base + temporary + ".meta")
        }
    }

    func path(for url: String) -> String {
        let name = ContentHash.hex(ContentHash.fnv1a64(url.utf8))
        return directory + "/" + name.prefix(2) + "/" + name
    }
}
