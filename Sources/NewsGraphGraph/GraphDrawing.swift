import Foundation
import NewsGraphCore

/// Draws the core of the graph as SVG with Graphviz (`sfdp`, else `neato`) for the report.
///
/// A whole corpus graph has thousands of nodes, too many to read; the drawing keeps the most
/// mentioned entities and the strongest relations between them.
package enum GraphDrawing {
    package static let engines = ["sfdp", "neato"]

    /// The `nodeLimit` most mentioned entities and up to `edgeLimit` of the heaviest co-mention
    /// and quote edges between them; entities left without an edge are dropped.
    package static func core(of graph: EntityGraph, nodeLimit: Int = 60, edgeLimit: Int = 160) -> EntityGraph {
        let top = graph.nodes.lazy.filter { !$0.isDocument }
            .firstSorted(nodeLimit) { ($0.mentions, $1.id) > ($1.mentions, $0.id) }
        let kept = Set(top.map(\.id))
        let edges = graph.edges.lazy
            .filter { $0.relation != .mentions && kept.contains($0.source) && kept.contains($0.target) }
            .firstSorted(edgeLimit) {
                ($0.weight, $1.source, $1.target, $1.relation) > ($1.weight, $0.source, $0.target, $0.relation)
            }
        let linked = Set(edges.flatMap { [$0.source, $0.target] })
        return EntityGraph(
            nodes: top.filter { linked.contains($0.id) }.sorted { $0.id < $1.id },
            edges: edges.sorted { ($0.relation, $0.source, $0.target) < ($1.relation, $1.source, $1.target) }
        )
    }

    /// The graph as inline SVG, or why it could not be drawn.
    package static func svg(for graph: EntityGraph, timeout: Duration = .seconds(120)) -> ReportPage.Drawing {
        guard !graph.nodes.isEmpty else { return .unavailable("The graph has no edges to draw.") }
        guard let engine = engines.lazy.compactMap(executable(named:)).first else {
            return .unavailable(
                "Graphviz is not installed (no sfdp or neato on PATH), so the graph is not drawn here. "
                    + "Install it (apt-get install graphviz) and run again, or open graph.gexf in Gephi.")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: engine)
        process.arguments = ["-Tsvg"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .unavailable("Graphviz (\(engine)) did not start: \(error)") }
        // Write from another thread: a large drawing fills the output pipe before input ends.
        let dot = Data(DOTWriter.write(graph).utf8)
        let writer = input.fileHandleForWriting
        Thread.detachNewThread {
            // Graphviz may stop reading and exit early (it refuses a quoted name over 16 KB): the
            // write must then fail on this thread, not raise SIGPIPE, which ends the whole run.
            var blocked = sigset_t()
            sigemptyset(&blocked)
            sigaddset(&blocked, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
            try? writer.write(contentsOf: dot)
            try? writer.close()
        }
        let deadline = DispatchTime.now() + .seconds(Int(timeout.components.seconds))
        let timer = DispatchSource.makeTimerSource()
        timer.schedule(deadline: deadline)
        timer.setEventHandler { if process.isRunning { process.terminate() } }
        timer.resume()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        guard process.terminationStatus == 0, let text = String(data: svg, encoding: .utf8),
            let start = text.range(of: "<svg")
        else {
            return .unavailable("Graphviz (\(engine)) failed or took too long; the graph is not drawn.")
        }
        return .svg(String(text[start.lowerBound...]))
    }

    /// The first executable file with this name on `PATH`.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
