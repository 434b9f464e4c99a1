import NewsGraphCore

/// Graphviz DOT: `sfdp -Tsvg graph.dot > graph.svg` draws it.
///
/// Nodes are filled with their label's colour and show the name; co-mention edges have no
/// arrow head (`dir=none`), quote edges point from speaker to subject and are dashed. Every
/// attribute the other formats carry is kept (`relation`, `weight`, `documents`, …), so the file
/// also loads with `networkx.nx_agraph.read_dot` or pydot.
package enum DOTWriter {
    package static func write(_ graph: EntityGraph) -> String {
        var output = """
            digraph newsgraph {
              graph [overlap=prism, outputorder=edgesfirst, splines=false];
              node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, penwidth=0];
              edge [color="#88888866"];

            """
        let maximumWeight = Double(graph.edges.map(\.weight).max() ?? 1)
        for node in graph.nodes {
            output +=
                "  \(quoted(node.id)) [label=\(quoted(node.name)), fillcolor=\(quoted(LabelPalette.color(for: node.label)))"
            output += ", entity_label=\(quoted(node.label)), mentions=\(node.mentions), documents=\(node.documents)"
            output += ", aliases=\(quoted(node.aliases.joined(separator: "|")))"
            if let first = node.firstPublished, let last = node.lastPublished {
                output += ", first_published=\(quoted(first)), last_published=\(quoted(last))"
            }
            if !node.roles.isEmpty { output += ", roles=\(quoted(node.roles.joined(separator: "|")))" }
            output += "];\n"
        }
        for edge in graph.edges {
            let width = 0.5 + 4 * Double(edge.weight) / maximumWeight
            output += "  \(quoted(edge.source)) -> \(quoted(edge.target)) [relation=\(edge.relation.rawValue)"
            output += ", weight=\(edge.weight), documents=\(edge.documents), penwidth=\((width * 10).rounded() / 10)"
            switch edge.relation {
            case .coMention: output += ", dir=none"
            case .quotes: output += ", style=dashed, color=\"#c0392b99\""
            case .mentions: output += ", color=\"#bbbbbb66\""
            case .role: output += ", style=bold, color=\"#2471a399\""
            }
            if let title = edge.title { output += ", title=\(quoted(title)), label=\(quoted(title))" }
            if let first = edge.firstPublished, let last = edge.lastPublished {
                output += ", first_published=\(quoted(first)), last_published=\(quoted(last))"
            }
            output += "];\n"
        }
        output += "}\n"
        return output
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var escaped = "\""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }
}
