import Foundation

/// Reads RFC 4180 CSV: quoted fields with commas, doubled quotes and newlines, a UTF-8 byte-order
/// mark, LF or CRLF line ends. Yields one record at a time with the line it started on. Works on
/// the UTF-8 bytes (every delimiter is ASCII), so large files read quickly.
public struct CSVReader: Sequence, IteratorProtocol {
    /// One parsed record and the 1-based line of the file on which it starts.
    public struct Record: Sendable {
        public var fields: [String]
        public var line: Int
        /// True when a quoted field was still open at the end of the input (a missing `"`).
        public var unclosedQuote = false
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Reads raw file contents; invalid UTF-8 inside a field becomes U+FFFD.
    public init(data: Data) {
        self.init(bytes: [UInt8](data))
    }

    /// Reads UTF-8 bytes as they are (no copy of the input).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// How many bytes of the input have been read (for progress display).
    public var bytesRead: Int { index }
    /// The size of the input in bytes.
    public var byteCount: Int { bytes.count }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
                       cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    public mutating func next() -> Record? {
        guard index < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(32)
        let count = bytes.count
        while true {
            // One field starting at `index`.
            if index < count, bytes[index] == Self.quote {
                index += 1
                var field: [UInt8] = []
                var closed = false
                while index < count {
                    let c = bytes[index]
                    if c == Self.quote {
                        if index + 1 < count, bytes[index + 1] == Self.quote {
                            field.append(Self.quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if c == Self.lf { line += 1 }
                    field.append(c)
                    index += 1
                }
                // Anything after the closing quote up to the delimiter belongs to the field too.
                let rest = index
                while index < count, bytes[index] != Self.comma, bytes[index] != Self.cr, bytes[index] != Self.lf { index += 1 }
                if index > rest { field.append(contentsOf: bytes[rest..<index]) }
                fields.append(String(decoding: field, as: UTF8.self))
                if !closed { return Record(fields: fields, line: startLine, unclosedQuote: true) }
            } else {
                let start = index
                while index < count, bytes[index] != Self.comma, bytes[index] != Self.cr, bytes[index] != Self.lf { index += 1 }
                fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
            guard index < count else { return Record(fields: fields, line: startLine) }
            let c = bytes[index]
            index += 1
            if c == Self.comma { continue }
            if c == Self.cr, index < count, bytes[index] == Self.lf { index += 1 }
            line += 1
            return Record(fields: fields, line: startLine)
        }
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
