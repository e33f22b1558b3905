import Foundation
import Testing

/// Each kind of bad input gets one clear error line, a non-zero exit, and nothing written.
@Suite struct BadInputTests {
    func expectOneErrorAndNoStore(_ arguments: [String], store: String, mentions words: [String],
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 1, "exit status", sourceLocation: sourceLocation)
        let errors = result.stderrLines.filter { $0.hasPrefix("watchfloor: error:") }
        #expect(errors.count == 1, "one error line, got: \(result.stderr)", sourceLocation: sourceLocation)
        for word in words {
            #expect(errors.first?.contains(word) == true, "error should mention \(word): \(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!FileManager.default.fileExists(atPath: store), "no store is created", sourceLocation: sourceLocation)
    }

    @Test func missingPath() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try expectOneErrorAndNoStore(["ingest", "--store", dir + "/s.sqlite", dir + "/nope.txt"],
                                     store: dir + "/s.sqlite", mentions: ["nope.txt", "no such file"])
    }

    @Test func directoryWithNoArticles() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/empty/sub", withIntermediateDirectories: true)
        try Data("not an article".utf8).write(to: URL(fileURLWithPath: dir + "/empty/sub/photo.jpg"))
        try expectOneErrorAndNoStore(["ingest", "--store", dir + "/s.sqlite", dir + "/empty"],
                                     store: dir + "/s.sqlite", mentions: ["empty", "no articles"])
    }

    @Test func binaryFile() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: dir + "/image.txt"))
        try expectOneErrorAndNoStore(["ingest", "--store", dir + "/s.sqlite", dir + "/image.txt"],
                                     store: dir + "/s.sqlite", mentions: ["image.txt", "binary"])
    }

    @Test func emptyFile() throws {
        let dir = try CommandRunner.temporaryDirectory()
        #expect(FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data()))
        try expectOneErrorAndNoStore(["ingest", "--store", dir + "/s.sqlite", dir + "/empty.txt"],
                                     store: dir + "/s.sqlite", mentions: ["empty.txt", "empty"])
    }

    @Test func malformedFrontMatterNamesTheLine() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try Data("---\noutlet: Reuters\npublished: last week\n---\nRockets hit Ain al-Asad\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/bad.txt"))
        try expectOneErrorAndNoStore(["ingest", "--store", dir + "/s.sqlite", dir + "/bad.txt"],
                                     store: dir + "/s.sqlite", mentions: ["bad.txt:3", "published"])
    }

    @Test func storePathThatIsADirectory() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let article = CommandRunner.fixtures.appendingPathComponent("articles/002_c0a3f5a48ac1558f.txt").path
        let result = try CommandRunner.run(["ingest", "--store", dir, article])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("is a directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func fileThatIsNotAStore() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let notes = dir + "/notes.sqlite"
        let original = Data("my notes, not a database\n".utf8)
        try original.write(to: URL(fileURLWithPath: notes))
        let article = CommandRunner.fixtures.appendingPathComponent("articles/002_c0a3f5a48ac1558f.txt").path
        for arguments in [["ingest", "--store", notes, article], ["export", "--store", notes]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.contains("not a Watchfloor store"))
        }
        #expect(FileManager.default.contents(atPath: notes) == original)
    }

    @Test func unwritableLocation() throws {
        let dir = try CommandRunner.temporaryDirectory()
        let blocker = dir + "/file"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        let article = CommandRunner.fixtures.appendingPathComponent("articles/002_c0a3f5a48ac1558f.txt").path
        // A store under a path whose "directory" is a regular file can never be created.
        try expectOneErrorAndNoStore(["ingest", "--store", blocker + "/sub/s.sqlite", article],
                                     store: blocker + "/sub/s.sqlite", mentions: ["cannot create store", "not a directory"])
    }

    @Test func exportAndReportOnAMissingStoreCreateNothing() throws {
        let dir = try CommandRunner.temporaryDirectory()
        try expectOneErrorAndNoStore(["export", "--store", dir + "/none.sqlite"], store: dir + "/none.sqlite",
                                     mentions: ["no store at", "none.sqlite"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let dir = try CommandRunner.temporaryDirectory()
        #expect(FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data()))
        let article = CommandRunner.fixtures.appendingPathComponent("articles/002_c0a3f5a48ac1558f.txt").path
        let result = try CommandRunner.run(["ingest", "--store", dir + "/s.sqlite", dir + "/empty.txt", article])
        #expect(result.status == 1)
        #expect(result.stdout.contains("002_c0a3f5a48ac1558f.txt:"))
        #expect(result.stdout.contains("1 of 2 files ingested"))
        #expect(FileManager.default.fileExists(atPath: dir + "/s.sqlite"))
    }
}
