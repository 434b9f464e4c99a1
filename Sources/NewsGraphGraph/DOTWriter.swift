import NewsGraphCore

/// Graphviz DOT: `sfdp -Tsvg graph.dot > graph.svg` draws it.
///
/// Nodes are filled with their label's colour and show the name; co-mention edges have no
/// arrow head (`dir=none`), quote edges point from speaker to subject and are dashed. Every
/// attribute the other formats carry is kept (`relation`, `weight`, `documents`, …), so the file
/// also loads with `networkx.nx_agraph.read_dot` or pydot.
package enum DOTWriter {
    package static func write(_ graph: EntityGraph) -> String {
        String(decoding: bytes(graph), as: UTF8.self)
    }

    /// The file's bytes (``write(_:)`` as UTF-8, without the string).
    package static func bytes(_ graph: EntityGraph) -> [UInt8] {
        var output = FileBytes(reservingCapacity: graph.nodes.count * 300 + graph.edges.count * 250 + 1024)
        output.append(
            """
            digraph newsgraph {
              graph [overlap=prism, outputorder=edgesfirst, splines=false];
              node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, penwidth=0];
              edge [color="#88888866"];

            """
        )
        let maximumWeight = Double(graph.edges.map(\.weight).max() ?? 1)
        for node in graph.nodes {
            output.append("  ")
            appendQuoted(node.id, to: &output)
            output.append(" [label=")
            appendQuoted(node.name, to: &output)
            output.append(", fillcolor=")
            appendQuoted(LabelPalette.color(for: node.label), to: &output)
            output.append(", entity_label=")
            appendQuoted(node.label, to: &output)
            output.append(", mentions=")
            output.append(node.mentions)
            output.append(", documents=")
            output.append(node.documents)
            output.append(", aliases=")
            appendQuoted(node.aliases.joined(separator: "|"), to: &output)
            if let first = node.firstPublished, let last = node.lastPublished {
                output.append(", first_published=")
                appendQuoted(first, to: &output)
                output.append(", last_published=")
                appendQuoted(last, to: &output)
            }
            if !node.roles.isEmpty {
                output.append(", roles=")
                appendQuoted(node.roles.joined(separator: "|"), to: &output)
            }
            output.append("];\n")
        }
        for edge in graph.edges {
            let width = 0.5 + 4 * Double(edge.weight) / maximumWeight
            output.append("  ")
            appendQuoted(edge.source, to: &output)
            output.append(" -> ")
            appendQuoted(edge.target, to: &output)
            output.append(" [relation=")
            output.append(raw: edge.relation.rawValue)
            output.append(", weight=")
            output.append(edge.weight)
            output.append(", documents=")
            output.append(edge.documents)
            output.append(", penwidth=")
            output.append(raw: String((width * 10).rounded() / 10))
            switch edge.relation {
            case .coMention: output.append(", dir=none")
            case .quotes: output.append(", style=dashed, color=\"#c0392b99\"")
            case .mentions: output.append(", color=\"#bbbbbb66\"")
            case .role: output.append(", style=bold, color=\"#2471a399\"")
            }
            if let title = edge.title {
                output.append(", title=")
                appendQuoted(title, to: &output)
                output.append(", label=")
                appendQuoted(title, to: &output)
            }
            if let first = edge.firstPublished, let last = edge.lastPublished {
                output.append(", first_published=")
                appendQuoted(first, to: &output)
                output.append(", last_published=")
                appendQuoted(last, to: &output)
            }
            output.append("];\n")
        }
        output.append("}\n")
        return output.bytes
    }

    /// ``quoted(_:)`` appended: text with no quote, backslash or line break (nearly all) is
    /// copied between quotes without being read character by character.
    static func appendQuoted(_ text: String, to output: inout FileBytes) {
        let plain = text.utf8.allSatisfy { $0 != 34 && $0 != 92 && $0 != 10 && $0 != 13 }
        if plain {
            output.append("\"")
            output.append(raw: text)
            output.append("\"")
        } else {
            output.append(raw: quoted(text))
        }
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
    /// Read by scalars, not characters: a quote followed by a combining mark is one
    /// character and would otherwise go out unescaped and end the string early.
    static func quoted(_ text: String) -> String {
        var escaped = "\""
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\r": escaped += "\\n"
            case "\n" where afterCarriageReturn: continue
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
