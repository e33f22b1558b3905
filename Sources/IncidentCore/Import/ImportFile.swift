import Foundation

/// Reads an import file whole, turning the usual failures into one line a user can act on.
public enum ImportFile {
    public static func read(_ path: String) throws -> Data {
        Data(try readBytes(path))
    }

    /// The file's bytes, read once into memory (a large ACLED export is not copied again).
    public static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(file: path, "no such file: check the path")
        }
        if isDirectory.boolValue { throw ImportError(file: path, "is a directory: give the path of a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError(file: path, "cannot be read: check its permissions")
        }
        defer { try? handle.close() }
        let size = Int((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.intValue ?? 0)
        var bytes = [UInt8](repeating: 0, count: size)
        let got = bytes.withUnsafeMutableBytes { buffer -> Int in
            var total = 0
            while total < buffer.count {
                let n = readDescriptor(handle.fileDescriptor, buffer.baseAddress! + total, buffer.count - total)
                if n <= 0 { return n < 0 ? -1 : total }
                total += n
            }
            return total
        }
        guard got >= 0 else { throw ImportError(file: path, "cannot be read: check its permissions") }
        if got < bytes.count { bytes.removeLast(bytes.count - got) }
        // A pipe (or /dev/stdin) reports no size, or only what is buffered so far: read the rest.
        if let rest = try? handle.readToEnd(), !rest.isEmpty { bytes += rest }
        if bytes.isEmpty { throw ImportError(file: path, "is empty") }
        if bytes.prefix(65_536).contains(0) { throw ImportError(file: path, "is binary, not text: give a CSV or JSON file") }
        return bytes
    }

    /// The header record's fields, or nil for an empty file. A header whose quoted field is never closed
    /// would swallow every row into itself and import nothing, so it is refused with its line.
    static func header(_ reader: inout CSVReader, file: String) throws -> [String]? {
        guard let record = reader.next() else { return nil }
        if record.unclosedQuote {
            throw ImportError(file: file, line: record.line,
                              "the header has a quoted field that is never closed (a missing \"): fix the header line")
        }
        return record.fields
    }
}

/// `read(2)`, outside `ImportFile` whose own `read` would shadow it.
private func readDescriptor(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
