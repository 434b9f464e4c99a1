import NewsGraphCore

/// NetworkX node-link JSON (`networkx.node_link_graph(data, edges="links")`), a multigraph
/// so a co-mention and a quote edge between the same two entities both survive.
package enum NodeLinkWriter {
    package static func write(_ graph: EntityGraph) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: graph.nodes.count * 160 + graph.edges.count * 120)
        writer.beginObject()
        writer.field("directed", true)
        writer.field("multigraph", true)
        writer.key("graph")
        writer.beginObject()
        writer.field("name", "newsgraph")
        writer.endObject()
        writer.key("nodes")
        writer.beginArray()
        for node in graph.nodes {
            writer.beginObject()
            writer.field("id", node.id)
            writer.field("name", node.name)
            writer.field("label", node.label)
            writer.field("aliases", node.aliases)
            writer.field("mentions", node.mentions)
            writer.field("documents", node.documents)
            writer.field("first_published", node.firstPublished)
            writer.field("last_published", node.lastPublished)
            writer.field("roles", node.roles)
            if let place = node.place {
                writer.field("geonames_id", place.geonamesID)
                writer.field("country_code", place.countryCode.isEmpty ? nil : place.countryCode)
                writer.field("feature_class", place.featureClass)
                // JSONWriter writes a non-finite number as null: unknown coordinates.
                writer.field("latitude", place.latitude ?? .nan)
                writer.field("longitude", place.longitude ?? .nan)
                writer.field("place_reason", place.reason.rawValue)
            }
            writer.endObject()
        }
        writer.endArray()
        writer.key("links")
        writer.beginArray()
        for edge in graph.edges {
            writer.beginObject()
            writer.field("source", edge.source)
            writer.field("target", edge.target)
            // NetworkX keys the edges of a multigraph: one ROLE edge per title.
            writer.field("key", edge.title.map { edge.relation.rawValue + ":" + $0 } ?? edge.relation.rawValue)
            writer.field("relation", edge.relation.rawValue)
            writer.field("weight", edge.weight)
            writer.field("documents", edge.documents)
            if let title = edge.title { writer.field("title", title) }
            if let first = edge.firstPublished, let last = edge.lastPublished {
                writer.field("first_published", first)
                writer.field("last_published", last)
            }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.bytes
    }
}
