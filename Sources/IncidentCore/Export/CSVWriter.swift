import Foundation

/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init() {}

    public mutating func writeRow(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",")
        text += "\r\n"
    }

    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
