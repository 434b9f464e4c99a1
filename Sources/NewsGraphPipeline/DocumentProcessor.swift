import NewsGraphCore
import NewsGraphExtract
import NewsGraphFetch
import NewsGraphGraph
import NewsGraphHTTP
import NewsGraphLanguage
import NewsGraphParse
import NewsGraphStore

/// Carries one document through fetch, parse and extract. Pure apart from reading its input,
/// so many run at once.
package struct DocumentProcessor: Sendable {
    package var loader = FileLoader()
    package var parser = ArticleParser()
    package var extractor: DocumentExtractor
    /// Stop after the parse stage (records with text and metadata, no entities or quotes).
    package var onlyParse = false
    /// `--languages`: documents in other languages keep text, metadata and language but get no
    /// entities or quotes.
    package var languages = LanguageSelection()
    /// `--resume`: ``ResumeState/key(id:hash:)`` of documents already in the output; they are
    /// read, hashed and skipped.
    package var alreadyDone: Set<String> = []
    /// `--resume`: JSON-encoded ids already in the output. An article a feed announces is
    /// skipped by its address before it is fetched (a daily run fetches only new articles).
    package var alreadyDoneIDs: Set<String> = []
    /// Hash each document's bytes (``Outcome/contentHash``) for `run`'s resume state; `extract`
    /// and the benchmark have no use for it.
    package var hashesContent = false
    /// Also encode the record's JSONL line in the worker: the writer is one thread, and
    /// encoding is its heaviest per-record job.
    package var encodesJSON = false
    /// For a run that builds a graph: also resolve the record's keys within the document,
    /// summarise it for the graph and prepare its database rows (``Outcome/forGraph``) in the
    /// worker, so the one thread that merges documents and the one that writes rows do the least.
    package var graphOptions: GraphOptions?
    /// Sketch each record's text (``Outcome/signature``) so the run can find near-duplicates.
    package var signsText = false
    /// With ``graphOptions`` and ``signsText``, in a run whose graph leaves copies out: the texts
    /// earlier documents had. A document with one of them is marked a copy by the sink, so its
    /// worker leaves out its summary (``Outcome/forGraph``).
    package var earlierTexts: EarlierTexts?

    package init(extractor: DocumentExtractor = DocumentExtractor(), onlyParse: Bool = false) {
        self.extractor = extractor
        self.onlyParse = onlyParse
    }

    /// What became of one document.
    package struct Outcome: Sendable {
        package var result: Result<DocumentRecord, DocumentFailure>
        package var inputBytes = 0
        package var decodingFallback: String?
        /// Characters the parse stage repaired from double-encoded UTF-8.
        package var mojibakeRepaired = 0
        package var timings = StageTimings()
        /// ``ContentHash`` of the bytes read, for `--resume`.
        package var contentHash: String?
        /// Already in the output (`--resume`): not processed again.
        package var skipped = false
        /// With ``DocumentProcessor/encodesJSON``: the record as a JSONL line.
        package var jsonLine: [UInt8]?
        /// With ``DocumentProcessor/graphOptions``: the record after
        /// ``EntityResolver/resolvingWithinDocument(_:)``, summarised for the graph and made
        /// ready for the database; no summary for a text ``DocumentProcessor/earlierTexts`` had.
        package var forGraph: (summary: DocumentSummary?, rows: StoreRecord)?
        /// With ``DocumentProcessor/signsText``: the text's shingle sketch (nil without words).
        package var signature: ShingleSignature?
    }

    /// `slots`: taken once the document's bytes are in hand, for its CPU stages; `position`: its
    /// place in input order.
    func process(
        _ work: DocumentFeed.Work, fetcher: URLFetcher?, slots: WorkerSlots? = nil, position: Int? = nil
    ) async -> Outcome {
        let clock = ContinuousClock()
        var outcome = Outcome(result: .failure(DocumentFailure(id: "", source: "", kind: .unreadable, message: "")))
        let fetchStart = clock.now
        let source: Result<SourceDocument, DocumentFailure>
        var feedEntry: FeedEntry?
        switch work {
        case .file, .document, .recordLine, .failure: source = localSource(work)
        case .feedEntry(let entry):
            feedEntry = entry
            if alreadyDoneIDs.contains(ResumeState.encode(entry.url)) {
                outcome.skipped = true
                outcome.result = .failure(
                    DocumentFailure(id: entry.url, source: entry.url, kind: .empty, message: "already done"))
                return outcome
            }
            source =
                await fetcher?.fetch(entry.url)
                ?? .failure(
                    DocumentFailure(
                        id: entry.url, source: entry.url, kind: .fetch, message: "fetching is not available"))
        case .url(let url):
            if let fetcher {
                source = await fetcher.fetch(url)
            } else {
                source = .failure(
                    DocumentFailure(id: url, source: url, kind: .fetch, message: "fetching is not available"))
            }
        }
        outcome.timings.fetch = clock.now - fetchStart
        guard case .success(let document) = source else {
            if case .failure(let failure) = source { outcome.result = .failure(failure) }
            return outcome
        }
        if let slots { await slots.acquire() }
        defer { slots?.release() }
        process(document, feedEntry: feedEntry, position: position, into: &outcome)
        return outcome
    }

    /// Work that needs no fetching (``DocumentFeed/Work/isFetch`` false), in order: each
    /// document's bytes are read or decoded, then all go through the CPU stages in one slot.
    /// Consecutive small documents travel together so that what the runner pays per unit of
    /// work (a task, two stream events, a slot) is paid once for many. `first`: the first
    /// document's place in input order.
    func process(batch: [DocumentFeed.Work], first: Int? = nil, slots: WorkerSlots? = nil) async -> [Outcome] {
        let clock = ContinuousClock()
        var outcomes: [Outcome] = []
        var sources: [Result<SourceDocument, DocumentFailure>] = []
        outcomes.reserveCapacity(batch.count)
        sources.reserveCapacity(batch.count)
        for work in batch {
            var outcome = Outcome(result: .failure(DocumentFailure(id: "", source: "", kind: .unreadable, message: "")))
            let fetchStart = clock.now
            sources.append(localSource(work))
            outcome.timings.fetch = clock.now - fetchStart
            outcomes.append(outcome)
        }
        if let slots { await slots.acquire() }
        defer { slots?.release() }
        for index in outcomes.indices {
            switch sources[index] {
            case .success(let document):
                process(document, feedEntry: nil, position: first.map { $0 + index }, into: &outcomes[index])
            case .failure(let failure): outcomes[index].result = .failure(failure)
            }
        }
        return outcomes
    }

    /// The bytes of work that needs no fetching: a file read, a JSONL line decoded.
    private func localSource(_ work: DocumentFeed.Work) -> Result<SourceDocument, DocumentFailure> {
        switch work {
        case .file(let path, let id): return loader.load(path: path, id: id)
        case .document(let document): return .success(document)
        case .recordLine(let line, let path, let lineNumber):
            return RecordDecoder.document(fromLine: line, path: path, lineNumber: lineNumber)
                ?? .failure(
                    DocumentFailure(
                        id: "\(path):\(lineNumber)", source: path, kind: .malformedRecord, message: "blank line"))
        case .failure(let failure): return .failure(failure)
        case .url, .feedEntry:
            return .failure(
                DocumentFailure(id: work.id, source: work.id, kind: .fetch, message: "fetching is not available"))
        }
    }

    /// The CPU stages of one document whose bytes are in hand: parse, language, extract, encode.
    func process(_ document: SourceDocument) -> Outcome {
        var outcome = Outcome(result: .failure(DocumentFailure(id: "", source: "", kind: .unreadable, message: "")))
        process(document, feedEntry: nil, position: nil, into: &outcome)
        return outcome
    }

    /// `feedEntry`: what a feed said of the article, for what the page does not say.
    private func process(
        _ document: SourceDocument, feedEntry: FeedEntry?, position: Int?, into outcome: inout Outcome
    ) {
        let clock = ContinuousClock()
        outcome.inputBytes = document.content.count
        let hash = hashesContent || !alreadyDone.isEmpty ? ContentHash.of(content: document.content) : ""
        outcome.contentHash = hashesContent ? hash : nil
        if !alreadyDone.isEmpty && alreadyDone.contains(ResumeState.key(id: document.id, hash: hash)) {
            outcome.skipped = true
            outcome.result = .failure(
                DocumentFailure(id: document.id, source: document.source, kind: .empty, message: "already done"))
            return
        }
        let parseStart = clock.now
        let parsed = parser.parse(document)
        switch parsed {
        case .failure(let failure):
            outcome.timings.parse = clock.now - parseStart
            outcome.result = .failure(failure)
        case .success(var article):
            var extracted: DocumentRecord?
            // The declared language (normalised) unless the text says otherwise; counted as parsing.
            article.metadata.language = LanguageIdentifier.shared.language(
                declared: article.metadata.language, text: article.text)
            outcome.timings.parse = clock.now - parseStart
            // What the transport knew fills what the page did not say.
            if article.metadata.url == nil { article.metadata.url = document.url }
            // Then what the feed said about the article.
            if let feedEntry {
                if article.title == nil { article.title = feedEntry.title }
                if article.metadata.authors.isEmpty { article.metadata.authors = feedEntry.authors }
            }
            Self.fillDate(&article.metadata, feed: feedEntry?.published, fetched: document.date)
            outcome.decodingFallback = article.decodingFallback
            outcome.mojibakeRepaired = article.mojibakeRepaired
            if onlyParse {
                let record = DocumentRecord(
                    id: article.id, source: article.source, title: article.title, text: article.text,
                    metadata: article.metadata)
                outcome.result = .success(record)
                if encodesJSON { outcome.jsonLine = record.jsonLine() }
            } else if !languages.wants(article.metadata.language) {
                let record = DocumentRecord(
                    id: article.id, source: article.source, title: article.title, text: article.text,
                    metadata: article.metadata)
                outcome.result = .success(record)
                if encodesJSON { outcome.jsonLine = record.jsonLine() }
            } else {
                let extractStart = clock.now
                let record = extractor.extract(article)
                outcome.result = .success(record)
                outcome.timings.extract = clock.now - extractStart
                if encodesJSON { outcome.jsonLine = record.jsonLine() }
                extracted = record
            }
            var copy = false
            if signsText, case .success(let record) = outcome.result {
                if graphOptions != nil, extracted != nil, let earlierTexts, let position {
                    (outcome.signature, copy) = sign(record.text, at: position, earlierTexts: earlierTexts)
                } else {
                    outcome.signature = ShingleSignature(text: record.text)
                }
            }
            if let graphOptions, let extracted {
                outcome.forGraph = GraphOutput.prepare(extracted, options: graphOptions, summarises: !copy)
            }
        }
    }
}

