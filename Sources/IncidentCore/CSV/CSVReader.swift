import Foundation

/// Reads RFC 4180 CSV: quoted fields with commas, doubled quotes and newlines, a UTF-8 byte-order
/// mark, LF or CRLF line ends. Yields one record at a time with the line it started on.
public struct CSVReader: Sequence, IteratorProtocol {
    /// One parsed record and the 1-based line of the file on which it starts.
    public struct Record: Sendable {
        public var fields: [String]
        public var line: Int
    }

    private var scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1

    public init(text: String) {
        var s = Array(text.unicodeScalars)
        if s.first == "\u{FEFF}" { s.removeFirst() }
        scalars = s
    }

    public mutating func next() -> Record? {
        guard index < scalars.count else { return nil }
        let startLine = line
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var atFieldStart = true
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if inQuotes {
                if c == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
                atFieldStart = true
            case "\r":
                if index < scalars.count, scalars[index] == "\n" { index += 1 }
                line += 1
                fields.append(String(field))
                return Record(fields: fields, line: startLine)
            case "\n":
                line += 1
                fields.append(String(field))
                return Record(fields: fields, line: startLine)
            default:
                field.append(c)
                atFieldStart = false
            }
        }
        fields.append(String(field))
        return Record(fields: fields, line: startLine)
    }
}

/// A CSV file read into a header and rows, with columns looked up by name (case-insensitive).
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [CSVReader.Record]

    public init(text: String) {
        var reader = CSVReader(text: text)
        header = reader.next()?.fields.map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        var rows: [CSVReader.Record] = []
        while let record = reader.next() {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            rows.append(record)
        }
        self.rows = rows
    }

    /// The index of the column with this name, ignoring case, or nil.
    public func column(_ name: String) -> Int? {
        let wanted = name.lowercased()
        return header.firstIndex { $0.lowercased() == wanted }
    }

    /// The value of the named column in a row, cleaned of escape sequences and controls like
    /// article text (imported notes come from the open web too); empty cells and missing columns are nil.
    public func value(_ name: String, in row: CSVReader.Record) -> String? {
        guard let i = column(name), i < row.fields.count else { return nil }
        let v = TextSanitizer.clean(row.fields[i]).text.trimmingCharacters(in: .whitespaces)
        return v.isEmpty ? nil : v
    }
}
