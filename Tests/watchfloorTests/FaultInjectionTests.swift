import Foundation
import Testing

/// Faults injected into the real binary: huge and unreadable files, read-only, locked, damaged
/// and newer stores, no terminal, and the hostile article rendered at extreme sizes.
@Suite struct FaultInjectionTests {
    static let article = CommandRunner.fixtures.appendingPathComponent("articles/002_c0a3f5a48ac1558f.txt").path
    static let hostile = CommandRunner.fixtures.deletingLastPathComponent().appendingPathComponent("hostile/hostile-article.txt").path

    func errors(_ output: CommandRunner.Output) -> [String] {
        output.stderrLines.filter { $0.hasPrefix("watchfloor: error:") }
    }

    /// A store holding one ingested article, made by root (or the current user).
    func storeWithOneArticle() throws -> (dir: String, store: String) {
        let dir = try CommandRunner.temporaryDirectory()
        let store = dir + "/s.sqlite"
        let result = try CommandRunner.run(["ingest", "--store", store, Self.article])
        #expect(result.status == 0, "\(result.stderr)")
        return (dir, store)
    }

    @Test func a100MegabyteFileIsRefusedWithoutReadingItAndTheOthersAreIngested() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let big = dir + "/huge.txt"
        _ = FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: big))
        let line = Data((String(repeating: "Militants fired rockets at the base and officials said so. ", count: 17) + "\n").utf8)
        let block = Data((0..<1000).flatMap { _ in line })
        while try handle.offset() < 100_000_000 { handle.write(block) }
        try handle.close()
        try FileManager.default.copyItem(atPath: Self.article, toPath: dir + "/good.txt")
        let memory = dir + "/maxrss"
        let result = try CommandRunner.run(["-f", "%M", "-o", memory, CommandRunner.binary.path, "ingest", "--store", dir + "/s.sqlite", big, dir + "/good.txt"],
                                           executable: URL(fileURLWithPath: "/usr/bin/time"))
        #expect(result.status == 1)
        #expect(errors(result).count == 1)
        #expect(errors(result).first?.contains("huge.txt: file is 10") == true && errors(result).first?.contains("--max-article-bytes") == true)
        #expect(result.stdout.contains("good.txt: new incident"))
        let kilobytes = Int(try String(contentsOfFile: memory, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") ?? 0
        #expect(kilobytes > 0 && kilobytes < 100_000, "peak memory \(kilobytes) KB stays below the file's size")
        try FileManager.default.removeItem(atPath: big)
    }

    @Test func anUnreadableFileIsReportedAndTheOthersAreIngested() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.article, toPath: dir + "/a-good.txt")
        try FileManager.default.copyItem(atPath: CommandRunner.fixtures.appendingPathComponent("articles/000_f32281e6cc75f096.txt").path,
                                         toPath: dir + "/b-secret.txt")
        #expect(chmod(dir + "/b-secret.txt", 0) == 0)
        // root reads any file, so the denial is checked as an unprivileged user.
        #expect(CommandRunner.makeOwnedByUnprivilegedUser(dir))
        let result = try CommandRunner.runUnprivileged(["ingest", "--store", dir + "/s.sqlite", dir])
        #expect(result.status == 1)
        #expect(errors(result) == ["watchfloor: error: \(dir)/b-secret.txt: cannot read: permission denied: make it readable (chmod +r) or leave it out"])
        #expect(result.stdout.contains("a-good.txt: new incident"))
        #expect(result.stdout.contains("1 of 2 files ingested"))
    }

    @Test func aReadOnlyStoreStillShowsTheDashboardAndIngestSaysWhy() throws {
        let (dir, store) = try storeWithOneArticle()
        // Owned by root, mode 644 in a 755 directory: an unprivileged user can read, not write.
        let render = try CommandRunner.runUnprivileged(["render", "--store", store, "--width", "100", "--height", "30", "--now", "2024-08-06T12:00:00Z"])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stdout.contains("Watchfloor │ s.sqlite"))
        #expect(render.stdout.contains("Ain al-Asad"))
        let export = try CommandRunner.runUnprivileged(["export", "--store", store, "--format", "csv"])
        #expect(export.status == 0, "\(export.stderr)")
        let ingest = try CommandRunner.runUnprivileged(["ingest", "--store", store, CommandRunner.fixtures.appendingPathComponent("articles/000_f32281e6cc75f096.txt").path])
        #expect(ingest.status == 1)
        #expect(errors(ingest).count == 1)
        #expect(errors(ingest).first?.contains("cannot write to store \(store): the file is read-only") == true, "\(ingest.stderr)")
        // Writable file in a read-only directory: SQLite could not keep its log there.
        #expect(CommandRunner.makeOwnedByUnprivilegedUser(store))
        let inDirectory = try CommandRunner.runUnprivileged(["ingest", "--store", store, Self.hostile])
        #expect(errors(inDirectory).first?.contains("its directory \(dir) is read-only") == true, "\(inDirectory.stderr)")
        #expect(try sqlite(store, "SELECT count(*) FROM article") == "1")
    }

    @Test func aLockedStoreMakesIngestWaitThenFailClearly() throws {
        let (_, store) = try storeWithOneArticle()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        holder.arguments = [store]
        let input = Pipe(), output = Pipe()
        holder.standardInput = input
        holder.standardOutput = output
        try holder.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'holding';\n".utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("holding") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
        }
        let result = try CommandRunner.run(["ingest", "--store", store, CommandRunner.fixtures.appendingPathComponent("articles/000_f32281e6cc75f096.txt").path])
        #expect(result.status == 1)
        #expect(errors(result).count == 1)
        #expect(errors(result).first?.contains("locked by another process that is writing to it; try again when it has finished") == true, "\(result.stderr)")
        try input.fileHandleForWriting.close()
        holder.waitUntilExit()
        let again = try CommandRunner.run(["ingest", "--store", store, CommandRunner.fixtures.appendingPathComponent("articles/000_f32281e6cc75f096.txt").path])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func damagedAndNewerStoresAreRefusedWithTheReason() throws {
        let (_, store) = try storeWithOneArticle()
        #expect(try sqlite(store, "PRAGMA user_version = 99; SELECT 'set';") == "set")
        for arguments in [["export", "--store", store], ["render", "--store", store], ["ingest", "--store", store, Self.hostile]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1)
            #expect(errors(result) == ["watchfloor: error: store \(store) was written by a newer Watchfloor (unknown schema version): upgrade watchfloor to open it"])
        }
        #expect(try sqlite(store, "PRAGMA user_version = 1; PRAGMA wal_checkpoint(TRUNCATE);").contains("0|"))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int)
        #expect(truncate(store, off_t(size / 2)) == 0)
        for arguments in [["export", "--store", store], ["render", "--store", store]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1)
            #expect(errors(result).count == 1)
            #expect(errors(result).first?.contains("is damaged") == true, "\(result.stderr)")
        }
    }

    @Test func theDashboardNeedsATerminalOnBothEnds() throws {
        let (_, store) = try storeWithOneArticle()
        let result = try CommandRunner.run(["dash", "--store", store], environment: ["TERM": "xterm-256color"])
        #expect(result.status == 1)
        #expect(errors(result).count == 1)
        #expect(errors(result).first?.contains("terminal") == true, "\(result.stderr)")
    }

    @Test func theHostileArticleRendersCleanlyFromOneByOneTo500By200() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let store = dir + "/h.sqlite"
        let ingest = try CommandRunner.run(["ingest", "--store", store, Self.hostile])
        #expect(ingest.status == 0)
        #expect(ingest.stderrLines == ["watchfloor: \(Self.hostile): warning: replaced 4 invalid UTF-8 sequences with U+FFFD; removed control characters or escape sequences"])
        for (width, height) in [(1, 1), (2, 1), (1, 2), (3, 3), (20, 6), (40, 12), (80, 24), (119, 31), (120, 32), (200, 60), (500, 1), (1, 200), (500, 200)] {
            for ascii in [false, true] {
                let result = try CommandRunner.run(["render", "--store", store, "--width", "\(width)", "--height", "\(height)",
                                                   "--now", "2024-08-06T12:00:00Z"] + (ascii ? ["--ascii"] : []))
                #expect(result.status == 0)
                let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                #expect(lines.count == height, "\(width)×\(height): \(lines.count) lines")
                #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                        "no control characters at \(width)×\(height)")
                #expect(!result.stdout.contains("PWNED"))
            }
        }
    }
}
