/// A fixed slot of ``width`` bytes for each parameter of one statement, where short text waits
/// until the statement is stepped, so SQLite can read it in place (`SQLITE_STATIC`).
///
/// Names, labels, dates and quote kinds are mostly this short; a slot is written again only
/// when its column is bound again, which is after the step that read it.
final class TextSlots {
    static let width = 16
    private let bytes: UnsafeMutablePointer<UInt8>

    init(columns: Int) {
        bytes = .allocate(capacity: max(1, columns) * Self.width)
    }

    deinit { bytes.deallocate() }

    /// The slot of the parameter at `index` (from 0).
    func slot(_ index: Int) -> UnsafeMutablePointer<UInt8> {
        bytes + index * Self.width
    }
}
