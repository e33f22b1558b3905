import Foundation
import Testing
@testable import IncidentCore

/// The keyset reads the dashboard uses at scale must show exactly the rows, order and positions
/// of the plain `ORDER BY … OFFSET` list, for every sort in both directions, NULLs included.
@Suite struct KeysetWindowTests {
    /// A small synthetic store: every kind, NULL dates, figures, claims and countries mixed.
    static func store() throws -> IncidentStore {
        let path = try temporaryDirectory() + "/keyset.sqlite"
        _ = try SyntheticStore.generate(incidents: 400, at: path, seed: 3)
        return try IncidentStore(path: path, mode: .existing)
    }

    static let filters = ["", "country:syria", "!country:iraq kind:us_strike kind:attack", "injured>0", "weapon:drone", "tanf"]

    @Test func keysetWindowsMatchTheOffsetListForEverySortAndDirection() throws {
        let store = try Self.store()
        for filterText in Self.filters {
            let filter = try FilterParser.parse(filterText)
            for column in IncidentSort.Column.allCases {
                for descending in [true, false] {
                    let sort = IncidentSort(column: column, descending: descending)
                    let expected = try store.incidents(filter: filter, sort: sort, offset: 0, limit: 100_000).map(\.id)
                    let label = "\(filterText) \(column) \(descending ? "desc" : "asc")"
                    // Forward, seven rows at a time, each page after the last row of the one before.
                    var forward = try store.incidents(filter: filter, sort: sort, from: .start, limit: 7).map(\.id)
                    while let last = forward.last {
                        let page = try store.incidents(filter: filter, sort: sort, from: .after(last), limit: 7).map(\.id)
                        if page.isEmpty { break }
                        forward += page
                    }
                    #expect(forward == expected, "\(label): forward")
                    // Backward from the end.
                    var backward = try store.incidents(filter: filter, sort: sort, from: .end, limit: 5).map(\.id)
                    while let first = backward.first {
                        let page = try store.incidents(filter: filter, sort: sort, from: .before(first), limit: 5).map(\.id)
                        if page.isEmpty { break }
                        backward = page + backward
                    }
                    #expect(backward == expected, "\(label): backward")
                    // Positions, and a window at an incident.
                    for index in stride(from: 0, to: expected.count, by: max(1, expected.count / 9)) {
                        #expect(try store.position(of: expected[index], filter: filter, sort: sort) == index, "\(label): position \(index)")
                        let at = try store.incidents(filter: filter, sort: sort, from: .at(expected[index]), limit: 3).map(\.id)
                        #expect(at == Array(expected[index..<min(expected.count, index + 3)]), "\(label): at \(index)")
                    }
                }
            }
        }
    }

    @Test func countsFromTheTallyEqualCountingTheRows() throws {
        let store = try Self.store()
        for text in ["", "country:syria", "country:ir", "!country:syria", "kind:us_strike", "kind:mention kind:event !country:jordan"] {
            let filter = try FilterParser.parse(text)
            let listed = try store.incidents(filter: filter, sort: .newestFirst, offset: 0, limit: 100_000).count
            #expect(try store.count(filter: filter) == listed, "\(text)")
        }
    }

    @Test func theTallyFollowsWritesOfEveryKind() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/tally.sqlite", mode: .create)
        try store.write { db in
            _ = try IncidentStore.place(db, report: attackReport("2024-01-20"), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-01-25", at: "Al-Tanf Garrison", country: "Syria"), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-02-03", kind: .usStrike), articleId: nil, now: "t")
        }
        #expect(try store.count(filter: .none) == 2)
        #expect(try store.count(filter: try FilterParser.parse("country:syria")) == 1)
        try store.write { db in
            try db.execute(sql: "UPDATE incident SET country = 'Syria' WHERE country = 'Iraq' AND kind = 'attack'")
            try db.execute(sql: "DELETE FROM incident WHERE kind = 'us_strike'")
        }
        #expect(try store.count(filter: try FilterParser.parse("country:syria")) == 2)
        #expect(try store.count(filter: try FilterParser.parse("kind:us_strike")) == 0)
        #expect(try store.monthlyCounts(filter: try FilterParser.parse("country:syria")).map(\.count) == [2])
    }
}
