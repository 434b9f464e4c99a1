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
        var output = """
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
        for node in graph.nodes {
            output += "    <node id=\"\(XML.escape(node.id))\">"
            output += "<data key=\"name\">\(XML.escape(node.name))</data>"
            output += "<data key=\"label\">\(XML.escape(node.label))</data>"
            output += "<data key=\"aliases\">\(XML.escape(node.aliases.joined(separator: "|")))</data>"
            output += "<data key=\"mentions\">\(node.mentions)</data>"
            output += "<data key=\"documents\">\(node.documents)</data>"
            if let first = node.firstPublished, let last = node.lastPublished {
                output += "<data key=\"first_published\">\(XML.escape(first))</data>"
                output += "<data key=\"last_published\">\(XML.escape(last))</data>"
            }
            if !node.roles.isEmpty {
                output += "<data key=\"roles\">\(XML.escape(node.roles.joined(separator: "|")))</data>"
            }
            for (key, value) in PlaceFields.values(node.place) {
                output += "<data key=\"\(key)\">\(XML.escape(value))</data>"
            }
            output += "</node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            output +=
                "    <edge id=\"e\(index)\" source=\"\(XML.escape(edge.source))\" target=\"\(XML.escape(edge.target))\">"
            output += "<data key=\"relation\">\(edge.relation.rawValue)</data>"
            output += "<data key=\"weight\">\(edge.weight)</data>"
            output += "<data key=\"edge_documents\">\(edge.documents)</data>"
            if let title = edge.title { output += "<data key=\"title\">\(XML.escape(title))</data>" }
            if let first = edge.firstPublished, let last = edge.lastPublished {
                output += "<data key=\"edge_first_published\">\(XML.escape(first))</data>"
                output += "<data key=\"edge_last_published\">\(XML.escape(last))</data>"
            }
            output += "</edge>\n"
        }
        output += "  </graph>\n</graphml>\n"
        return output
    }
}
