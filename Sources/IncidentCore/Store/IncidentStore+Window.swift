import Foundation
import GRDB

/// The dashboard's reads at any store size: a window of rows next to a known incident (keyset
/// pagination over the sort's index), an incident's place in the list (counted over the shorter
/// side of the index), and counts from the tallies kept on write.
extension IncidentStore {
    /// Up to `limit` rows of the filtered, sorted list at `anchor`, in list order. Reads only
    /// those rows (plus the ones the filter skips on the way) off the sort's index.
    public func incidents(filter: IncidentFilter, sort: IncidentSort, from anchor: RowAnchor, limit: Int) throws -> [Incident] {
        guard limit > 0 else { return [] }
        return try read { db in
            Self.incidents(from: try Self.window(db, filter: filter, sort: sort, anchor: anchor, limit: limit))
        }
    }

    static func window(_ db: Database, filter: IncidentFilter, sort: IncidentSort, anchor: RowAnchor, limit: Int) throws -> [Row] {
        let keys = SortKeySQL(sort)
        var forward = true
        var anchorId: Int64?
        switch anchor {
        case .start: break
        case .end: forward = false
        case .after(let id): anchorId = id
        case .before(let id): anchorId = id; forward = false
        case .at(let id):
            let (condition, arguments) = FilterSQL.condition(filter, correlatedText: true)
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM incident WHERE id = ? AND \(condition)",
                                             arguments: [id] + arguments) else {
                return try window(db, filter: filter, sort: sort, anchor: .after(id), limit: limit)
            }
            return [row] + (limit > 1 ? try window(db, filter: filter, sort: sort, anchor: .after(id), limit: limit - 1) : [])
        }
        var start: (segment: Int, key: [DatabaseValue])?
        if let anchorId {
            guard let values = try anchorValues(db, id: anchorId, keys: keys) else { return [] }
            start = keys.locate(values)
        }
        let plan = try QueryPlan(db, filter: filter, keys: keys)
        let order = forward ? Array(keys.segments.indices) : Array(keys.segments.indices.reversed())
        let first = start?.segment ?? order[0]
        var rows: [Row] = []
        for segment in order.drop(while: { $0 != first }) where rows.count < limit {
            rows += try segmentRows(db, plan: plan, keys: keys, segment: segment, after: segment == start?.segment ? start?.key : nil,
                                    forward: forward, limit: limit - rows.count)
        }
        return forward ? rows : rows.reversed()
    }

    static func anchorValues(_ db: Database, id: Int64, keys: SortKeySQL) throws -> [DatabaseValue]? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(keys.anchorColumns.joined(separator: ", ")) FROM incident WHERE id = ?",
                                         arguments: [id]) else { return nil }
        return keys.anchorColumns.indices.map { row[$0] as DatabaseValue }
    }

    private static func segmentRows(_ db: Database, plan: QueryPlan, keys: SortKeySQL, segment index: Int,
                                     after key: [DatabaseValue]?, forward: Bool, limit: Int) throws -> [Row] {
        let segment = keys.segments[index]
        var sql = "SELECT * FROM incident \(plan.hint) WHERE \(plan.condition) AND \(segment.condition)"
        var all = plan.arguments
        if let key {
            sql += " AND " + keys.beyond(segment, forward: forward)
            all += StatementArguments(key)
        }
        sql += " ORDER BY \(keys.orderBy(segment, forward: forward)) LIMIT ?"
        all += [limit]
        return try Row.fetchAll(db, sql: sql, arguments: all)
    }

    /// How a window or count is read: straight off the sort's index, testing each row against
    /// the filter — unless the filter searches text with few full-text matches, when listing
    /// those matches and sorting them is cheaper than walking the index to find them.
    struct QueryPlan {
        var hint: String
        var condition: String
        var arguments: StatementArguments

        /// Fewer full-text matches than this are listed and sorted; more are found by walking the index.
        static let sparseMatches = 2_000

        init(_ db: Database, filter: IncidentFilter, keys: SortKeySQL) throws {
            var walk = true
            if filter.hasText {
                walk = try Self.textMatches(db, filter) >= Self.sparseMatches
            }
            hint = walk ? "INDEXED BY \(keys.index)" : ""
            (condition, arguments) = FilterSQL.condition(filter, correlatedText: walk)
        }

        /// Articles and summaries matching the filter's text terms (a cheap full-text count).
        static func textMatches(_ db: Database, _ filter: IncidentFilter) throws -> Int {
            var total = 0
            for term in filter.terms {
                guard case .text(let words) = term.condition else { continue }
                let match = FilterSQL.ftsQuery(words)
                guard !match.isEmpty else { continue } // nothing to look for: no match (an empty MATCH is an error)
                total += try Int.fetchOne(db, sql: "SELECT count(*) FROM articleSearch WHERE articleSearch MATCH ?", arguments: [match]) ?? 0
                total += try Int.fetchOne(db, sql: "SELECT count(*) FROM incidentSearch WHERE incidentSearch MATCH ?", arguments: [match]) ?? 0
            }
            return total
        }
    }

    /// How many rows a quick position lookup counts on either side at most.
    public static let quickPositionMargin = 2_000

    /// The row index of an incident in the filtered, sorted list, or nil when the filter excludes
    /// it. Counts the rows on the shorter side of it, so an incident near either end costs little.
    public func position(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> Int? {
        try read { db in try Self.position(db, of: id, filter: filter, sort: sort, cap: nil) }
    }

    /// The exact row index when the incident is within `quickPositionMargin` rows of either end
    /// of the list, else `.far` (cheap at any size).
    public func quickPosition(of id: Int64, filter: IncidentFilter, sort: IncidentSort) throws -> QuickPosition {
        // A filter the sort index cannot answer (weapon, words…) is tested row by row: counting
        // 2,000 matches could read tens of thousands of rows, so fewer are counted.
        let margin = filter.isKindsAndCountriesOnly ? Self.quickPositionMargin : Self.quickPositionMargin / 10
        return try read { db in
            guard let index = try Self.position(db, of: id, filter: filter, sort: sort, cap: margin) else {
                return .excluded
            }
            return index < 0 ? .far(margin: margin) : .exact(index)
        }
    }

    /// The exact row index, counted on a background thread.
    public func exactPositionInBackground(of id: Int64, filter: IncidentFilter, sort: IncidentSort) -> PendingResult<Int?> {
        let pending = PendingResult<Int?>()
        DispatchQueue.global(qos: .utility).async {
            pending.finish(Result { try self.position(of: id, filter: filter, sort: sort) })
        }
        return pending
    }

    /// The position; with a cap, -1 when the incident is further than `cap` rows from both ends.
    static func position(_ db: Database, of id: Int64, filter: IncidentFilter, sort: IncidentSort, cap: Int?) throws -> Int? {
        let (condition, arguments) = FilterSQL.condition(filter, correlatedText: true)
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM incident WHERE id = ? AND \(condition)", arguments: [id] + arguments) == true else {
            return nil
        }
        let keys = SortKeySQL(sort)
        guard let values = try anchorValues(db, id: id, keys: keys) else { return nil }
        let anchor = keys.locate(values)
        let quick = min(cap ?? quickPositionMargin, quickPositionMargin)
        if let before = try countBeyond(db, filter: filter, keys: keys, anchor: anchor, forward: false, cap: quick), before < quick {
            return before
        }
        if let after = try countBeyond(db, filter: filter, keys: keys, anchor: anchor, forward: true, cap: quick), after < quick {
            // Near the end the place needs the list's length: quick only when the tallies know
            // it or the store is small; otherwise it is counted in the background.
            if cap != nil, !filter.isKindsAndCountriesOnly, try tallyTotal(db) > quickCountLimit { return -1 }
            return try count(db, filter: filter) - 1 - after
        }
        if cap != nil { return -1 }
        return try countBeyond(db, filter: filter, keys: keys, anchor: anchor, forward: false, cap: nil) ?? 0
    }

    /// Rows before (or after) the anchor in list order, stopping at `cap` when given.
    private static func countBeyond(_ db: Database, filter: IncidentFilter, keys: SortKeySQL,
                                    anchor: (segment: Int, key: [DatabaseValue]), forward: Bool, cap: Int?) throws -> Int? {
        let plan = try QueryPlan(db, filter: filter, keys: keys)
        var total = 0
        let others = forward ? Array(keys.segments.indices.filter { $0 > anchor.segment })
                             : Array(keys.segments.indices.filter { $0 < anchor.segment })
        var parts: [(String, StatementArguments)] = [(keys.beyond(keys.segments[anchor.segment], forward: forward)
                                                      + " AND " + keys.segments[anchor.segment].condition, StatementArguments(anchor.key))]
        for other in others { parts.append((keys.segments[other].condition, [])) }
        for (extra, extraArguments) in parts {
            let remaining = cap.map { $0 - total }
            if let remaining, remaining <= 0 { break }
            let inner = "SELECT 1 FROM incident \(plan.hint) WHERE \(plan.condition) AND \(extra)"
            let sql = remaining.map { "SELECT count(*) FROM (\(inner) LIMIT \($0))" } ?? "SELECT count(*) FROM (\(inner))"
            total += try Int.fetchOne(db, sql: sql, arguments: plan.arguments + extraArguments) ?? 0
        }
        return total
    }

    /// How many articles and incident summaries match the words (a full-text count, cheap at
    /// any size: the search says this much without listing the incidents).
    public func textMatches(_ words: String) throws -> Int {
        try read { db in try QueryPlan.textMatches(db, IncidentFilter(terms: [IncidentFilter.Term(.text(words))])) }
    }

    /// How many incidents the filter matches: from the per-kind-and-country tally when the filter
    /// names only kinds and countries, else counted.
    static func count(_ db: Database, filter: IncidentFilter) throws -> Int {
        let (condition, arguments) = FilterSQL.condition(filter)
        if filter.isKindsAndCountriesOnly {
            return try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM incidentTally WHERE \(condition)", arguments: arguments) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE \(condition)", arguments: arguments) ?? 0
    }
}

extension IncidentFilter {
    /// True when every term is a kind or a country, so the tallies and the monthly rollup answer it.
    public var isKindsAndCountriesOnly: Bool {
        terms.allSatisfy {
            switch $0.condition {
            case .kind, .country: return true
            default: return false
            }
        }
    }

    /// The kind and country terms alone: a filter at least as wide, which the tallies count.
    public var kindsAndCountriesOnly: IncidentFilter {
        IncidentFilter(terms: terms.filter {
            switch $0.condition {
            case .kind, .country: return true
            default: return false
            }
        }, source: source)
    }

    /// True when a term searches the text of articles and summaries.
    var hasText: Bool {
        terms.contains { if case .text = $0.condition { return true } else { return false } }
    }
}
