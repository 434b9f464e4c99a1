import Foundation
import NewsGraphCore

/// Turns command-line INPUT arguments into the ordered list of inputs to read.
///
/// Folders are walked recursively in sorted order so runs are reproducible. The catalog holds
/// paths only; contents are read later, by the worker that processes each document.
package enum InputCatalog {
    /// Extensions of article files, innermost first; each may be followed by `.gz`.
    static let articleExtensions = ["txt", "html", "htm"]

    /// Why an argument cannot be used at all (a usage error, not a document failure).
    package struct InputError: Error, CustomStringConvertible, Sendable {
        package var description: String

        package init(description: String) { self.description = description }
    }

    package static func items(for arguments: [String]) throws -> [InputItem] {
        var items: [InputItem] = []
        for argument in arguments {
            items += try self.items(for: argument)
        }
        return items
    }

    static func items(for argument: String) throws -> [InputItem] {
        if argument == "-" { return [.records(path: "-")] }
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            return [isFeedAddress(argument) ? .feed(argument) : .url(argument)]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw InputError(description: "no such file or folder: \(argument)")
        }
        if isDirectory.boolValue {
            let found = try walk(folder: argument)
            // A run over nothing is a mistake in the arguments, not a success with no documents.
            guard !found.isEmpty else {
                throw InputError(
                    description:
                        "no supported files in \(argument) (looked for .txt, .html, .htm, each optionally .gz, "
                        + ".jsonl, .warc, .warc.gz and .urls)")
            }
            return found
        }
        if isRecordFile(argument) { return [.records(path: argument)] }
        if isWARCFile(argument) { return [.warc(path: argument)] }
        if isFeedFile(argument) { return [.feed(argument)] }
        let name = (argument as NSString).lastPathComponent
        // `urls.txt` is a list only when named directly; inside a folder it could be an article.
        if isURLListFile(argument) || name.lowercased() == "urls.txt" { return [.urlList(path: argument)] }
        return [.file(path: argument, id: documentID(forRelativePath: name))]
    }

    /// Every article file under `folder`, with ids relative to it.
    static func walk(folder: String) throws -> [InputItem] {
        // The enumerator lists a link to a folder as one entry: walk what it points to, and
        // keep the path as given in the items (links inside are not followed, so no loops).
        let root = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw InputError(description: "cannot read folder: \(folder)")
        }
        var relativePaths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if isArticleFile(relative) || isRecordFile(relative) || isWARCFile(relative) || isURLListFile(relative) {
                relativePaths.append(relative)
            }
        }
        relativePaths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return relativePaths.compactMap { relative in
            let path = base + relative
            var isDirectory: ObjCBool = false
            // A dangling link is kept: reading it fails and the report names it.
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) || isSymbolicLink(path)
            else { return nil }
            if isDirectory.boolValue { return nil }
            if isRecordFile(relative) { return .records(path: path) }
            if isWARCFile(relative) { return .warc(path: path) }
            if isURLListFile(relative) { return .urlList(path: path) }
            return .file(path: path, id: documentID(forRelativePath: relative))
        }
    }

    /// `politics/001.txt.gz` → `politics/001`.
    package static func documentID(forRelativePath path: String) -> String {
        var id = path
        for suffix in [".gz", ".html", ".htm", ".txt"] where id.lowercased().hasSuffix(suffix) {
            id.removeLast(suffix.count)
        }
        return id
    }

    static func isArticleFile(_ path: String) -> Bool {
        var lowered = path.lowercased()
        if lowered.hasSuffix(".gz") { lowered.removeLast(3) }
        return articleExtensions.contains { lowered.hasSuffix("." + $0) }
    }

    static func isWARCFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".warc") || lowered.hasSuffix(".warc.gz")
    }

    /// A feed or sitemap file named as INPUT: `.rss`, `.atom`, `.rdf`, `.xml` (each optionally
    /// `.gz`), a name ending in `feed.json` (`feed.json` itself, as JSON Feed publishers name it),
    /// or `robots.txt` (its `Sitemap:` lines).
    static func isFeedFile(_ path: String) -> Bool {
        var lowered = path.lowercased()
        if lowered.hasSuffix("/robots.txt") || lowered == "robots.txt" || lowered.hasSuffix("feed.json") {
            return true
        }
        if lowered.hasSuffix(".gz") { lowered.removeLast(3) }
        return [".rss", ".atom", ".rdf", ".xml"].contains { lowered.hasSuffix($0) }
    }

    /// An address that names a feed or sitemap by its path: a feed file's name, or a last
    /// segment `feed`, `rss` or `atom` (`https://example.com/news/feed/`).
    package static func isFeedAddress(_ address: String) -> Bool {
        guard let url = URL(string: address) else { return false }
        let path = url.path.lowercased()
        if isFeedFile(path) { return true }
        return ["feed", "rss", "atom"].contains(url.lastPathComponent.lowercased())
    }

    static func isURLListFile(_ path: String) -> Bool { path.lowercased().hasSuffix(".urls") }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    static func isRecordFile(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".jsonl.gz")
    }

    /// The format implied by a file name: HTML for `.html`/`.htm`, otherwise text.
    package static func format(forPath path: String) -> SourceDocument.Format {
        var lowered = path.lowercased()
        if lowered.hasSuffix(".gz") { lowered.removeLast(3) }
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .html : .text
    }
}
