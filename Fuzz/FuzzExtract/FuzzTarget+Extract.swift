import FuzzTargets
import NewsGraphCore
import NewsGraphExtract

extension FuzzTarget {
    /// Any bytes, read as UTF-8 (bad sequences replaced), as article text: every entity, quote,
    /// speaker and role lies inside the text, and an entity's text is the text at its offsets
    /// (a byte range that cut a character in two would break both); no two entities share a
    /// character (the graph stage reads the text between neighbours).
    package static let extract = FuzzTarget("extract") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        let record = extractor.extract(ParsedDocument(id: "fuzz", source: "fuzz", title: nil, text: text))
        let scalars = Array(text.unicodeScalars)
        func inside(_ start: Int, _ end: Int) -> Bool { 0 <= start && start <= end && end <= scalars.count }
        for entity in record.entities {
            precondition(inside(entity.start, entity.end) && entity.start < entity.end, "entity offsets")
            var written = String.UnicodeScalarView()
            written.append(contentsOf: scalars[entity.start..<entity.end])
            precondition(String(written) == entity.text, "an entity's text is not the text at its offsets")
        }
        let ordered = record.entities.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (first, second) in zip(ordered, ordered.dropFirst()) {
            precondition(first.end <= second.start, "two entities share characters")
        }
        for quote in record.quotes {
            precondition(inside(quote.start, quote.end), "quote offsets")
            if let start = quote.speakerStart, let end = quote.speakerEnd {
                precondition(inside(start, end), "speaker offsets")
            }
        }
        for role in record.roles {
            precondition(inside(role.start, role.end), "role offsets")
        }
    }

    /// Loaded once: the gazetteer and lexicons are the same for every input.
    private static let extractor = DocumentExtractor()
}
