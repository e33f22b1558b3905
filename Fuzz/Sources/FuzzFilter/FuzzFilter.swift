import Foundation
import FuzzSupport
import IncidentCore

/// One small store for the whole fuzzing run, so parsed filters also run as SQL.
let fuzzStore: IncidentStore = {
    let path = NSTemporaryDirectory() + "watchfloor-fuzz-filter-\(getpid()).sqlite"
    try? FileManager.default.removeItem(atPath: path)
    guard let store = try? IncidentStore(path: path, mode: .create) else { fatalError("cannot create the fuzz store at \(path)") }
    let article = ArticleInput(title: "Rockets hit Ain al-Asad", body: "Militants fired rockets at Ain al-Asad Air Base on January 20, 2024.",
                               published: CalendarDay(iso: "2024-01-21"), fileName: "seed.txt", rawHash: "seed")
    _ = try? Ingester(store: store).ingest([article], file: "seed.txt")
    return store
}()

/// libFuzzer entry: one input is what a user types after `f` in the dashboard. Parsing either
/// fails with a one-line message naming a term, or gives a filter the store can run.
@main
enum FuzzFilterMain {
    static func main() {
        exit(FuzzDriver.run { bytes, count in
            guard let bytes else { return 0 }
            return fuzzFilter(bytes, count)
        })
    }
}

func fuzzFilter(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    do {
        let filter = try FilterParser.parse(text)
        do {
            _ = try fuzzStore.count(filter: filter)
            _ = try fuzzStore.incidents(filter: filter, sort: IncidentSort(), offset: 0, limit: 5)
        } catch {
            fatalError("filter `\(text)` parsed but broke the query: \(error)")
        }
    } catch let error as FilterParser.ParseError {
        if error.description.contains("\n") { fatalError("multi-line parse error for `\(text)`") }
    } catch {
        fatalError("unexpected error type \(type(of: error)) for `\(text)`")
    }
    return 0
}
