/// A reported count with its hedge: `2` + `at least`, `nil` + `several`, `0` when the text says none.
public struct Figure: Hashable, Codable, Sendable {
    public var count: Int?
    public var qualifier: Qualifier?

    public init(count: Int? = nil, qualifier: Qualifier? = nil) {
        self.count = count
        self.qualifier = qualifier
    }

    public static let unknown = Figure()

    /// True when nothing at all was reported.
    public var isUnknown: Bool { count == nil && qualifier == nil }

    /// Short form for tables: `2`, `≥2`, `>2`, `~70`, `?` (several/possible), empty when unknown.
    public var compact: String {
        switch (count, qualifier) {
        case (nil, nil): return ""
        case (nil, _): return "?"
        case (let n?, nil): return String(n)
        case (let n?, .atLeast?): return "≥\(n)"
        case (let n?, .moreThan?): return ">\(n)"
        case (let n?, .about?): return "~\(n)"
        case (let n?, .some): return "\(n)?"
        }
    }

    /// Readable form: `at least 2`, `several`, `8`.
    public var spelled: String {
        switch (count, qualifier) {
        case (nil, nil): return "unknown"
        case (nil, let q?): return q.rawValue
        case (let n?, nil): return String(n)
        case (let n?, let q?): return "\(q.rawValue) \(n)"
        }
    }

    /// True when the figure says someone was hurt: a count above zero, or "several", "at least",
    /// "more than" without one. "Possible" and unknown do not count.
    public var reportsCasualties: Bool {
        if let count { return count > 0 }
        guard let qualifier else { return false }
        return qualifier == .several || qualifier == .dozens || qualifier == .atLeast || qualifier == .moreThan
    }
}
