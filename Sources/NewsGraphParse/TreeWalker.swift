import CLibXML2
import NewsGraphCore

/// The state of one walk over a libxml2 tree.
struct TreeWalker {
    var page = PageStructure()
    var keepsDataScripts = false
    /// Text of the open block elements, innermost last, with the element each belongs to.
    private var buffers: [(element: Int32, tag: HTMLTag, text: [UInt8], linkBytes: Int, pendingSpace: Bool)] = []
    private(set) var openElements: [Int32] = []
    private var linkDepth = 0
    /// Inside a short inline element that is hidden or marked as furniture (a caption or share
    /// label within a paragraph): its text is left out of the block. Long ones are left alone:
    /// custom elements are inline to the parser and may wrap a whole article.
    private var suppressing: [Int32] = []
    private var preDepth = 0
    private var headingDepth = 0
    /// Open anchors to places on this page inside headings, whose text is not link text.
    private var pageAnchors: Set<Int32> = []

    /// Hidden segments of a page rendered in streamed parts (`<div hidden id="S:1">`), by the
    /// id after `S:`, read where their placeholder stands, as the page's script moves them: a
    /// boundary's (`<template id="B:1">`) or a segment's own (`<template id="P:1">`).
    private var streamedSegments: [[UInt8]: xmlNodePtr] = [:]
    private var placedSegments: Set<[UInt8]> = []

    mutating func walk(_ root: xmlNodePtr) {
        buffers.append((-1, .container, [], 0, false))
        findStreamedSegments(root)
        walkTree(root)
        flush()
    }

