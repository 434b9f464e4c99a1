import CLibXML2
import NewsGraphCore

/// Parses HTML with libxml2 and walks the tree once into a ``PageStructure``.
///
/// Parse, walk and free happen in one synchronous call, so no libxml2 pointer outlives it and
/// the result is a plain Sendable value.
enum PageReader {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// Call once per process before any parse: libxml2's global state is set up here.
    static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// `utf8` must already be UTF-8: the encoding is decided before libxml2 sees the bytes.
    /// `dataScripts`: also keep the bodies of JSON data scripts (see ``PageStructure/dataScripts``).
    static func read(utf8: [UInt8], dataScripts: Bool = false) throws -> PageStructure {
        precondition(initialised)
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        )
        // Both repairs keep every offset; each returns nil, and copies nothing, on most pages.
        let renamed = AttributeNameRepair.repaired(utf8) ?? utf8
        let page = EarlyDocumentEnd.blanked(renamed) ?? renamed
        var document = parse(page, options: options)
        if stoppedAtDepthLimit() {
            // The text below libxml2's depth limit is lost: the page is read again without its nesting.
            if let document { xmlFreeDoc(document) }
            document = parse(NestingFlattener.flattened(page), options: options)
            if stoppedAtDepthLimit() {
                if let document { xmlFreeDoc(document) }
                throw ParseError(
                    description: "the page nests elements over 256 deep (libxml2's limit) even without its containers")
            }
        }
        guard let document else { throw ParseError(description: "libxml2 could not parse the page") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw ParseError(description: "the page has no root element")
        }
        var walker = TreeWalker()
        walker.keepsDataScripts = dataScripts
        walker.walk(root)
        return walker.page
    }

    /// libxml2's own parse, its last error cleared first so ``stoppedAtDepthLimit()`` reads this one.
    private static func parse(_ page: [UInt8], options: Int32) -> htmlDocPtr? {
        xmlResetLastError()
        return page.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
    }

    /// Whether the last parse stopped at libxml2's nesting limit, which halts the parser and
    /// leaves the tree built so far (the thread's last error says so; the tree does not).
    private static func stoppedAtDepthLimit() -> Bool {
        guard let error = xmlGetLastError(), error.pointee.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue),
            let message = error.pointee.message
        else { return false }
        return String(cString: message).contains("Excessive depth")
    }
}
