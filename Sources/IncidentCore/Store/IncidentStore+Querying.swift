import Foundation
import GRDB

/// The queries the dashboard needs: a window of rows for a filter and sort, counts, the monthly
/// chart, an incident's source articles, and text search.
extension IncidentStore {
    /// Rows `offset ..< offset + limit` of the filtered, sorted incidents (without sources).
    public func incidents(filter: IncidentFilter, sort: IncidentSort, offset: Int, limit: Int) throws -> [Incident] {
        let (condition, arguments) = FilterSQL.condition(filter)
        return try read { db in
            Self.incidents(from: try Row.fetchAll(db, sql: "SELECT * FROM incident WHERE \(condition) ORDER BY \(sort.orderBy) LIMIT ? OFFSET ?",
                                                  arguments: arguments + [max(0, limit), max(0, offset)]))
        }
    }

    /// How many incidents the filter matches.
    public func count(filter: IncidentFilter) throws -> Int {
        try read { db in try Self.count(db, filter: filter) }
    }

    /// Attacks per month and country (kinds `attack` and `event` only, as the filter allows):
    /// from the rollup when the filter only restricts kinds and countries, else counted over the filtered rows.
    public func monthlyCounts(filter: IncidentFilter) throws -> [MonthCount] {
        let kinds = filter.kinds.filter { $0 == .attack || $0 == .event }
        guard !kinds.isEmpty else { return [] }
        return try read { db in
            let rows: [Row]
            if filter.isKindsAndCountriesOnly {
                let (condition, arguments) = FilterSQL.condition(filter, kinds: kinds)
                rows = try Row.fetchAll(db, sql: """
                    SELECT month, country, sum(count) AS n FROM monthlyCount WHERE \(condition)
                    GROUP BY month, country ORDER BY month, country
                    """, arguments: arguments)
            } else {
                let (condition, arguments) = FilterSQL.condition(filter, kinds: kinds)
                rows = try Row.fetchAll(db, sql: """
                    SELECT substr(date, 1, 7) AS month, coalesce(country, '') AS country, count(*) AS n
                    FROM incident WHERE \(condition) AND date IS NOT NULL
                    GROUP BY 1, 2 ORDER BY 1, 2
                    """, arguments: arguments)
            }
            // By position (month, country, n), not by name: some thousand rows at every reload.
            return rows.map { MonthCount(month: $0[0], country: $0[1], count: $0[2]) }
        }
    }

    /// Stores with at most this many incidents are counted on the spot whatever the filter.
    public static let quickCountLimit = 50_000

    /// True when `count(filter:)` and `monthlyCounts(filter:)` answer without counting many rows:
    /// the filter names only kinds and countries (the tallies answer it), or the store holds at
    /// most `limit` incidents.
    public func countsAreQuick(filter: IncidentFilter, limit: Int = IncidentStore.quickCountLimit) throws -> Bool {
        if filter.isKindsAndCountriesOnly { return true }
        return try read { db in try Self.tallyTotal(db) } <= limit
    }

    /// All incidents of every kind, from the tallies.
    static func tallyTotal(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM incidentTally") ?? 0
    }

    /// Total incidents of the default kinds (what the header shows as "of N").
    public func totalCount() throws -> Int { try count(filter: .none) }

    /// The sources of an incident with their article text and fact spans, oldest first.
    public func sourceArticles(incidentId: Int64) throws -> [SourceArticle] {
        try read { db in
            let sources = try Self.sources(db, incidentId: incidentId)
            return try sources.map { source in
                guard let hash = source.articleId,
                      let article = try Row.fetchOne(db, sql: "SELECT id, body, language FROM article WHERE hash = ?", arguments: [hash]) else {
                    return SourceArticle(source: source, body: nil, language: nil, facts: [])
                }
                let articleId: Int64 = article["id"]
                let facts = try Row.fetchAll(db, sql: """
                    SELECT field, value, spanStart, spanEnd FROM fact WHERE articleId = ? ORDER BY spanStart, id
                    """, arguments: [articleId]).map {
                    Fact(field: $0["field"], value: $0["value"], span: TextSpan(start: $0["spanStart"], end: $0["spanEnd"]))
                }
                return SourceArticle(source: source, body: article["body"], language: article["language"], facts: facts)
            }
        }
    }
}