    private mutating func findStreamedSegments(_ root: xmlNodePtr) {
        var child = root.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name {
                if HTMLTag.classify(name) == .body {
                    findStreamedSegments(current)
                } else if let id = Self.streamedID(current, prefix: UInt8(ascii: "S")) {
                    streamedSegments[id] = current
                }
            }
            child = current.pointee.next
        }
    }

    /// The part after `S:`, `B:` or `P:` of an element's id, for `prefix` S, B or P.
    private static func streamedID(_ node: xmlNodePtr, prefix: UInt8) -> [UInt8]? {
        guard let id = ElementAttributes(node)[.id], id[0] == prefix, id[1] == UInt8(ascii: ":") else { return nil }
        var bytes: [UInt8] = []
        var index = 2
        while id[index] != 0 && bytes.count < 32 {
            bytes.append(id[index])
            index += 1
        }
        return bytes
    }

    private mutating func walkTree(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        while let current = node {
            let descend = enter(current)
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            if descend { exit(current) }
            var next: xmlNodePtr? = current
            node = nil
            while let candidate = next {
                if candidate == root { break }
                if let sibling = candidate.pointee.next {
                    node = sibling
                    break
                }
                next = candidate.pointee.parent
                if let parent = next { exit(parent) }
                if next == root { break }
            }
        }
    }

    /// Handles the start of a node; returns true when its children should be visited.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { appendText(content) }
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        guard let name = node.pointee.name else { return false }
        let tag = HTMLTag.classify(name)
        let attributes = ElementAttributes(node)
        switch tag {
        case .skipped:
            if !streamedSegments.isEmpty,
                let id = Self.streamedID(node, prefix: UInt8(ascii: "B"))
                    ?? Self.streamedID(node, prefix: UInt8(ascii: "P")),
                let segment = streamedSegments.removeValue(forKey: id)
            {
                placedSegments.insert(id)
                var child = segment.pointee.children
                while let current = child {
                    walkTree(current)
                    child = current.pointee.next
                }
            }
            return false
        case .script:
            if attributes.value(.type, contains: "ld+json"), let text = textContent(node) {
                page.jsonLD.append(text)
            } else if keepsDataScripts, attributes.value(.type, contains: "json"), let text = textContent(node) {
                page.dataScripts.append(text)
            }
            return false
        case .title:
            if page.titleElementText == nil, let text = textContent(node) { page.titleElementText = collapse(text) }
            return false
        case .meta:
            if let content = attributes.string(.content),
                let key = attributes.string(.property) ?? attributes.string(.name) ?? attributes.string(.itemprop)
            {
                let name = key.lowercased()
                // Remix-style pages write their JSON-LD as `<meta name="script:ld+json" content="{…}">`.
                if name == "script:ld+json" {
                    page.jsonLD.append(content)
                } else {
                    page.metaTags.append((name, content))
                }
            }
            return false
        case .link:
            if page.canonicalURL == nil, attributes.value(.rel, equals: "canonical") {
                page.canonicalURL = attributes.string(.href)
            }
            return false
        case .lineBreak:
            if !buffers.isEmpty, !buffers[buffers.count - 1].text.isEmpty {
                buffers[buffers.count - 1].text.append(UInt8(ascii: "\n"))
                buffers[buffers.count - 1].pendingSpace = false
            }
            return false
        case .html:
            page.language = attributes.string(.lang)
        case .time:
            readTime(node, attributes)
        default:
            break
        }
        // Hidden elements are read as furniture, not skipped: pages rendered in streamed parts
        // hold the whole article in a hidden element that a script moves into place.
        var hidden = false
        if !placedSegments.isEmpty, let id = Self.streamedID(node, prefix: UInt8(ascii: "S")),
            placedSegments.contains(id)
        {
            return false  // already read at its placeholder
        }
        if !attributes.isEmpty {
            hidden = Self.isHidden(attributes)
            if !hidden { readMicrodata(node, attributes, tag: tag) }
        }
        let evidence =
            hidden || tag == .furniture
            ? (hint: PageStructure.Element.structuralFurniture, namesLinks: false)
            : BoilerplateHints.evidence(attributes)
        let hint = evidence.hint
        let parent = openElements.last ?? -1
        let index = Int32(page.elements.count)
        page.elements.append(
            PageStructure.Element(
                parent: parent, tag: tag, hint: hint, classHash: Self.hash(attributes[.class]),
                namesLinks: evidence.namesLinks))
        openElements.append(index)
        if tag == .heading, name[1] == UInt8(ascii: "1") {
            page.headingBlocks.append(page.blocks.count)
            page.headings1.append(collapse(headingText(node)))
        }
        if tag == .anchor {
            if let href = attributes[.href],
                headingDepth > 0 ? href[0] == UInt8(ascii: "#") : isPlaceOnPage(href) && Self.wrapsHeading(node)
            {
                // A heading's permalink, or a heading wrapped in a link to its own place on
                // this page (a section anchor): not a link away.
                pageAnchors.insert(index)
            } else {
                linkDepth += 1
            }
        }
        if tag == .heading { headingDepth += 1 }
        if tag == .preformatted { preDepth += 1 }
        if hint <= -2 && !tag.isBlock {
            var length = 0
            if Self.textLength(node, upTo: 300, length: &length, depth: 0) {
                suppressing.append(index)
            }
        }
        if tag.isBlock {
            flush()
            buffers.append((index, tag, [], 0, false))
        }
        return true
    }

    private mutating func exit(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE, let index = openElements.popLast() else { return }
        let tag = page.elements[Int(index)].tag
        if tag == .anchor && (pageAnchors.isEmpty || pageAnchors.remove(index) == nil) { linkDepth -= 1 }
        if tag == .heading { headingDepth -= 1 }
        if tag == .preformatted { preDepth -= 1 }
        if suppressing.last == index {
            suppressing.removeLast()
        }
        if tag.isBlock {
            flush()
            buffers.removeLast()
        }
    }

    /// Emits the innermost buffer's text as a block and empties it.
    private mutating func flush() {
        guard var top = buffers.last else { return }
        while let last = top.text.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\n") {
            top.text.removeLast()
        }
        if !top.text.isEmpty {
            let element = top.element >= 0 ? top.element : 0
            page.blocks.append(
                PageStructure.Block(
                    element: element, tag: top.tag, text: top.text, linkBytes: min(top.linkBytes, top.text.count))
            )
        }
        buffers[buffers.count - 1].text.removeAll(keepingCapacity: true)
        buffers[buffers.count - 1].linkBytes = 0
        buffers[buffers.count - 1].pendingSpace = false
    }

    /// Appends text with runs of whitespace (and no-break spaces) collapsed to one space.
    private mutating func appendText(_ content: UnsafePointer<UInt8>) {
        guard suppressing.isEmpty else { return }
        let top = buffers.count - 1
        var index = 0
        var added = 0
        while content[index] != 0 {
            let byte = content[index]
            let isSpace: Bool
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                isSpace = true
                if preDepth > 0 && byte == 0x0A {
                    buffers[top].text.append(0x0A)
                    buffers[top].pendingSpace = false
                    index += 1
                    continue
                }
            } else if byte == 0xC2 && content[index + 1] == 0xA0 {
                isSpace = true
                index += 1
            } else {
                isSpace = false
            }
            if isSpace {
                if !buffers[top].text.isEmpty { buffers[top].pendingSpace = true }
            } else {
                if buffers[top].pendingSpace, let last = buffers[top].text.last, last != 0x0A {
                    buffers[top].text.append(0x20)
                    added += 1
                }
                buffers[top].pendingSpace = false
                buffers[top].text.append(byte)
                added += 1
            }
            index += 1
        }
        if linkDepth > 0 { buffers[top].linkBytes += added }
    }

    /// `#…`, or this page's own address (as its canonical link gives it) followed by `#…`.
    private func isPlaceOnPage(_ href: UnsafePointer<UInt8>) -> Bool {
        if href[0] == UInt8(ascii: "#") { return true }
        guard let canonical = page.canonicalURL?.utf8 else { return false }
        var length = 0
        while href[length] != 0 && href[length] != UInt8(ascii: "#") { length += 1 }
        guard href[length] == UInt8(ascii: "#"), length > 1 else { return false }
        var address = canonical[...]
        if address.last == UInt8(ascii: "/") && href[length - 1] != UInt8(ascii: "/") { address = address.dropLast() }
        return address.count >= length
            && address.suffix(length).elementsEqual(UnsafeBufferPointer(start: href, count: length))
    }

    /// True when the element's first child element is a heading.
    private static func wrapsHeading(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let name = current.pointee.name {
                return HTMLTag.classify(name) == .heading
            }
            child = current.pointee.next
        }
        return false
    }

    /// FNV-1a of a NUL-terminated class value without its digits, folded to 32 bits; 0 for
    /// none. Templates number the parts of one kind (`row_1`, `row_2`), which stay one kind.
    private static func hash(_ value: UnsafePointer<UInt8>?) -> UInt32 {
        guard let value, value[0] != 0 else { return 0 }
        var hash = FNV1a.offsetBasis
        var index = 0
        while value[index] != 0 {
            let byte = value[index]
            if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { hash = (hash ^ UInt64(byte)) &* FNV1a.prime }
            index += 1
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32)) | 1
    }

    private static func isHidden(_ attributes: ElementAttributes) -> Bool {
        if attributes.has(.hidden) { return true }
        if attributes.value(.ariaHidden, equals: "true") { return true }
        if let style = attributes[.style] {
            var compact: [UInt8] = []
            var index = 0
            while style[index] != 0, compact.count < 400 {
                if style[index] != 0x20 { compact.append(BoilerplateHints.lowercased(style[index])) }
                index += 1
            }
            compact.append(0)
            return compact.withUnsafeBufferPointer { buffer in
                let pointer = buffer.baseAddress!
                return ElementAttributes.contains(pointer, "display:none", 12)
                    || ElementAttributes.contains(pointer, "visibility:hidden", 17)
            }
        }
        return false
    }
}
