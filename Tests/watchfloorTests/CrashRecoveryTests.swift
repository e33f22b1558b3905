import Foundation
import Testing

/// `kill -9` of `ingest` in the middle of 3,000 articles: the store is intact, holds no
/// half-written incident, and the same ingest run again ends with exactly what a clean run gives.
@Suite struct CrashRecoveryTests {
    static let articleCount = 3000

    /// The seed articles again and again, each copy moved to another date and another base,
    /// and numbered so no two are the same article.
    static func generateArticles(into dir: String) throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.fixtures.appendingPathComponent("articles").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: CommandRunner.fixtures.appendingPathComponent("articles/" + $0), encoding: .utf8) }
        let sites = ["Ain al-Asad", "Erbil", "Al-Tanf", "Harir", "Al-Shaddadi", "Rumalyn", "Tower 22", "Conoco"]
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let start = try #require(formatter.date(from: "2023-10-18"))
        for index in 0..<articleCount {
            var text = seeds[index % seeds.count]
            let site = sites[(index / seeds.count) % sites.count]
            for name in ["Ain al-Asad", "Al-Assad", "Al-Asad", "al-Asad", "Erbil"] {
                text = text.replacingOccurrences(of: name, with: site)
            }
            let published = formatter.string(from: start.addingTimeInterval(Double((index * 7) % 300) * 86_400))
            if let range = text.range(of: #"published: \d{4}-\d{2}-\d{2}"#, options: .regularExpression) {
                text.replaceSubrange(range, with: "published: " + published)
            }
            text += "\nReport \(index + 1) of the generated batch.\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir + String(format: "/article-%04d.txt", index)))
        }
    }

    @Test func killedIngestLeavesAnIntactStoreAndTheRerunMatchesACleanRun() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let articles = dir + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        try Self.generateArticles(into: articles)
        let cleanStore = dir + "/clean.sqlite"
        let crashStore = dir + "/crash.sqlite"

        // The clean run goes on beside the others (ingest mostly waits for the disk).
        let cleanRun = Process()
        cleanRun.executableURL = CommandRunner.binary
        cleanRun.arguments = ["ingest", "--store", cleanStore, articles]
        cleanRun.standardOutput = FileHandle.nullDevice
        cleanRun.standardError = FileHandle.nullDevice
        try cleanRun.run()

        // The run that is killed: read its report lines until it is well into the batch.
        let victim = Process()
        victim.executableURL = CommandRunner.binary
        victim.arguments = ["ingest", "--store", crashStore, articles]
        let out = Pipe()
        victim.standardOutput = out
        victim.standardError = FileHandle.nullDevice
        try victim.run()
        var lines = 0
        while lines < Self.articleCount / 3 {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            lines += chunk.filter { $0 == UInt8(ascii: "\n") }.count
        }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal && victim.terminationStatus == SIGKILL)
        #expect(lines >= Self.articleCount / 3 && lines < Self.articleCount, "killed mid-way, after \(lines) files")

        #expect(try sqlite(crashStore, "PRAGMA integrity_check") == "ok")
        let stored = Int(try sqlite(crashStore, "SELECT count(*) FROM article")) ?? -1
        #expect(stored >= Self.articleCount / 3 - 50 && stored < Self.articleCount, "\(stored) articles made it before the kill")
        // No half-written incident: every incident has its sources, counted right, and every
        // source, fact and total belongs to an article that is there.
        #expect(try sqlite(crashStore, "SELECT count(*) FROM incident i WHERE sourceCount != (SELECT count(*) FROM incidentSource s WHERE s.incidentId = i.id)") == "0")
        #expect(try sqlite(crashStore, "SELECT count(*) FROM incident WHERE id NOT IN (SELECT incidentId FROM incidentSource)") == "0")
        #expect(try sqlite(crashStore, "SELECT count(*) FROM incidentSource WHERE articleId IS NOT NULL AND articleId NOT IN (SELECT id FROM article)") == "0")
        #expect(try sqlite(crashStore, "SELECT count(*) FROM fact WHERE articleId NOT IN (SELECT id FROM article)") == "0")
        #expect(try sqlite(crashStore, "SELECT count(*) FROM article a WHERE NOT EXISTS (SELECT 1 FROM fact f WHERE f.articleId = a.id) AND EXISTS (SELECT 1 FROM incidentSource s WHERE s.articleId = a.id)") == "0")

        let rerun = try CommandRunner.run(["ingest", "--store", crashStore, articles])
        #expect(rerun.status == 0, "\(rerun.stderr.prefix(500))")
        #expect(rerun.stdout.contains("\(Self.articleCount) of \(Self.articleCount) files ingested"))
        cleanRun.waitUntilExit()
        #expect(cleanRun.terminationReason == .exit && cleanRun.terminationStatus == 0)

        for format in [["--format", "json"], ["--totals", "--format", "json"]] {
            let fromCrash = try CommandRunner.run(["export", "--store", crashStore] + format)
            let fromClean = try CommandRunner.run(["export", "--store", cleanStore] + format)
            #expect(fromCrash.status == 0 && fromClean.status == 0)
            #expect(fromCrash.stdout.count > 1000)
            #expect(fromCrash.stdout == fromClean.stdout, "export \(format) after the crash and rerun equals the clean run's")
        }
        #expect(try sqlite(crashStore, "SELECT count(*) FROM article") == (try sqlite(cleanStore, "SELECT count(*) FROM article")))
        try? FileManager.default.removeItem(atPath: dir)
    }
}
