import Foundation
import Testing

/// `import`, `export --format markdown --filter`, and `report` as a user runs them.
@Suite struct ImportCommandTests {
    static let acled = """
        event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,timestamp
        SYR9001,2024-02-04,2024,1,Explosions/Remote violence,Air/drone strike,Islamic Resistance in Iraq,,Syria,Deir ez Zor,Al-Omar oil field,35.05,40.48,1,SOHR,"A drone hit the base, the SDF said.",6,1707100000
        SYR9002,31-02-2024,2024,1,Explosions/Remote violence,Air/drone strike,Islamic Resistance in Iraq,,Syria,Deir ez Zor,Conoco,35.0,40.3,1,SOHR,Bad date.,0,1707100000
        IRQ9003,05/02/2024,2024,1,Explosions/Remote violence,Shelling/artillery/missile attack,Unidentified Armed Group (Iraq),,Iraq,Erbil,Erbil,36.2,44.0,1,Rudaw,Three rockets fell near the airport.,0,1707200000

        """

    func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func acledImportReportsTheBadRowAndImportsTheRestOnce() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try write(Self.acled, to: dir + "/acled.csv")
        let first = try CommandRunner.run(["import", "acled", "--store", dir + "/s.sqlite", dir + "/acled.csv"])
        #expect(first.status == 1, "a refused row makes the exit status 1")
        #expect(first.stdout.contains("3 rows: 2 new, 0 updated, 0 unchanged, 1 refused"))
        #expect(first.stdout.contains("rows/s"))
        #expect(first.stderrLines.count == 1)
        #expect(first.stderr.contains("acled.csv:3: row 2: event_date `31-02-2024` is not a date"))

