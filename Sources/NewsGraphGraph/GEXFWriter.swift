import Foundation
import NewsGraphCore

/// GEXF 1.3, Gephi's own format (`networkx.read_gexf` reads it too).
///
/// A node's GEXF `label` is its name, which Gephi shows on the canvas; the entity label is the
/// `type` attribute (partition by it in Gephi's Appearance panel). Nodes are coloured by type
/// and sized by mentions. As in GraphML, all edges are directed and the `relation` attribute
/// (also the edge label) tells co-mention from quotes; `weight` is GEXF's own edge weight.
///
/// With `days` (node id → the days documents named it, from ``Timeline``) the graph is dynamic,
/// so Gephi's timeline plays it: a node lives in spells of consecutive days it was named, an
/// edge on the days both its ends were named between its own first and last day (edges keep
/// those two days, not every day, so memory stays that of the aggregates). Nodes and edges
/// never named in a dated document get no spells (Gephi shows them throughout); without any
/// dated document the file is the static one.
package enum GEXFWriter {
    package static func write(_ graph: EntityGraph, days: [String: [String]] = [:]) -> String {
        String(decoding: bytes(graph, days: days), as: UTF8.self)
    }

    /// The file's bytes (``write(_:days:)`` as UTF-8, without the string).
    package static func bytes(_ graph: EntityGraph, days: [String: [String]] = [:]) -> [UInt8] {
        let dynamic = !days.isEmpty
        var output = FileBytes(reservingCapacity: graph.nodes.count * 700 + graph.edges.count * 400 + 4096)
        output.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>newsgraph</creator><description>entities and how news stories relate them</description></meta>

            """
        )
        output.append("  <graph ")
        output.append(dynamic ? "mode=\"dynamic\" timeformat=\"date\"" : "mode=\"static\"")
        output.append(" defaultedgetype=\"directed\" name=\"newsgraph\">\n")
        output.append(
            """
                <attributes class="node" mode="static">
                  <attribute id="type" title="type" type="string"/>
                  <attribute id="name" title="name" type="string"/>
                  <attribute id="aliases" title="aliases" type="string"/>
                  <attribute id="mentions" title="mentions" type="integer"/>
                  <attribute id="documents" title="documents" type="integer"/>
                  <attribute id="first_published" title="first_published" type="string"/>
                  <attribute id="last_published" title="last_published" type="string"/>
                  <attribute id="roles" title="roles" type="string"/>
                  <attribute id="geonames_id" title="geonames_id" type="long"/>
                  <attribute id="country_code" title="country_code" type="string"/>
                  <attribute id="feature_class" title="feature_class" type="string"/>
                  <attribute id="latitude" title="latitude" type="double"/>
                  <attribute id="longitude" title="longitude" type="double"/>
                  <attribute id="place_reason" title="place_reason" type="string"/>
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="relation" title="relation" type="string"/>
                  <attribute id="documents" title="documents" type="integer"/>
                  <attribute id="title" title="title" type="string"/>
                  <attribute id="first_published" title="first_published" type="string"/>
                  <attribute id="last_published" title="last_published" type="string"/>
                </attributes>
                <nodes>

            """
        )
        for node in graph.nodes {
            let color = LabelPalette.components(for: node.label)
            let size = 4 + 4 * log2(Double(max(node.mentions, 1)))
            output.append("      <node id=\"", xml: node.id, "\" label=\"")
            output.append(xml: node.name)
            output.append("\"><attvalues><attvalue for=\"type\" value=\"", xml: node.label, "\"/>")
            output.append("<attvalue for=\"name\" value=\"", xml: node.name, "\"/>")
            output.append("<attvalue for=\"aliases\" value=\"", xml: node.aliases.joined(separator: "|"), "\"/>")
            output.append("<attvalue for=\"mentions\" value=\"", node.mentions, "\"/>")
            output.append("<attvalue for=\"documents\" value=\"", node.documents, "\"/>")
            if let first = node.firstPublished, let last = node.lastPublished {
                output.append("<attvalue for=\"first_published\" value=\"", xml: first, "\"/>")
                output.append("<attvalue for=\"last_published\" value=\"", xml: last, "\"/>")
            }
            if !node.roles.isEmpty {
                output.append("<attvalue for=\"roles\" value=\"", xml: node.roles.joined(separator: "|"), "\"/>")
            }
            for (key, value) in PlaceFields.values(node.place) {
                output.append("<attvalue for=\"", xml: key, "\" value=\"")
                output.append(xml: value)
                output.append("\"/>")
            }
            output.append("</attvalues>")
            if let named = days[node.id] { output.append(raw: spells(named)) }
            output.append("<viz:color r=\"", color.red, "\" g=\"")
            output.append(color.green)
            output.append("\" b=\"", color.blue, "\"/><viz:size value=\"")
            output.append(raw: String((size * 10).rounded() / 10))
            output.append("\"/></node>\n")
        }
        output.append("    </nodes>\n    <edges>\n")
        for (index, edge) in graph.edges.enumerated() {
            output.append("      <edge id=\"e", index, "\" source=\"")
            output.append(xml: edge.source)
            output.append("\" target=\"", xml: edge.target, "\" label=\"")
            output.append(xml: edge.relation.rawValue)
            output.append("\" weight=\"", edge.weight, "\"><attvalues>")
            output.append("<attvalue for=\"relation\" value=\"", xml: edge.relation.rawValue, "\"/>")
            output.append("<attvalue for=\"documents\" value=\"", edge.documents, "\"/>")
            if let title = edge.title { output.append("<attvalue for=\"title\" value=\"", xml: title, "\"/>") }
            if let first = edge.firstPublished, let last = edge.lastPublished {
                output.append("<attvalue for=\"first_published\" value=\"", xml: first, "\"/>")
                output.append("<attvalue for=\"last_published\" value=\"", xml: last, "\"/>")
            }
            output.append("</attvalues>")
            if dynamic, let first = edge.firstPublished, let last = edge.lastPublished,
                let source = days[edge.source], let target = days[edge.target]
            {
                let both = Set(target)
                output.append(raw: spells(source.filter { both.contains($0) && first <= $0 && $0 <= last }))
            }
            output.append("</edge>\n")
        }
        output.append("    </edges>\n  </graph>\n</gexf>\n")
        return output.bytes
    }

    /// `<spells>` for sorted `YYYY-MM-DD` days, consecutive days as one spell (inclusive ends);
    /// empty for no days.
    static func spells(_ days: [String]) -> String {
        var runs: [(start: String, end: String)] = []
        var previous: Int?
        for day in days {
            let number = dayNumber(day)
            if let previous, let number, number == previous + 1 {
                runs[runs.count - 1].end = day
            } else if runs.last?.end != day {
                runs.append((day, day))
            }
            previous = number
        }
        guard !runs.isEmpty else { return "" }
        return "<spells>" + runs.map { "<spell start=\"\($0.start)\" end=\"\($0.end)\"/>" }.joined() + "</spells>"
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (the civil calendar), to tell consecutive days.
    static func dayNumber(_ day: String) -> Int? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let month = parts[1]
        let year = parts[0] - (month <= 2 ? 1 : 0)
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
}
