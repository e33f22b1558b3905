import GRDB

/// The SQL of keyset pagination for one sort. The list is two segments, each read in order
/// straight off the column's index (`incident_sort_*`): rows where the sort column has a value,
/// ordered by (column, dateKey, id), then rows where it is NULL, ordered by (dateKey, id) — so
/// NULLs come last in both directions, as `IncidentSort.orderBy` says. Sorting by date is the
/// same with (date, id) and (id).
struct SortKeySQL {
    /// One segment: its condition, the columns of its key in list order, and the index to read.
    struct Segment {
        var condition: String
        var keyColumns: [String]
    }

    let sort: IncidentSort
    let index: String
    /// With values first, then NULLs.
    let segments: [Segment]
    /// The columns that locate an incident in the list (read for the anchor).
    let anchorColumns: [String]

    init(_ sort: IncidentSort) {
        self.sort = sort
        let column = sort.column.expression
        if sort.column == .date {
            index = "incident_sort_date"
            segments = [Segment(condition: "date IS NOT NULL", keyColumns: ["date", "id"]),
                        Segment(condition: "date IS NULL", keyColumns: ["id"])]
            anchorColumns = ["date", "id"]
        } else {
            index = "incident_sort_\(column)"
            segments = [Segment(condition: "\(column) IS NOT NULL", keyColumns: [column, "dateKey", "id"]),
                        Segment(condition: "\(column) IS NULL", keyColumns: ["dateKey", "id"])]
            anchorColumns = [column, "dateKey", "id"]
        }
    }

    /// The segment an anchor row belongs to (its sort column NULL or not) and its key values there.
    func locate(_ values: [DatabaseValue]) -> (segment: Int, key: [DatabaseValue]) {
        values[0].isNull ? (1, Array(values.dropFirst())) : (0, values)
    }

    /// `ORDER BY` for a segment, forward (list order) or backward.
    func orderBy(_ segment: Segment, forward: Bool) -> String {
        let descending = sort.descending == forward
        return segment.keyColumns.map { "\($0) \(descending ? "DESC" : "ASC")" }.joined(separator: ", ")
    }

    /// The row-value comparison "comes after the key" (forward) or "comes before it" (backward).
    func beyond(_ segment: Segment, forward: Bool) -> String {
        let descending = sort.descending == forward
        let marks = segment.keyColumns.map { _ in "?" }.joined(separator: ", ")
        return "(\(segment.keyColumns.joined(separator: ", "))) \(descending ? "<" : ">") (\(marks))"
    }
}
