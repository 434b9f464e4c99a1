import CLibXML2
import Foundation

/// Feed auto-discovery: the feeds a site's page announces with
/// `<link rel="alternate" type="application/rss+xml" href="…">` (or Atom, or JSON Feed), so a
/// home page can stand in a list of feeds.
package enum FeedLinks {
    static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml",
    ]

    /// The absolute addresses of the page's feed links, in page order, each once.
    package static func alternates(inPage bytes: [UInt8], url: String?) -> [String] {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), url, nil, options)
            }
        }
        guard let document else { return [] }
        defer { xmlFreeDoc(document) }
        var found: [String] = []
        // Iterative walk: a page's nesting can be deeper than the stack allows.
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(document) { stack.append(root) }
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name,
                String(cString: name).lowercased() == "link",
                let rel = attribute(node, "rel"),
                rel.lowercased().split(separator: " ").contains("alternate"),
                let type = attribute(node, "type"), feedTypes.contains(type.lowercased()),
                let address = FeedReader.absolute(attribute(node, "href"), base: url), !found.contains(address)
            {
                found.append(address)
            }
            var child = node.pointee.last
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append(current) }
                child = current.pointee.prev
            }
        }
        return found
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { newsgraph_xmlFree(value) }
        return String(cString: value)
    }
}
