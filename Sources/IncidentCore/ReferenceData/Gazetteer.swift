import Foundation

/// A known site (base, garrison, landing zone) where attacks on US forces are reported.
public struct Base: Hashable, Sendable {
    public var name: String
    public var country: String
    public var admin1: String
    public var latitude: Double?
    public var longitude: Double?
    public var kind: String
    public var officialNames: [String]
}

/// The project's list of canonical sites, read from the bundled `bases.csv`.
public struct Gazetteer: Sendable {
    public var bases: [Base]

    public init(bases: [Base]) { self.bases = bases }

    /// Reads `name,country,admin1,latitude,longitude,kind,official_names` CSV.
    public init(csv: String) {
        let table = CSVTable(text: csv)
        bases = table.rows.compactMap { row in
            guard let name = table.value("name", in: row), let country = table.value("country", in: row) else {
                return nil
            }
            return Base(
                name: name, country: country, admin1: table.value("admin1", in: row) ?? "",
                latitude: table.value("latitude", in: row).flatMap(Double.init),
                longitude: table.value("longitude", in: row).flatMap(Double.init),
                kind: table.value("kind", in: row) ?? "",
                officialNames: (table.value("official_names", in: row) ?? "")
                    .split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            )
        }
    }

    public static let bundled = Gazetteer(csv: BundledData.basesCSV)

    /// The base with exactly this canonical name.
    public func base(named name: String) -> Base? { bases.first { $0.name == name } }
}

/// An armed group named in this reporting, with its other names and abbreviations.
public struct ArmedGroup: Hashable, Sendable {
    public var name: String
    public var kind: String
    public var alsoKnownAs: [String]
}

/// The project's list of armed groups, read from the bundled `groups.csv`.
public struct GroupCatalog: Sendable {
    public var groups: [ArmedGroup]

    public init(groups: [ArmedGroup]) { self.groups = groups }

    public init(csv: String) {
        let table = CSVTable(text: csv)
        groups = table.rows.compactMap { row in
            guard let name = table.value("name", in: row) else { return nil }
            return ArmedGroup(
                name: name, kind: table.value("kind", in: row) ?? "",
                alsoKnownAs: (table.value("also_known_as", in: row) ?? "")
                    .split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            )
        }
    }

    public static let bundled = GroupCatalog(csv: BundledData.groupsCSV)
}
