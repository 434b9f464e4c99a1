import NewsGraphCore

/// The extract stage: article text in, entities and quotes out, as the document record.
package struct DocumentExtractor: Sendable {
    package let recognizer: EntityRecognizer
    package let quotes: QuoteExtractor

    package init(gazetteer: Gazetteer = GazetteerLoader.builtin) {
        recognizer = EntityRecognizer(gazetteer: gazetteer)
        quotes = QuoteExtractor()
    }

    package func extract(_ document: ParsedDocument) -> DocumentRecord {
        let utf8 = Array(document.text.utf8)
        let analysis = TextAnalysis(text: utf8)
        let mentions = recognizer.recognize(analysis)
        let findings = quotes.extract(analysis, mentions: mentions)
        let index = CodePointIndex(utf8: utf8)
        func offset(_ byte: Int) -> Int { index.codePointOffset(ofByte: byte) }

        let entities = mentions.map { mention in
            EntityMention(
                start: offset(mention.byteRange.lowerBound), end: offset(mention.byteRange.upperBound),
                label: mention.label, text: String(decoding: utf8[mention.byteRange], as: UTF8.self),
                entity: mention.entity, sentence: mention.sentence
            )
        }
        // A link names a quote that is still there: the earlier part may have been dropped.
        let starts = Set(findings.map(\.content.lowerBound))
        let quotes = findings.map { finding in
            Quote(
                start: offset(finding.content.lowerBound), end: offset(finding.content.upperBound), kind: finding.kind,
                cue: finding.cue, speaker: finding.speakerName,
                speakerStart: finding.speakerRange.map { offset($0.lowerBound) },
                speakerEnd: finding.speakerRange.map { offset($0.upperBound) },
                speakerEntity: finding.speakerEntity,
                continues: finding.continues.flatMap { starts.contains($0) ? offset($0) : nil }
            )
        }
        let tokens = analysis.tokens
        let roles = RoleFinder(analysis: analysis, mentions: mentions, gazetteer: recognizer.gazetteer).find().map {
            Role(
                start: offset(Int(tokens[$0.titleTokens.lowerBound].start)),
                end: offset(Int(tokens[$0.titleTokens.upperBound - 1].end)), title: $0.title, person: $0.person,
                organisation: $0.organisation)
        }
        return DocumentRecord(
            id: document.id, source: document.source, title: document.title, text: document.text,
            metadata: document.metadata, entities: entities, quotes: quotes, roles: roles
        )
    }
}
