import Foundation
import NewsGraphCore

/// The parse stage: raw bytes in, article text and metadata out.
package struct ArticleParser: Sendable {
    /// Pages longer than this are refused rather than parsed (libxml2 needs several times the
    /// page size in memory).
    package var maximumHTMLBytes: Int

    package init(maximumHTMLBytes: Int = 50 << 20) {
        self.maximumHTMLBytes = maximumHTMLBytes
    }

    package func parse(_ document: SourceDocument) -> Result<ParsedDocument, DocumentFailure> {
        func failure(_ kind: DocumentFailure.Kind, _ message: String) -> Result<ParsedDocument, DocumentFailure> {
            .failure(DocumentFailure(id: document.id, source: document.source, kind: kind, message: message))
        }
        if document.content.isEmpty { return failure(.empty, "the document is empty") }
        if TextDecoding.looksBinary(document.content) {
            return failure(.notText, "the content is binary, not text or HTML")
        }
        let decoded = TextDecoding.decode(
            document.content, declared: document.declaredCharset, sniffHTML: document.format == .html
        )
        let fallback = decoded.fellBack ? decoded.encoding.rawValue : nil
        switch document.format {
        case .text:
            let text = Self.normalizeLineEndings(decoded.utf8)
            guard text.contains(where: { $0 > 0x20 }) else { return failure(.empty, "the document has no text") }
            let string = String(decoding: text, as: UTF8.self)
            return .success(
                ParsedDocument(
                    id: document.id, source: document.source, title: Self.headline(of: string), text: string,
                    decodingFallback: fallback, mojibakeRepaired: decoded.mojibakeRepaired
                )
            )
        case .html:
            guard decoded.utf8.count <= maximumHTMLBytes else {
                return failure(
                    .tooLarge, "the page is \(decoded.utf8.count) bytes, over the \(maximumHTMLBytes)-byte limit")
            }
            let page: PageStructure
            do {
                page = try PageReader.read(utf8: decoded.utf8)
            } catch {
                return failure(.parse, "\(error)")
            }
            let linkedData = page.jsonLD.isEmpty ? nil : LinkedDataArticle.read(scripts: page.jsonLD)
            let title = MetadataReader.title(of: page, linkedData: linkedData)
            let titles = [title, page.titleElementText].compactMap { $0 }
            let container = ContentExtractor.articleBlocks(of: page, titles: titles)
            var blocks = container ?? []
            if let declaredBody = linkedData?.articleBody {
                blocks = DeclaredBodyMatcher.reconcile(
                    chosen: blocks, page: page, declaredBody: declaredBody, titles: titles)
            }
            // A page cannot be published after it was fetched: the crawl time bounds its dates.
            let crawled = document.date.flatMap(DateNormalizer.date(of:)).map { min($0, Date()) } ?? Date()
            var metadata = MetadataReader.metadata(of: page, linkedData: linkedData, url: document.url, now: crawled)
            blocks = BlockCleaner.withoutAuthorBios(blocks, authors: metadata.authors)
            var text = ArticleFallback.joined(blocks)
            // Without a container, any text so far is the page's blocks that repeat the declared body.
            metadata.extraction = container == nil ? "declared" : "container"
            if text.count < ArticleFallback.minimumContainerText {
                if let declared = ArticleFallback.declaredText(
                    articleBody: linkedData?.articleBody, page: decoded.utf8),
                    declared.count > text.count
                {
                    text = declared
                    metadata.extraction = "declared"
                } else if container == nil || text.count < ArticleFallback.minimumSentence {
                    let visible = ArticleFallback.visibleText(of: page)
                    if visible.count > text.count || container == nil {
                        text = visible
                        metadata.extraction = "fallback"
                    }
                }
            }
            if text.isEmpty && title == nil { return failure(.empty, "no article text found in the page") }
            // Damage written as character references (`&acirc;&euro;&trade;`) shows only once
            // libxml2 has decoded them, so the text is checked again.
            let textRepair = MojibakeRepair.repair(text)
            text = textRepair.bytes
            let repaired = decoded.mojibakeRepaired + textRepair.repaired
            let headline = MetadataReader.displayTitle(of: page, linkedData: linkedData, siteName: metadata.siteName)
            return .success(
                ParsedDocument(
                    id: document.id, source: document.source, title: headline ?? title,
                    text: String(decoding: text, as: UTF8.self), metadata: metadata, decodingFallback: fallback,
                    mojibakeRepaired: repaired
                )
            )
        }
    }

    /// `\r\n` and lone `\r` become `\n`, so offsets agree with what every reader sees.
    static func normalizeLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        // memchr first: most texts have no carriage return, and a byte-by-byte search of every
        // article was a seventh of parsing one.
        let firstCarriageReturn = bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0x0D, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        guard var carriageReturn = firstCarriageReturn else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var runStart = 0
        // Whole runs between carriage returns copied at once.
        while true {
            output.append(contentsOf: bytes[runStart..<carriageReturn])
            output.append(0x0A)
            runStart = carriageReturn + 1
            if runStart < bytes.count && bytes[runStart] == 0x0A { runStart += 1 }
            guard let next = bytes[runStart...].firstIndex(of: 0x0D) else { break }
            carriageReturn = next
        }
        output.append(contentsOf: bytes[runStart...])
        return output
    }

    /// The first line of a plain-text article when it reads as a headline: short, followed by
    /// a blank line or more text, and not ending like a sentence.
    static func headline(of text: String) -> String? {
        // On the bytes: Foundation's string search and trimming cost more than the rest of parsing
        // a plain-text article.
        let bytes = text.utf8
        guard let firstNewline = bytes.firstIndex(of: 0x0A) else { return nil }
        var lineStart = bytes.startIndex
        var lineEnd = firstNewline
        if lineStart == lineEnd {
            // Leading blank lines: the headline is the first line with text.
            guard let start = bytes[firstNewline...].firstIndex(where: { $0 != 0x0A }) else { return nil }
            lineStart = start
            lineEnd = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
        }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        while lineStart < lineEnd, isSpace(bytes[lineStart]) { lineStart = bytes.index(after: lineStart) }
        while lineEnd > lineStart, isSpace(bytes[bytes.index(before: lineEnd)]) {
            lineEnd = bytes.index(before: lineEnd)
        }
        let line = Substring(text[lineStart..<lineEnd])
        guard !line.isEmpty, line.count <= 200 else { return nil }
        if let last = line.last, ".!?:;,".contains(last) || line.hasSuffix(".\"") { return nil }
        return String(line)
    }
}
