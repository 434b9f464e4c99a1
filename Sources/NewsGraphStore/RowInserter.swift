import GRDB
import GRDBSQLite

/// Binds and steps one prepared INSERT with SQLite's own calls.
///
/// GRDB's `StatementArguments` box every value as a `DatabaseValue` first; for the millions of
/// mention rows of a large run that boxing cost more than SQLite's work. Values are bound in
/// column order. A copy made by SQLite (`SQLITE_TRANSIENT`) is a malloc and a free per value,
/// because binding again releases the last copy, so short text goes to the column's slot in
/// ``TextSlots`` and only long text is copied by SQLite: nothing must outlive a call, unless the
/// caller says it holds the text (``bind(held:)``, read in place).
struct RowInserter {
    /// Kept so the statement outlives this inserter (a statement that is not cached is finalized
    /// when GRDB's object goes).
    private let owner: Statement
    private let statement: SQLiteStatement
    private let db: Database
    private let slots: TextSlots
    private var column: Int32 = 0

    init(_ statement: Statement, in db: Database) {
        owner = statement
        self.statement = statement.sqliteStatement
        self.db = db
        slots = TextSlots(columns: Int(sqlite3_bind_parameter_count(statement.sqliteStatement)))
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ value: Int) {
        column += 1
        sqlite3_bind_int64(statement, column, Int64(value))
    }

    mutating func bind(_ value: Int?) {
        guard let value else { return bindNull() }
        bind(value)
    }

    mutating func bind(_ value: Double?) {
        guard let value else { return bindNull() }
        column += 1
        sqlite3_bind_double(statement, column, value)
    }

    mutating func bind(_ value: String) {
        column += 1
        var value = value
        value.withUTF8 { utf8 in
            if utf8.count <= TextSlots.width {
                let slot = slots.slot(Int(column) - 1)
                if let base = utf8.baseAddress { slot.update(from: base, count: utf8.count) }
                let characters = UnsafeRawPointer(slot).assumingMemoryBound(to: CChar.self)
                _ = sqlite3_bind_text(statement, column, characters, Int32(utf8.count), nil)
            } else if let base = utf8.baseAddress {
                let characters = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                _ = sqlite3_bind_text(statement, column, characters, Int32(utf8.count), Self.transient)
            } else {
                _ = sqlite3_bind_text(statement, column, "", 0, Self.transient)
            }
        }
    }

    mutating func bind(_ value: String?) {
        guard let value else { return bindNull() }
        bind(value)
    }

    /// Binds text that the caller keeps alive and unchanged until ``step()``, such as a stored
    /// property of a record the batch holds: SQLite reads it in place (`SQLITE_STATIC`) instead
    /// of a copy. Text of up to 15 bytes lives inside the `String` value itself, which is a copy
    /// here, so short text goes to its slot as in ``bind(_:)``.
    mutating func bind(held value: String) {
        guard value.utf8.count > TextSlots.width else { return bind(value) }
        let bound: Void? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            let characters = UnsafeRawPointer(utf8.baseAddress!).assumingMemoryBound(to: CChar.self)
            _ = sqlite3_bind_text(statement, column + 1, characters, Int32(utf8.count), nil)
        }
        guard bound != nil else { return bind(value) }
        column += 1
    }

    mutating func bind(held value: String?) {
        guard let value else { return bindNull() }
        bind(held: value)
    }

    mutating func bindNull() {
        column += 1
        sqlite3_bind_null(statement, column)
    }

    /// Runs the insert with the values bound so far and gets ready for the next row.
    mutating func step() throws {
        // Every column is bound again for the next row (nulls included), so no clearing.
        defer {
            sqlite3_reset(statement)
            column = 0
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}

/// The INSERT statements that write up to ``maximumRows`` rows of one table at a time.
///
/// One statement per row pays SQLite's per-statement work (step, reset, the transaction and
/// program checks) for every mention; several rows in one `VALUES` list pay it once.
struct MultiRowInsert: Sendable {
    let maximumRows: Int
    /// `statements[n - 1]` inserts `n` rows.
    private let statements: [String]

    init(table: String, columns: [String], maximumRows: Int = 16) {
        self.maximumRows = maximumRows
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        statements = (1...maximumRows).map { rows in
            head + Array(repeating: row, count: rows).joined(separator: ", ")
        }
    }

    /// The statements for `db`, each looked up in GRDB's statement cache once.
    func prepared(in db: Database) -> Prepared {
        Prepared(sql: statements, db: db)
    }

    /// The statements of one transaction: a look-up in GRDB's cache hashes the SQL text, which
    /// for each document's few rows cost as much as binding them.
    struct Prepared {
        private let sql: [String]
        private let db: Database
        private var inserters: [RowInserter?]

        fileprivate init(sql: [String], db: Database) {
            self.sql = sql
            self.db = db
            inserters = Array(repeating: nil, count: sql.count)
        }

        var maximumRows: Int { sql.count }

        /// Inserts `count` rows, binding row `i` with `bindRow(&inserter, i)`, in statements of up
        /// to ``maximumRows`` rows.
        mutating func insert(count: Int, bindRow: (inout RowInserter, Int) -> Void) throws {
            var start = 0
            while start < count {
                let end = min(start + sql.count, count)
                let slot = end - start - 1
                var inserter = try inserters[slot] ?? RowInserter(db.cachedStatement(sql: sql[slot]), in: db)
                for index in start..<end { bindRow(&inserter, index) }
                try inserter.step()
                inserters[slot] = inserter
                start = end
            }
        }
    }
}
