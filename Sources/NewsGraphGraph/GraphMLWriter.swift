import NewsGraphCore

/// GraphML with typed keys, as NetworkX (`read_graphml`), Gephi and yEd read it.
///
/// Edges of both relations share one directed graph (NetworkX rejects mixed graphs): `QUOTES`
/// edges point from speaker to subject; a `CO_MENTION` edge is symmetric and stored once, with
/// the smaller id as source; a `ROLE` edge points from a person to what they serve, with its
/// `title`. The `relation` attribute tells them apart; a person's titles are its `roles`. Publication dates
/// and a place's GeoNames facts (``PlaceFields``) are written only for nodes that have them
/// (GraphML's way of saying "unknown").
package enum GraphMLWriter {
    package static func write(_ graph: EntityGraph) -> String {
        String(decoding: bytes(graph), as: UTF8.self)
    }

    /// The file's bytes (``write(_:)`` as UTF-8, without the string).
    package static func bytes(_ graph: EntityGraph) -> [UInt8] {
        var output = FileBytes(reservingCapacity: graph.nodes.count * 400 + graph.edges.count * 300 + 4096)
        output.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
              <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
              <key id="documents" for="node" attr.name="documents" attr.type="int"/>
              <key id="first_published" for="node" attr.name="first_published" attr.type="string"/>
              <key id="last_published" for="node" attr.name="last_published" attr.type="string"/>
              <key id="roles" for="node" attr.name="roles" attr.type="string"/>
              <key id="geonames_id" for="node" attr.name="geonames_id" attr.type="long"/>
              <key id="country_code" for="node" attr.name="country_code" attr.type="string"/>
              <key id="feature_class" for="node" attr.name="feature_class" attr.type="string"/>
              <key id="latitude" for="node" attr.name="latitude" attr.type="double"/>
              <key id="longitude" for="node" attr.name="longitude" attr.type="double"/>
              <key id="place_reason" for="node" attr.name="place_reason" attr.type="string"/>
              <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="edge_documents" for="edge" attr.name="documents" attr.type="int"/>
              <key id="title" for="edge" attr.name="title" attr.type="string"/>
              <key id="edge_first_published" for="edge" attr.name="first_published" attr.type="string"/>
              <key id="edge_last_published" for="edge" attr.name="last_published" attr.type="string"/>
              <graph id="newsgraph" edgedefault="directed">

            """
        )
        for node in graph.nodes {
            output.append("    <node id=\"", xml: node.id, "\">")
            output.append("<data key=\"name\">", xml: node.name, "</data>")
            output.append("<data key=\"label\">", xml: node.label, "</data>")
            output.append("<data key=\"aliases\">", xml: node.aliases.joined(separator: "|"), "</data>")
            output.append("<data key=\"mentions\">", node.mentions, "</data>")
            output.append("<data key=\"documents\">", node.documents, "</data>")
            if let first = node.firstPublished, let last = node.lastPublished {
                output.append("<data key=\"first_published\">", xml: first, "</data>")
                output.append("<data key=\"last_published\">", xml: last, "</data>")
            }
            if !node.roles.isEmpty {
                output.append("<data key=\"roles\">", xml: node.roles.joined(separator: "|"), "</data>")
            }
            for (key, value) in PlaceFields.values(node.place) {
                output.append("<data key=\"", xml: key, "\">")
                output.append(xml: value)
                output.append("</data>")
            }
            output.append("</node>\n")
        }
        for (index, edge) in graph.edges.enumerated() {
            output.append("    <edge id=\"e", index, "\" source=\"")
            output.append(xml: edge.source)
            output.append("\" target=\"", xml: edge.target, "\">")
            output.append("<data key=\"relation\">", xml: edge.relation.rawValue, "</data>")
            output.append("<data key=\"weight\">", edge.weight, "</data>")
            output.append("<data key=\"edge_documents\">", edge.documents, "</data>")
            if let title = edge.title { output.append("<data key=\"title\">", xml: title, "</data>") }
            if let first = edge.firstPublished, let last = edge.lastPublished {
                output.append("<data key=\"edge_first_published\">", xml: first, "</data>")
                output.append("<data key=\"edge_last_published\">", xml: last, "</data>")
            }
            output.append("</edge>\n")
        }
        output.append("  </graph>\n</graphml>\n")
        return output.bytes
    }
}
