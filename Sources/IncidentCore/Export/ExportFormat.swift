/// The formats `watchfloor export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, ndjson, csv
}
