import Foundation

/// The one-line progress display on standard error: documents, megabytes read, documents per
/// second, errors and the time left. Shown only when standard error is a terminal, redrawn at
/// most four times a second.
final class ProgressLine {
    private let enabled: Bool
    private let total: Int?
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    /// `total`: the number of documents when known in advance (files and URLs, not streams).
    init(enabled: Bool, total: Int?) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        self.total = total
    }

    func update(_ report: RunReport) {
        guard enabled, ContinuousClock.now - lastDraw >= .milliseconds(250) else { return }
        draw(report)
    }

    /// The last state, then a newline so later messages start on their own line.
    func finish(_ report: RunReport) {
        guard enabled, drawn else { return }
        draw(report)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(_ report: RunReport) {
        lastDraw = .now
        drawn = true
        FileHandle.standardError.write(
            Data(("\r\u{1B}[K" + Self.text(report, total: total, elapsed: Jobs.seconds(.now - start))).utf8))
    }

    static func text(_ report: RunReport, total: Int?, elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(report.documents) / elapsed : 0
        var line = String(
            format: "%d%@ docs, %.1f MB, %.0f docs/s, %d errors", report.documents,
            total.map { " of \($0)" } ?? "", Double(report.inputBytes) / 1e6, rate, report.failed)
        if let total, rate > 0, total > report.documents {
            let left = Int(Double(total - report.documents) / rate)
            line += String(format: ", ETA %d:%02d", left / 60, left % 60)
        }
        return line
    }
}
