import Dispatch
import NewsGraphCore
import NewsGraphGraph
import Synchronization

/// The graph files a run leaves in its output folder.
package enum GraphFiles {
    /// Writes every file, each built on a worker of the shared pool, while `meanwhile` runs on
    /// the calling thread (the run writes the database's graph tables then): the end of a run
    /// is serial otherwise, and the files of a large graph take as long as those tables.
    /// `days`: node id → the days it was named (``GEXFWriter``'s spells); empty when no
    /// document had a date. Throws `meanwhile`'s error first, then a file's.
    package static func write(
        _ graph: EntityGraph, to directory: String, days: [String: [String]] = [:],
        meanwhile: () throws -> Void = {}
    ) throws {
        let files: [(name: String, bytes: @Sendable () -> [UInt8])] = [
            ("graph.graphml", { GraphMLWriter.bytes(graph) }),
            ("graph.json", { NodeLinkWriter.write(graph) }),
            ("nodes.csv", { Array(Neo4jCSVWriter.nodes(graph).utf8) }),
            ("edges.csv", { Array(Neo4jCSVWriter.edges(graph).utf8) }),
            ("graph.gexf", { GEXFWriter.bytes(graph, days: days) }),
            ("graph.dot", { DOTWriter.bytes(graph) }),
        ]
        let group = DispatchGroup()
        let failure = Mutex<(any Error)?>(nil)
        for file in files {
            let path = directory + "/" + file.name
            let bytes = file.bytes
            DispatchQueue.global().async(group: group) {
                do {
                    try OutputFile.write(bytes(), to: path)
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        let meanwhileError: (any Error)?
        do {
            try meanwhile()
            meanwhileError = nil
        } catch {
            meanwhileError = error
        }
        group.wait()
        if let meanwhileError { throw meanwhileError }
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
