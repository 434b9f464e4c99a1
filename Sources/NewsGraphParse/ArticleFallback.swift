import Foundation

/// What a page's text is when the scored container yields almost nothing: the body the page
/// declares (JSON-LD `articleBody`, or the longest prose in an inline JSON data island such as
/// a single-page app's `__NEXT_DATA__`), else its densest text, else all of its text. An
/// article page never comes out empty while it has text somewhere.
enum ArticleFallback {
    /// Container text shorter than this (in bytes) is checked against the fallbacks.
    static let minimumContainerText = 200
    /// Container text shorter than this is not an article at all, and the page's visible text
    /// replaces it when the page declares no body.
    static let minimumSentence = 50

    /// The declared body as text with paragraphs, or nil when the page declares none.
    static func declaredText(articleBody: String?, page utf8: [UInt8]) -> [UInt8]? {
        if let articleBody, let text = plainText(of: articleBody), text.count >= minimumContainerText {
            return text
        }
        guard let page = try? PageReader.read(utf8: utf8, dataScripts: true), !page.dataScripts.isEmpty else {
            return nil
        }
        var longest: String?
        for script in page.dataScripts {
            guard let data = script.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            visitStrings(json, depth: 0) { string in
                if string.utf8.count > (longest?.utf8.count ?? 0), looksLikeProse(string) { longest = string }
            }
        }
        guard let longest, let text = plainText(of: longest), text.count >= minimumContainerText else { return nil }
        return text
    }

    /// The page's blocks outside furniture with few links, or, when there are none, every block.
    static func visibleText(of page: PageStructure) -> [UInt8] {
        let furniture = ContentExtractor.furniture(of: page).flags
        let dense = page.blocks.filter { !furniture[Int($0.element)] && $0.linkDensity < 0.5 }
        return joined(dense.isEmpty ? page.blocks : dense)
    }

    static func joined(_ blocks: [PageStructure.Block]) -> [UInt8] {
        var text: [UInt8] = []
        for block in blocks {
            if !text.isEmpty { text += [0x0A, 0x0A] }
            text += block.text
        }
        return text
    }

    /// A declared body may be plain text or HTML; either way it is read as a page fragment,
    /// which decodes entities, drops tags and keeps paragraphs apart.
    private static func plainText(of body: String) -> [UInt8]? {
        let bytes = Array(body.utf8)
        guard bytes.contains(UInt8(ascii: "<")) || bytes.contains(UInt8(ascii: "&")) else {
            return paragraphs(bytes)
        }
        let wrapped = Array("<html><body>".utf8) + bytes + Array("</body></html>".utf8)
        guard let fragment = try? PageReader.read(utf8: wrapped) else { return nil }
        let text = joined(fragment.blocks)
        return text.isEmpty ? nil : text
    }

    /// Plain text with its line breaks kept as paragraph breaks and runs of spaces collapsed.
    private static func paragraphs(_ bytes: [UInt8]) -> [UInt8] {
        var text: [UInt8] = []
        var pendingBreak = false
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x0A || byte == 0x0D {
                pendingBreak = !text.isEmpty
            } else if byte == 0x20 || byte == 0x09 {
                pendingSpace = !text.isEmpty
            } else {
                if pendingBreak {
                    text += [0x0A, 0x0A]
                } else if pendingSpace {
                    text.append(0x20)
                }
                pendingBreak = false
                pendingSpace = false
                text.append(byte)
            }
        }
        return text
    }

    /// Prose: long, mostly words separated by spaces, with sentence ends; not a URL, code or
    /// an encoded blob.
    private static func looksLikeProse(_ string: String) -> Bool {
        let bytes = string.utf8
        guard bytes.count >= 400 else { return false }
        var spaces = 0
        var sentenceEnds = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x20 {
                spaces += 1
                if previous == UInt8(ascii: ".") || previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!") {
                    sentenceEnds += 1
                }
            }
            previous = byte
        }
        return spaces * 12 >= bytes.count && sentenceEnds >= 3
    }

    private static func visitStrings(_ value: Any, depth: Int, _ body: (String) -> Void) {
        guard depth < 64 else { return }
        if let string = value as? String {
            body(string)
        } else if let array = value as? [Any] {
            for element in array { visitStrings(element, depth: depth + 1, body) }
        } else if let object = value as? [String: Any] {
            for (_, element) in object { visitStrings(element, depth: depth + 1, body) }
        }
    }
}
