import Foundation
import Testing
@testable import IncidentCore

@Suite struct FilterTests {
    @Test func parsesEveryTermOfTheFilterLanguage() throws {
        let filter = try FilterParser.parse("country:syria location:asad weapon:drone group:kataib kind:us_strike after:2024-01-01 before:2024-02-01 injured>0 !country:iraq rockets")
        #expect(filter.terms.count == 10)
        #expect(filter.terms[0] == .init(.country("syria")))
        #expect(filter.terms[4] == .init(.kind(.usStrike)))
        #expect(filter.terms[5] == .init(.dateFrom(CalendarDay(year: 2024, month: 1, day: 1)!)))
        #expect(filter.terms[6] == .init(.dateUntil(CalendarDay(year: 2024, month: 2, day: 1)!)))
        #expect(filter.terms[7] == .init(.injured(.greater, 0)))
        #expect(filter.terms[8] == .init(.country("iraq"), negated: true))
        #expect(filter.terms[9] == .init(.text("rockets")))
        #expect(filter.kinds == [.usStrike])
        #expect(try FilterParser.parse("date>=2024-01-01 date<2024-02-01").terms == [
            .init(.dateFrom(CalendarDay(year: 2024, month: 1, day: 1)!)), .init(.dateUntil(CalendarDay(year: 2024, month: 2, day: 1)!)),
        ])
        #expect(try FilterParser.parse("").kinds == [.attack, .partner, .event])
        #expect(try FilterParser.parse("!kind:event").kinds == [.attack, .usStrike, .partner, .mention])
    }

    @Test func badTermsSayWhatIsAccepted() {
        #expect(throws: FilterParser.ParseError.self) { try FilterParser.parse("colour:red") }
        #expect(throws: FilterParser.ParseError.self) { try FilterParser.parse("after:yesterday") }
        #expect(throws: FilterParser.ParseError.self) { try FilterParser.parse("kind:battle") }
        #expect(throws: FilterParser.ParseError.self) { try FilterParser.parse("injured>some") }
    }

    @Test func queriesFollowFilterSortAndWindow() throws {
        let store = try IncidentStore(path: try temporaryDirectory() + "/q.sqlite", mode: .create)
        try store.write { db in
            _ = try IncidentStore.place(db, report: attackReport("2024-01-20", injured: Figure(count: 2)), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-01-25", at: "Al-Tanf Garrison", country: "Syria"), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-02-02", at: "Al-Tanf Garrison", country: "Syria", injured: Figure(count: 1)), articleId: nil, now: "t")
            _ = try IncidentStore.place(db, report: attackReport("2024-02-03", kind: .usStrike), articleId: nil, now: "t")
        }
        #expect(try store.count(filter: .none) == 3)
        #expect(try store.count(filter: try FilterParser.parse("kind:us_strike")) == 1)
        #expect(try store.count(filter: try FilterParser.parse("country:syria")) == 2)
        #expect(try store.count(filter: try FilterParser.parse("!country:syria")) == 1)
        #expect(try store.count(filter: try FilterParser.parse("injured>0")) == 2)
        #expect(try store.count(filter: try FilterParser.parse("after:2024-01-25 before:2024-02-02")) == 1)
        #expect(try store.count(filter: try FilterParser.parse("tanf")) == 2) // summary text
        let newest = try store.incidents(filter: .none, sort: .newestFirst, offset: 0, limit: 2)
        #expect(newest.map { $0.date.day!.iso } == ["2024-02-02", "2024-01-25"])
        let byInjured = try store.incidents(filter: .none, sort: IncidentSort(column: .injured, descending: true), offset: 0, limit: 3)
        #expect(byInjured.map { $0.usInjured.count } == [2, 1, nil])
        let id = newest[1].id
        #expect(try store.position(of: id, filter: .none, sort: .newestFirst) == 1)
        #expect(try store.position(of: id, filter: try FilterParser.parse("country:iraq"), sort: .newestFirst) == nil)
        let months = try store.monthlyCounts(filter: .none)
        #expect(months == [MonthCount(month: "2024-01", country: "Iraq", count: 1), MonthCount(month: "2024-01", country: "Syria", count: 1),
                           MonthCount(month: "2024-02", country: "Syria", count: 1)])
        #expect(try store.monthlyCounts(filter: try FilterParser.parse("injured>0")).map(\.count) == [1, 1])
    }

    @Test func changeWatcherSeesCommitsFromOtherConnections() throws {
        let path = try temporaryDirectory() + "/w.sqlite"
        let store = try IncidentStore(path: path, mode: .create)
        let watcher = try StoreChangeWatcher(path: path)
        #expect(try watcher.hasChanged())
        #expect(try !watcher.hasChanged())
        try store.write { db in _ = try IncidentStore.place(db, report: attackReport("2024-01-20"), articleId: nil, now: "t") }
        #expect(try watcher.hasChanged())
        #expect(try !watcher.hasChanged())
    }
}
