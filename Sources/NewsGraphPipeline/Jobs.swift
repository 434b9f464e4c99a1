import Foundation
import NewsGraphCore
import NewsGraphExtract
import NewsGraphFetch
import NewsGraphGraph
import NewsGraphHTTP
import NewsGraphStore

/// What a run is asked to do, from the command line or a caller.
package struct RunOptions: Sendable {
    package var inputs: [String]
    package var jobs: Int
    package var gazetteerFiles: [String]
    package var onlyParse: Bool
    /// `--languages`: which documents get entities and quotes and go into the graph.
    package var languages = LanguageSelection()
    /// What the graph keeps (`--labels`, `--min-weight`, `--min-documents`, `--with-documents`).
    package var graph = GraphOptions()
    /// Files of URLs, one a line (`--urls FILE`), read after `inputs`.
    package var urlListFiles: [String] = []
    /// Files of feed and sitemap addresses or paths, one a line (`--feeds FILE`), read after
    /// `urlListFiles`.
    package var feedListFiles: [String] = []
    /// How URLs are fetched, including `--cache DIR`.
    package var fetchPolicy = FetchPolicy()
    /// `--shard K/N`: only this part of the inputs.
    package var shard: Shard?
    /// `--resume`: skip documents already in the output folder (see ``ResumeState``).
    package var resume = false
    /// Stops the run early (Ctrl-C); what finished is written.
    package var stop: StopSignal?
    /// Draw a progress line on standard error when it is a terminal.
    package var showProgress = false
    /// Near-duplicate detection (`run` and `graph`).
    package var duplicates = DuplicateOptions()
    /// Largest document accepted (bytes, after decompression); larger ones fail as `tooLarge`.
    package var maximumDocumentBytes = FileLoader().maximumBytes
    /// Whether the database gets its full-text index (`--no-search-index` leaves it out).
    package var searchIndex = true

    package init(inputs: [String], jobs: Int? = nil, gazetteerFiles: [String] = [], onlyParse: Bool = false) {
        self.inputs = inputs
        self.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        self.gazetteerFiles = gazetteerFiles
        self.onlyParse = onlyParse
    }

    func runner(
        alreadyDone: Set<String> = [], buildsGraph: Bool = false, hashesContent: Bool = false,
        signsText: Bool = false, notesEarlierTexts: Bool = false
    ) throws
        -> PipelineRunner
    {
        let gazetteer = try GazetteerLoader.gazetteer(addingFiles: gazetteerFiles)
        var processor = DocumentProcessor(extractor: DocumentExtractor(gazetteer: gazetteer), onlyParse: onlyParse)
        processor.languages = languages
        processor.alreadyDone = alreadyDone
        processor.alreadyDoneIDs = ResumeState.ids(of: alreadyDone)
        processor.encodesJSON = true
        processor.graphOptions = buildsGraph ? graph : nil
        processor.hashesContent = hashesContent
        processor.signsText = signsText
        processor.earlierTexts = notesEarlierTexts ? EarlierTexts(capacity: duplicates.capacity) : nil
        processor.loader.maximumBytes = maximumDocumentBytes
        var runner = PipelineRunner(processor: processor, jobs: jobs)
        runner.fetchPolicy = fetchPolicy
        runner.shard = shard
        return runner
    }

    func items() throws -> [InputItem] {
        try InputCatalog.items(for: inputs) + urlListFiles.map { .urlList(path: $0) }
            + feedListFiles.flatMap { try Self.feedList($0).map { InputItem.feed($0) } }
    }

    /// The number of documents when the inputs name each one (no streams): for the ETA.
    func progress(for items: [InputItem]) -> ProgressLine {
        let known = items.allSatisfy {
            switch $0 {
            case .file, .url, .feedEntry: true
            default: false
            }
        }
        return ProgressLine(enabled: showProgress, total: known && shard == nil ? items.count : nil)
    }
}

