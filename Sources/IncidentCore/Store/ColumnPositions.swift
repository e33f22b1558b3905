import GRDB

/// Where each column of a result set is, found once for all its rows. GRDB's lookup by name
/// compares the name with every column name, case-insensitively, for each value read — some
/// 7,000 instructions a value, most of the cost of reading a window of incidents.
struct ColumnPositions {
    let positions: [String: Int]

    init(_ row: Row) {
        var positions: [String: Int] = [:]
        for (index, name) in row.columnNames.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
    }

    /// A row of this result set, read by name through the positions.
    func callAsFunction(_ row: Row) -> PositionedRow { PositionedRow(row: row, columns: self) }
}

/// A row read by column name through positions found once (see `ColumnPositions`).
struct PositionedRow {
    let row: Row
    let columns: ColumnPositions

    subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value? {
        guard let index = columns.positions[name] else { return nil }
        return row[index]
    }
}