extension DocumentProcessor {
    /// The text's sketch, and whether the sink will mark the record a copy because an earlier
    /// document had its text (``earlierTexts``). A text another document's worker has sketched
    /// takes that sketch: the same text gives the same one. Only a text met a second time keeps
    /// its sketch for the next, so the table grows with repeated texts, not with every text.
    /// A text without words has no sketch and is never marked.
    private func sign(_ text: String, at position: Int, earlierTexts: EarlierTexts) -> (ShingleSignature?, Bool) {
        let sighting = earlierTexts.lookUp(text, at: position)
        if let signature = sighting.signature { return (signature, sighting.seenBefore) }
        guard let signature = ShingleSignature(text: text) else { return (nil, false) }
        if sighting.seenBefore { earlierTexts.note(signature, for: sighting) }
        return (signature, sighting.seenBefore)
    }

    /// A page without its own date takes the feed's, else the time its bytes were fetched (or
    /// archived, for WARC), and the record says which (`date_source`), so a timeline can place
    /// every document while a reader can tell a publication date from a guess.
    package static func fillDate(_ metadata: inout ArticleMetadata, feed: String?, fetched: String?) {
        guard metadata.published == nil else { return }
        if let feed {
            metadata.published = feed
            metadata.dateSource = "feed"
        } else if let fetched {
            metadata.published = fetched
            metadata.dateSource = "fetched"
        }
    }
}

/// Time spent in each stage; summed over documents it is CPU time, not wall time.
package struct StageTimings: Sendable {
    package var fetch: Duration = .zero
    package var parse: Duration = .zero
    package var extract: Duration = .zero

    static func += (lhs: inout StageTimings, rhs: StageTimings) {
        lhs.fetch += rhs.fetch
        lhs.parse += rhs.parse
        lhs.extract += rhs.extract
    }
}
