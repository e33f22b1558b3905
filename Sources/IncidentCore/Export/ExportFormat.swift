/// The formats `watchfloor export` writes (Markdown: one table with the CSV's columns).
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, ndjson, csv, markdown
}
