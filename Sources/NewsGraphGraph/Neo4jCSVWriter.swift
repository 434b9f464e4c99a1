import Foundation
import NewsGraphCore

/// `nodes.csv` and `edges.csv` with the typed headers `neo4j-admin database import` reads
/// (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`); pandas reads them as they are.
package enum Neo4jCSVWriter {
    package static func nodes(_ graph: EntityGraph) -> String {
        var output =
            "id:ID,name,:LABEL,aliases:string[],mentions:int,documents:int,first_published:date,last_published:date,"
            + "roles:string[],geonames_id:long,country_code,feature_class,latitude:double,longitude:double,place_reason\n"
        // Appended field by field, as in ``edges(_:)``.
        output.reserveCapacity(output.utf8.count + graph.nodes.count * 96)
        for node in graph.nodes {
            let fields = [
                field(node.id), field(node.name), node.label,
                field(node.aliases.map(listItem).joined(separator: ";")),
                String(node.mentions), String(node.documents), node.firstPublished ?? "", node.lastPublished ?? "",
                field(node.roles.map(listItem).joined(separator: ";")),
            ]
            for value in fields {
                output += value
                output += ","
            }
            let place = node.place
            output += place?.geonamesID.map(String.init) ?? ""
            output += ","
            output += place?.countryCode ?? ""
            output += ","
            output += place?.featureClass ?? ""
            output += ","
            output += PlaceFields.coordinate(place?.latitude)
            output += ","
            output += PlaceFields.coordinate(place?.longitude)
            output += ","
            output += place?.reason.rawValue ?? ""
            output += "\n"
        }
        return output
    }

    package static func edges(_ graph: EntityGraph) -> String {
        var output = ":START_ID,:END_ID,:TYPE,weight:int,documents:int,title,first_published:date,last_published:date\n"
        // Appended field by field: an array of fields joined for each edge cost more than the
        // fields themselves.
        output.reserveCapacity(output.utf8.count + graph.edges.count * 64)
        for edge in graph.edges {
            output += field(edge.source)
            output += ","
            output += field(edge.target)
            output += ","
            output += edge.relation.rawValue
            output += ","
            output += String(edge.weight)
            output += ","
            output += String(edge.documents)
            output += ","
            output += field(edge.title ?? "")
            output += ","
            output += edge.firstPublished ?? ""
            output += ","
            output += edge.lastPublished ?? ""
            output += "\n"
        }
        return output
    }

    /// An item of a `string[]` list, whose items `;` separates: its own semicolons as commas.
    static func listItem(_ value: String) -> String {
        value.utf8.contains(59) ? value.replacingOccurrences(of: ";", with: ",") : value
    }

    /// RFC 4180 quoting: every field that needs it is quoted, quotes doubled.
    static func field(_ value: String) -> String {
        // Read by characters only when a byte of one of them is there (names seldom have any).
        guard value.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
