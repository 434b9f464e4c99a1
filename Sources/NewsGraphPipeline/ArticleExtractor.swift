import NewsGraphCore
import NewsGraphExtract

/// One article through every stage, from Swift code: a page's bytes (or a plain text) in, the
/// record that `newsgraph extract` prints out (text, metadata, language, entities, quotes).
///
/// ```swift
/// let extractor = try ArticleExtractor()
/// switch extractor.extract(html: pageBytes, id: "story-1", url: "https://example.com/story-1") {
/// case .success(let record):
///     for entity in record.entities { print(entity.label, entity.text) }
/// case .failure(let failure):
///     print(failure)  // binary content, an empty page, …: one line saying why
/// }
/// ```
///
/// Make one and share it: the gazetteer is loaded once, and `extract` may be called from many
/// threads at once. For a whole corpus with graph and database, run `newsgraph run`.
public struct ArticleExtractor: Sendable {
    private let processor: DocumentProcessor

    /// `gazetteerFiles`: TSV files of extra names (see the README), added to the built-in
    /// gazetteer. `languages`: ISO 639-1 codes whose articles get entities and quotes (nil: all);
    /// articles in other languages come back with text, metadata and language only.
    public init(gazetteerFiles: [String] = [], languages: Set<String>? = ["en"]) throws {
        let gazetteer = try GazetteerLoader.gazetteer(addingFiles: gazetteerFiles)
        var processor = DocumentProcessor(extractor: DocumentExtractor(gazetteer: gazetteer))
        processor.languages.codes = languages
        self.processor = processor
    }

    /// An HTML page, in whatever encoding it declares (or UTF-8, or Windows-1252).
    public func extract(
        html: [UInt8], id: String, url: String? = nil, charset: String? = nil
    ) -> Result<DocumentRecord, DocumentFailure> {
        let document = SourceDocument(
            id: id, source: url ?? id, format: .html, content: html, declaredCharset: charset, url: url)
        return processor.process(document).result
    }

    /// A plain text; a first line that reads as a headline becomes the title.
    public func extract(text: String, id: String) -> Result<DocumentRecord, DocumentFailure> {
        let document = SourceDocument(id: id, source: id, format: .text, content: Array(text.utf8))
        return processor.process(document).result
    }
}
