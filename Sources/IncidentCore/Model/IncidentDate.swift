/// An incident's date with its precision. For `month` precision only year and month are meaningful.
public struct IncidentDate: Hashable, Sendable {
    public var day: CalendarDay?
    public var precision: DatePrecision

    public init(day: CalendarDay?, precision: DatePrecision) {
        self.day = precision == .unknown ? nil : day
        self.precision = day == nil ? .unknown : precision
    }

    public static let unknown = IncidentDate(day: nil, precision: .unknown)

    /// Export form: `YYYY-MM-DD` (day, week), `YYYY-MM` (month), nil (unknown).
    public var exported: String? {
        guard let day else { return nil }
        return precision == .month ? day.isoMonth : day.iso
    }
}