        let second = try CommandRunner.run(["import", "acled", "--store", dir + "/s.sqlite", dir + "/acled.csv"])
        #expect(second.stdout.contains("0 new, 0 updated, 2 unchanged"))
        let export = try CommandRunner.run(["export", "--store", dir + "/s.sqlite", "--format", "csv"])
        #expect(export.stdout.split(separator: "\r\n").count == 3, "header and two incidents")
        #expect(export.stdout.contains("SYR9001") && export.stdout.contains("IRQ9003"))
    }

    @Test func strictRefusesTheWholeFile() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try write(Self.acled, to: dir + "/acled.csv")
        let result = try CommandRunner.run(["import", "acled", "--strict", "--store", dir + "/s.sqlite", dir + "/acled.csv"])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("nothing imported (--strict)"))
        let export = try CommandRunner.run(["export", "--store", dir + "/s.sqlite"])
        #expect(export.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func wrongFilesGiveOneErrorLineAndNoStore() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try write("date,base\n2024-01-01,Erbil\n", to: dir + "/sheet.csv")
        try write("{not json", to: dir + "/bad.json")
        try write("as_of,total\nyesterday,3\n", to: dir + "/totals.csv")
        let cases: [([String], [String])] = [
            (["import", "acled", dir + "/sheet.csv"], ["sheet.csv:1", "not an ACLED export", "event_id_cnty"]),
            (["import", "acled", dir + "/missing.csv"], ["missing.csv", "no such file"]),
            (["import", "acled", dir], ["is a directory"]),
            (["import", "json", dir + "/bad.json"], ["bad.json", "JSON"]),
            (["import", "totals", dir + "/totals.csv"], ["totals.csv:2", "as_of"]),
            (["import", "csv", "--map", "date=When", dir + "/sheet.csv"], ["sheet.csv:1", "no column `When`"]),
            (["import", "csv", "--map", "place=base", dir + "/sheet.csv"], ["unknown field `place`"]),
        ]
        for (arguments, words) in cases {
            let result = try CommandRunner.run(arguments + ["--store", dir + "/s.sqlite"])
            #expect(result.status != 0, "\(arguments)")
            let errors = result.stderrLines.filter { $0.contains("error") }
            #expect(errors.count == 1, "one error line for \(arguments): \(result.stderr)")
            for word in words { #expect(result.stderr.contains(word), "\(arguments) should mention \(word): \(result.stderr)") }
            #expect(!FileManager.default.fileExists(atPath: dir + "/s.sqlite"), "no store created by \(arguments)")
        }
    }

    @Test func spreadsheetAndTotalsImportsAddNothingTheSecondTime() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try write("When,Base,Country,Weapon,Wounded,Link\n2024-01-20,Ain al-Asad Air Base,Iraq,ballistic missiles; rockets,4,https://example.org/a\n28/01/2024,Tower 22,Jordan,drone,34,\n", to: dir + "/sheet.csv")
        try write("as_of,total,iraq,syria,jordan,injured,source_url\n2024-02-04,165,66,98,1,,https://example.org/t\n", to: dir + "/totals.csv")
        let map = ["--map", "date=When,location=Base,country=Country,weapons=Weapon,us_injured=Wounded,source_url=Link"]
        let store = ["--store", dir + "/s.sqlite"]
        let sheet = try CommandRunner.run(["import", "csv"] + map + store + [dir + "/sheet.csv"])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        #expect(sheet.stdout.contains("2 new"))
        #expect(try CommandRunner.run(["import", "csv"] + map + store + [dir + "/sheet.csv"]).stdout.contains("0 new, 0 updated, 2 unchanged"))
        #expect(try CommandRunner.run(["import", "totals"] + store + [dir + "/totals.csv"]).stdout.contains("1 new official total"))
        #expect(try CommandRunner.run(["import", "totals"] + store + [dir + "/totals.csv"]).stdout.contains("0 new official totals"))
        let export = try CommandRunner.run(["export", "--format", "markdown", "--filter", "country:jordan"] + store)
        #expect(export.status == 0)
        let lines = export.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2].contains("Tower 22") && lines[2].contains("| drone |") && lines[2].contains("| 34 |"))
        let badFilter = try CommandRunner.run(["export", "--filter", "colour:red"] + store)
        #expect(badFilter.status == 1 && badFilter.stderr.contains("unknown field `colour`"))
    }

    @Test func jsonExportImportsBackIntoAnEmptyStore() throws {
        let dir = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--build-only", "--store", dir + "/demo.sqlite"]).status == 0)
        let exported = try CommandRunner.run(["export", "--store", dir + "/demo.sqlite", "-o", dir + "/all.json"])
        #expect(exported.status == 0)
        let imported = try CommandRunner.run(["import", "json", "--store", dir + "/copy.sqlite", dir + "/all.json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let strip = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("    \"id\": ") }.joined(separator: "\n") }
        let original = try String(contentsOfFile: dir + "/all.json", encoding: .utf8)
        let copy = try CommandRunner.run(["export", "--store", dir + "/copy.sqlite"]).stdout
        #expect(strip(copy) == strip(original))
        let again = try CommandRunner.run(["import", "json", "--store", dir + "/copy.sqlite", dir + "/all.json"])
        #expect(again.stdout.contains(" 0 new, 0 updated"))
    }

    @Test func reportOfTheDemoStore() throws {
        let dir = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["demo", "--build-only", "--store", dir + "/demo.sqlite"]).status == 0)
        let text = try CommandRunner.run(["report", "--store", dir + "/demo.sqlite", "--months", "4"])
        #expect(text.status == 0, "\(text.stderr)")
        for heading in ["Attacks per month (Iraq vs Syria)", "Latest incidents", "Incidents with US casualties", "Official totals against tracked attacks"] {
            #expect(text.stdout.contains(heading))
        }
        #expect(text.stdout.contains("2024-08"))
        #expect(!text.stdout.contains("2024-04  "), "four months back from August only")
        let markdown = try CommandRunner.run(["report", "--store", dir + "/demo.sqlite", "--format", "markdown", "--compare", "Iraq,Jordan"])
        #expect(markdown.stdout.contains("| Month | Iraq | Jordan |"))
        let missing = try CommandRunner.run(["report", "--store", dir + "/none.sqlite"])
        #expect(missing.status == 1 && missing.stderrLines.count == 1 && missing.stderr.contains("no store at"))
    }
}
