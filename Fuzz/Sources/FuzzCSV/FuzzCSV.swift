import Foundation
import FuzzSupport
import IncidentCore

/// libFuzzer entry: one input is a CSV file (an ACLED export or a reference table). The reader
/// must end, number records by non-decreasing line, and look up columns without trapping.
@main
enum FuzzCSVMain {
    static func main() {
        exit(FuzzDriver.run { bytes, count in
            guard let bytes else { return 0 }
            return fuzzCSV(bytes, count)
        })
    }
}

func fuzzCSV(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    var previousLine = 0
    var records = 0
    for record in CSVReader(text: text) {
        records += 1
        if record.line < previousLine { fatalError("record line \(record.line) after line \(previousLine)") }
        if records > count + 1 { fatalError("more records than bytes: the reader does not end") }
        previousLine = record.line
    }
    let table = CSVTable(text: text)
    for row in table.rows {
        for name in ["event_date", "country", "location", "fatalities", "notes", "event_id_cnty"] {
            _ = table.value(name, in: row)
        }
    }
    return 0
}
