import GRDB
import GRDBSQLite

/// Binds values straight to a prepared statement and steps it, for the import hot path: no
/// boxing through `DatabaseValue` and no row objects, which cost more than SQLite's own work when
/// hundreds of thousands of rows go into one transaction.
struct SQLiteBinder {
    let statement: OpaquePointer
    let connection: OpaquePointer?
    private var index: Int32 = 0

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: Statement, db: Database) {
        self.statement = statement.sqliteStatement
        self.connection = db.sqliteConnection
    }

    mutating func bind(_ text: String?) {
        index += 1
        if let text { sqlite3_bind_text(statement, index, text, -1, Self.transient) } else { sqlite3_bind_null(statement, index) }
    }

    mutating func bind(_ number: Int?) {
        index += 1
        if let number { sqlite3_bind_int64(statement, index, Int64(number)) } else { sqlite3_bind_null(statement, index) }
    }

    mutating func bind(_ number: Int64) {
        index += 1
        sqlite3_bind_int64(statement, index, number)
    }

    mutating func bind(_ number: Double?) {
        index += 1
        if let number { sqlite3_bind_double(statement, index, number) } else { sqlite3_bind_null(statement, index) }
    }

    mutating func bind(_ value: DatabaseValue) {
        switch value.storage {
        case .null:
            index += 1
            sqlite3_bind_null(statement, index)
        case .int64(let number): bind(number)
        case .double(let number): bind(number as Double?)
        case .string(let text): bind(text as String?)
        case .blob(let data):
            index += 1
            let position = index
            data.withUnsafeBytes { bytes in
                _ = sqlite3_bind_blob(statement, position, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        }
    }

    /// Binds every value in order, runs the statement and resets it.
    mutating func run(values: [DatabaseValue]) throws {
        for value in values { bind(value) }
        try run()
    }

    /// Runs the statement; `row` sees each result row (for `RETURNING`). Resets it afterwards.
    mutating func run(_ row: (OpaquePointer) -> Void = { _ in }) throws {
        defer {
            sqlite3_reset(statement)
            index = 0
        }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_ROW { row(statement); continue }
            if code == SQLITE_DONE { return }
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: connection.map { String(cString: sqlite3_errmsg($0)) })
        }
    }
}
