import Foundation

/// Reads an import file whole, turning the usual failures into one line a user can act on.
public enum ImportFile {
    public static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(file: path, "no such file: check the path")
        }
        if isDirectory.boolValue { throw ImportError(file: path, "is a directory: give the path of a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, "cannot be read: check its permissions")
        }
        if data.isEmpty { throw ImportError(file: path, "is empty") }
        if data.prefix(65_536).contains(0) { throw ImportError(file: path, "is binary, not text: give a CSV or JSON file") }
        return data
    }
}
