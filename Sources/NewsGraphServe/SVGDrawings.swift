import Foundation
import NewsGraphCore

/// Small drawings for the entity page, as inline SVG (no script, no library): the
/// neighbourhood and the mentions per month.
enum SVGDrawings {
    /// The entity in the middle, its strongest neighbours on a circle around it, each a link to
    /// its page; line width follows the edge's weight.
    static func neighborhood(center: EntitySummary, neighbors: [Neighbor], size: Int = 520) -> String {
        // One node per neighbour (its heaviest edge), the heaviest first.
        var seen = Set<String>()
        let nodes = neighbors.filter { seen.insert($0.entity.id).inserted }.prefix(16)
        let middle = Double(size) / 2
        let radius = middle - 70
        let heaviest = Double(nodes.map(\.weight).max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" width=\"\(size)\" "
        svg += "height=\"\(size)\" role=\"img\" aria-label=\"Neighbourhood of \(HTML.escape(center.name))\">"
        var points: [(x: Double, y: Double)] = []
        for index in nodes.indices {
            let angle = 2 * Double.pi * Double(index - nodes.startIndex) / Double(max(nodes.count, 1)) - Double.pi / 2
            points.append((middle + radius * cos(angle), middle + radius * sin(angle)))
        }
        for (node, point) in zip(nodes, points) {
            let width = 1 + 5 * Double(node.weight) / heaviest
            svg += "<line x1=\"\(middle)\" y1=\"\(middle)\" x2=\(quoted(point.x)) y2=\(quoted(point.y)) "
            svg += "stroke=\"#8899aa\" stroke-width=\(quoted(width))><title>"
            svg += HTML.escape("\(node.relation) · weight \(node.weight)") + "</title></line>"
        }
        for (node, point) in zip(nodes, points) {
            svg += "<a href=\"/entities/\(URLText.encode(node.entity.id))\">"
            svg += "<circle cx=\(quoted(point.x)) cy=\(quoted(point.y)) r=\"9\" fill=\"\(color(node.entity.label))\" "
            svg += "stroke=\"#333\"/><text x=\(quoted(point.x)) y=\(quoted(point.y + 24)) text-anchor=\"middle\" "
            svg += "font-size=\"12\">" + HTML.escape(shortened(node.entity.name)) + "</text></a>"
        }
        svg += "<circle cx=\"\(middle)\" cy=\"\(middle)\" r=\"14\" fill=\"\(color(center.label))\" stroke=\"#000\" "
        svg += "stroke-width=\"2\"/><text x=\"\(middle)\" y=\"\(middle + 32)\" text-anchor=\"middle\" font-size=\"14\" "
        svg += "font-weight=\"bold\">" + HTML.escape(shortened(center.name)) + "</text></svg>"
        return svg
    }

    /// Documents per month as bars, each with its month and counts as a tooltip.
    static func timeline(_ months: [EntityDetail.MonthCount], width: Int = 640, height: Int = 120) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        let most = Double(months.map(\.documents).max() ?? 1)
        let barWidth = max(2, Double(width - 20) / Double(months.count))
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height + 20)\" width=\"\(width)\" "
        svg += "height=\"\(height + 20)\" role=\"img\" aria-label=\"Documents per month\">"
        for (index, month) in months.enumerated() {
            let barHeight = max(1, Double(height - 10) * Double(month.documents) / most)
            svg += "<rect x=\(quoted(10 + Double(index) * barWidth)) y=\(quoted(Double(height) - barHeight)) "
            svg += "width=\(quoted(max(1, barWidth - 1))) height=\(quoted(barHeight)) fill=\"#1f3a5f\"><title>"
            svg += HTML.escape("\(month.month): \(month.documents) documents, \(month.mentions) mentions")
            svg += "</title></rect>"
        }
        svg += "<text x=\"10\" y=\"\(height + 16)\" font-size=\"12\">" + HTML.escape(first.month) + "</text>"
        svg += "<text x=\"\(width - 10)\" y=\"\(height + 16)\" font-size=\"12\" text-anchor=\"end\">"
        svg += HTML.escape(last.month) + "</text></svg>"
        return svg
    }

    private static func quoted(_ value: Double) -> String {
        "\"" + String(format: "%.1f", value) + "\""
    }

    private static func shortened(_ name: String) -> String {
        name.count > 22 ? String(name.prefix(20)) + "…" : name
    }

    /// The label colours of the pages' style.
    static func color(_ label: String) -> String {
        switch label {
        case "PERSON": "#aa9cfc"
        case "ORG": "#7aecec"
        case "GPE": "#feca74"
        case "LOC": "#ff9561"
        case "NORP": "#c887fb"
        case "FAC": "#9cc9cc"
        case "EVENT": "#ffeb80"
        case "PRODUCT": "#bfeeb7"
        case "WORK_OF_ART": "#f0d0ff"
        case "LAW": "#ff8197"
        default: "#dddddd"
        }
    }
}