/// The jobs the command line offers, each a whole run with its report.
package enum Jobs {
    /// `newsgraph extract`: one record a line on `output`, in input order; failures go to the
    /// report (and standard error), not into the stream.
    package static func extract(
        _ options: RunOptions, output: OutputFile, onFailure: (DocumentFailure) -> Void = { _ in }
    ) async throws -> RunReport {
        var report = RunReport()
        let start = ContinuousClock.now
        let items = try await options.expandingFeeds(try options.items(), report: &report, onFailure: onFailure)
        let progress = options.progress(for: items)
        // Lines are flushed whenever every document read so far is out: a caller that sends more
        // input only after it has seen output gets it, and a stream gets large writes.
        try await options.runner().run(items, stop: options.stop, caughtUp: { output.flush() }) { outcome in
            report.record(outcome)
            progress.update(report)
            switch outcome.result {
            case .success(let record):
                output.write(outcome.jsonLine ?? record.jsonLine())
            case .failure(let failure):
                onFailure(failure)
            }
        }
        output.flush()
        report.interrupted = options.stop?.isStopped ?? false
        progress.finish(report)
        report.wallSeconds = seconds(ContinuousClock.now - start)
        return report
    }

    /// `newsgraph run`: documents.jsonl, the graph in every format, report.json.
    package static func run(
        _ options: RunOptions, outputDirectory: String, onFailure: (DocumentFailure) -> Void = { _ in }
    ) async throws -> RunReport {
        var report = RunReport()
        let items = try await options.expandingFeeds(try options.items(), report: &report, onFailure: onFailure)
        try OutputFile.makeFolder(outputDirectory)
        // report.json, written last, says the outputs are whole: an earlier run's must not speak
        // for this one if it ends early.
        unlink(outputDirectory + "/report.json")
        // A resumed run rebuilds the graph from every record at the end; a fresh one streams.
        let streamingOutput =
            options.resume
            ? nil
            : try GraphOutput(directory: outputDirectory, options: options.graph, searchIndex: options.searchIndex)
        // First seen is input order: the sink marks copies as records arrive, in order.
        var duplicates = options.duplicates.index()
        let state =
            try options.resume
            ? ResumeState.resume(
                directory: outputDirectory,
                reading: duplicates == nil
                    ? nil
                    : { record in
                        duplicates?.restore(
                            id: record.id, signature: ShingleSignature(text: record.text),
                            duplicateOf: record.duplicate?.of)
                    })
            : .fresh(directory: outputDirectory)
        let restoredDuplicates = duplicates?.duplicates ?? 0
        let documents = try OutputFile(path: outputDirectory + "/documents.jsonl", append: options.resume)
        let progress = options.progress(for: items)
        let start = ContinuousClock.now
        let runner = try options.runner(
            alreadyDone: state.done, buildsGraph: streamingOutput != nil, hashesContent: true,
            signsText: duplicates != nil,
            notesEarlierTexts: streamingOutput != nil && duplicates != nil && !options.duplicates.keepsInGraph)
        try await runner.run(
            items, stop: options.stop
        ) { outcome in
            report.record(outcome)
            progress.update(report)
            switch outcome.result {
            case .success(var record):
                var line = outcome.jsonLine
                var forGraph = outcome.forGraph
                if let signature = outcome.signature, let mark = duplicates?.check(signature, id: record.id) {
                    record.duplicate = mark
                    line = line.map { mark.marking(jsonLine: $0) }
                    forGraph?.rows.duplicate = mark
                }
                documents.write(line ?? record.jsonLine())
                state.add(id: record.id, hash: outcome.contentHash ?? "")
                if let streamingOutput, options.languages.wants(record.metadata.language) {
                    let counts = record.duplicate == nil || options.duplicates.keepsInGraph
                    if let forGraph {
                        // A worker leaves out the summary of a text an earlier document had: it
                        // is a copy. Should it not be marked one after all, it is made here.
                        let summary =
                            counts ? forGraph.summary ?? GraphOutput.summary(record, options: options.graph) : nil
                        try streamingOutput.add(summary: summary, rows: forGraph.rows)
                    } else {
                        try streamingOutput.add(record, countsInGraph: counts)
                    }
                }
                if report.succeeded % 256 == 0 {
                    documents.flush()
                    state.flush()
                }
            case .failure(let failure):
                if !outcome.skipped { onFailure(failure) }
            }
        }
        documents.flush()
        state.flush()
        report.interrupted = options.stop?.isStopped ?? false
        progress.finish(report)
        let graphOutput: GraphOutput
        if let streamingOutput {
            graphOutput = streamingOutput
        } else {
            // The graph covers earlier runs too; a changed document's new record replaces its old one.
            graphOutput = try GraphOutput(
                directory: outputDirectory, options: options.graph, searchIndex: options.searchIndex)
            try ResumeState.reconcile(directory: outputDirectory) {
                if options.languages.wants($0.metadata.language) {
                    try graphOutput.add($0, countsInGraph: $0.duplicate == nil || options.duplicates.keepsInGraph)
                }
            }
        }
        if let duplicates {
            report.noteDuplicates(
                duplicates, found: duplicates.duplicates - restoredDuplicates, options: options.duplicates)
        }
        let graphStart = ContinuousClock.now
        let graph = try graphOutput.finish()
        report.graphSeconds = seconds(ContinuousClock.now - graphStart)
        report.timeline = graphOutput.timelineFigures
        report.graphNodes = graph.nodes.count
        report.graphEdges = graph.edges.count
        report.wallSeconds = seconds(ContinuousClock.now - start)
        // A Ctrl-C after the last input was read still ends an interrupted run.
        report.interrupted = options.stop?.isStopped ?? false
        try graphOutput.writeReportPage(report)
        try OutputFile.write(report.json(), to: outputDirectory + "/report.json")
        return report
    }

    /// `newsgraph graph`: the graph from records already extracted (parts of a corpus merged);
    /// records in languages not in `languages` add nothing to it.
    /// Copies are found across the files in the order given (the records' own marks are kept),
    /// so parts given in input order make the graph of one run over the whole.
    package static func graph(
        recordFiles: [String], outputDirectory: String, options: GraphOptions = GraphOptions(),
        languages: LanguageSelection = LanguageSelection(), duplicateOptions: DuplicateOptions = DuplicateOptions(),
        searchIndex: Bool = true, onFailure: (DocumentFailure) -> Void = { _ in }
    ) throws -> RunReport {
        try OutputFile.makeFolder(outputDirectory)
        unlink(outputDirectory + "/report.json")
        var report = RunReport()
        var duplicates = duplicateOptions.index()
        let graphOutput = try GraphOutput(directory: outputDirectory, options: options, searchIndex: searchIndex)
        let start = ContinuousClock.now
        for path in recordFiles {
            let reader = try LineReader(path: path)
            var lineNumber = 0
            while let line = reader.nextLine() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                var outcome = DocumentProcessor.Outcome(
                    result: .failure(
                        DocumentFailure(id: "\(path):\(lineNumber)", source: path, kind: .malformedRecord, message: ""))
                )
                do {
                    let record = try DocumentRecord.decode(jsonLine: line)
                    outcome.result = .success(record)
                } catch {
                    outcome.result = .failure(
                        DocumentFailure(
                            id: "\(path):\(lineNumber)", source: path, kind: .malformedRecord,
                            message: "line \(lineNumber) is not a document record: \(error)"
                        )
                    )
                }
                if case .success(var record) = outcome.result, duplicates != nil {
                    if let original = record.duplicate?.of {
                        duplicates?.countCopy(of: original)
                    } else if let signature = ShingleSignature(text: record.text) {
                        record.duplicate = duplicates?.check(signature, id: record.id)
                        outcome.result = .success(record)
                    }
                }
                switch outcome.result {
                case .success(let record) where languages.wants(record.metadata.language):
                    try graphOutput.add(
                        record, countsInGraph: record.duplicate == nil || duplicateOptions.keepsInGraph)
                case .failure(let failure): onFailure(failure)
                default: break
                }
                report.record(outcome)
            }
        }
        if let duplicates {
            report.noteDuplicates(duplicates, found: duplicates.duplicates, options: duplicateOptions)
        }
        let graph = try graphOutput.finish()
        report.timeline = graphOutput.timelineFigures
        report.graphNodes = graph.nodes.count
        report.graphEdges = graph.edges.count
        report.wallSeconds = seconds(ContinuousClock.now - start)
        try graphOutput.writeReportPage(report)
        try OutputFile.write(report.json(), to: outputDirectory + "/report.json")
        return report
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
