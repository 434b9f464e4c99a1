import NewsGraphCore

/// `report.html`'s "Rising this week": the entities named more in the last days with dated
/// documents than in as many days before, and for the first few a small bar chart of their
/// daily mentions (inline SVG, no script), so an analyst sees who rose and when.
package struct RisingSection: Sendable {
    package struct Riser: Sendable {
        package var entity: String
        package var recent: Int
        package var before: Int
        /// Mentions on each of ``RisingSection/days``; empty when not charted.
        package var daily: [Int]

        package init(entity: String, recent: Int, before: Int, daily: [Int] = []) {
            self.entity = entity
            self.recent = recent
            self.before = before
            self.daily = daily
        }
    }

    /// The compared days, oldest first; the last ``recentDays`` are "this week".
    package var days: [String]
    package var recentDays: Int
    package var risers: [Riser]

    package init(days: [String], recentDays: Int, risers: [Riser]) {
        self.days = days
        self.recentDays = recentDays
        self.risers = risers
    }

    /// `names`: node id → display name.
    package func html(names: [String: String]) -> String {
        guard let first = days.first, let last = days.last else {
            return "<p class=\"note\">No dated documents: nothing to compare over time.</p>\n"
        }
        let recentFrom = days[days.count - recentDays]
        var html = "<p class=\"note\">Mentions from \(recentFrom) to \(last) (the last \(recentDays) days with "
        html +=
            recentDays == days.count
            ? "dated documents; there are no earlier ones to compare with).</p>\n"
            : "dated documents) against the \(days.count - recentDays) days before, from \(first).</p>\n"
        guard !risers.isEmpty else {
            return html + "<p class=\"note\">No entity was named more than in the days before.</p>\n"
        }
        html += "<table><tr><th>name</th><th>this week</th><th>before</th><th>change</th></tr>"
        for riser in risers {
            html += "<tr><td title=\"\(HTML.escape(riser.entity))\">"
            html += "\(HTML.escape(names[riser.entity] ?? riser.entity))</td><td class=\"n\">\(riser.recent)</td>"
            html += "<td class=\"n\">\(riser.before)</td><td class=\"n\">+\(riser.recent - riser.before)</td></tr>"
        }
        html += "</table>\n"
        let charted = risers.filter { $0.daily.count == days.count }
        guard !charted.isEmpty else { return html }
        // One scale for all charts, so their bars compare.
        let tallest = max(1, charted.flatMap(\.daily).max() ?? 1)
        html += "<div class=\"columns\">"
        for riser in charted {
            html += "<div class=\"rise\"><h3>\(HTML.escape(names[riser.entity] ?? riser.entity))</h3>"
            html += chart(riser.daily, tallest: tallest) + "</div>"
        }
        return html + "</div>\n"
    }

    static let barWidth = 14
    static let chartHeight = 48

    /// Bars of daily mentions, this week's darker; each bar's `<title>` names its day and count.
    private func chart(_ daily: [Int], tallest: Int) -> String {
        let width = days.count * Self.barWidth
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(Self.chartHeight + 14)\" "
        svg += "viewBox=\"0 0 \(width) \(Self.chartHeight + 14)\" role=\"img\">"
        for (index, count) in daily.enumerated() {
            let height = count == 0 ? 0 : max(1, count * Self.chartHeight / tallest)
            let fill = index >= days.count - recentDays ? "#c0392b" : "#bbb"
            svg += "<rect x=\"\(index * Self.barWidth + 1)\" y=\"\(Self.chartHeight - height)\" "
            svg += "width=\"\(Self.barWidth - 2)\" height=\"\(height)\" fill=\"\(fill)\">"
            svg += "<title>\(days[index]): \(count) \(count == 1 ? "mention" : "mentions")</title></rect>"
        }
        svg += "<line x1=\"0\" y1=\"\(Self.chartHeight)\" x2=\"\(width)\" y2=\"\(Self.chartHeight)\" stroke=\"#999\"/>"
        svg += "<text x=\"0\" y=\"\(Self.chartHeight + 12)\" font-size=\"10\" fill=\"#666\">\(days[0].suffix(5))</text>"
        svg += "<text x=\"\(width)\" y=\"\(Self.chartHeight + 12)\" font-size=\"10\" fill=\"#666\" "
        svg += "text-anchor=\"end\">\(days[days.count - 1].suffix(5))</text></svg>"
        return svg
    }
}
