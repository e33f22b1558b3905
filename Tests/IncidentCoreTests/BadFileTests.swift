import Foundation
import Testing
@testable import IncidentCore

/// Files that are not what they seem: growing or changing while read, over the size cap,
/// not regular files; directory trees that are deep or loop back on themselves.
@Suite struct BadFileTests {
    let article = "---\npublished: 2024-01-21\n---\nRockets hit Ain al-Asad Air Base\n\nMilitants fired rockets at Ain al-Asad Air Base on January 20, 2024.\n"

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aFileChangedWhileReadIsRefusedWithAClearError() throws {
        let path = try temporaryDirectory() + "/growing.txt"
        // Over one read chunk, so the reader is between chunks when the file changes.
        try write(article + String(repeating: "More text about the attack. ", count: 60_000), to: path)
        var reader = ArticleReader()
        reader.afterChunk = { bytesSoFar in
            if bytesSoFar == ArticleReader.chunkBytes, let handle = FileHandle(forWritingAtPath: path) {
                handle.seekToEndOfFile()
                handle.write(Data("appended by another program\n".utf8))
                try? handle.close()
            }
        }
        #expect(throws: ArticleError(file: path, "file changed while it was read: ingest it again once it is complete")) {
            try reader.read(path: path)
        }
        // Once the writer is done, the same file reads fine.
        #expect(try ArticleReader().read(path: path).articles.count == 1)
    }

    @Test func aFileRewrittenInPlaceWhileReadIsRefused() throws {
        let path = try temporaryDirectory() + "/rewritten.txt"
        try write(article + String(repeating: "x", count: 3 * ArticleReader.chunkBytes), to: path)
        // An old modification time, so the rewrite below surely gives a different one.
        var old = [timespec(tv_sec: 1_600_000_000, tv_nsec: 0), timespec(tv_sec: 1_600_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &old, 0) == 0)
        var reader = ArticleReader()
        reader.afterChunk = { bytesSoFar in
            guard bytesSoFar == ArticleReader.chunkBytes else { return }
            // Same size, new content: only the modification time tells.
            let handle = FileHandle(forWritingAtPath: path)
            handle?.seek(toFileOffset: 0)
            handle?.write(Data("+++".utf8))
            try? handle?.close()
        }
        #expect(throws: ArticleError(file: path, "file changed while it was read: ingest it again once it is complete")) {
            try reader.read(path: path)
        }
    }

    @Test func sizeCapIsCheckedBeforeReadingAndWhileReading() throws {
        let dir = try temporaryDirectory()
        try write(article + String(repeating: "y", count: 5000), to: dir + "/big.txt")
        let small = ArticleReader(maxBytes: 1000)
        #expect(throws: ArticleError(file: dir + "/big.txt", "file is \(article.utf8.count + 5000) bytes, over the 1000-byte limit: split it or raise --max-article-bytes")) {
            try small.read(path: dir + "/big.txt")
        }
        // A file that grows past the cap after its size was taken.
        let growing = dir + "/grows.txt"
        let text = article + String(repeating: "z", count: ArticleReader.chunkBytes + 500)
        try write(text, to: growing)
        var reader = ArticleReader(maxBytes: text.utf8.count + 100)
        reader.afterChunk = { bytesSoFar in
            guard bytesSoFar == ArticleReader.chunkBytes, let handle = FileHandle(forWritingAtPath: growing) else { return }
            handle.seekToEndOfFile()
            handle.write(Data(String(repeating: "z", count: 5000).utf8))
            try? handle.close()
        }
        #expect(throws: ArticleError(file: growing, "file grew while it was read and is now over the \(text.utf8.count + 100)-byte limit: split it or raise --max-article-bytes")) {
            try reader.read(path: growing)
        }
    }

    @Test func aFIFOIsNotReadAndDoesNotHang() throws {
        let path = try temporaryDirectory() + "/pipe.txt"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: ArticleError(file: path, "not a regular file (a device, pipe or socket): give article files only")) {
            try ArticleReader().read(path: path)
        }
    }

    @Test func symlinkLoopsAreSearchedOnceAndLoopingLinksReported() throws {
        let dir = try temporaryDirectory()
        try write(article, to: dir + "/a/one.txt")
        try write(article, to: dir + "/a/b/two.txt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/b/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/b/self", withDestinationPath: dir + "/a/b/self")
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/loop.txt", withDestinationPath: dir + "/a/loop.txt")
        let collection = ArticleCollector.collect([dir + "/a"])
        #expect(collection.files == [dir + "/a/b/two.txt", dir + "/a/one.txt"])
        #expect(collection.problems == [ArticleError(file: dir + "/a/loop.txt", "symbolic link loop: fix or remove the link")])
    }

    @Test func deepTreesAreSearchedToTheLimitAndTheRestReported() throws {
        let dir = try temporaryDirectory()
        var path = dir + "/root"
        for level in 1...(ArticleCollector.maximumDepth + 6) {
            path += "/d"
            if level == 40 { try write(article, to: path + "/deep40.txt") }
        }
        try write(article, to: path + "/too-deep.txt")
        let collection = ArticleCollector.collect([dir + "/root"])
        #expect(collection.files.count == 1)
        #expect(collection.files.first?.hasSuffix("/deep40.txt") == true)
        #expect(collection.problems.count == 1)
        #expect(collection.problems.first?.message.contains("nested more than 64 levels") == true)
    }

    @Test func anUnlistableDirectoryIsReportedAndTheRestCollected() throws {
        let dir = try temporaryDirectory()
        try write(article, to: dir + "/ok/one.txt")
        try write(article, to: dir + "/ok/locked/two.txt")
        chmod(dir + "/ok/locked", 0)
        defer { chmod(dir + "/ok/locked", 0o755) }
        let collection = ArticleCollector.collect([dir + "/ok"])
        #expect(collection.files.contains(dir + "/ok/one.txt"))
        if geteuid() == 0 {
            // root reads through permissions; the denial itself is tested by the CLI as an unprivileged user.
            #expect(collection.problems.isEmpty)
        } else {
            #expect(collection.problems.map(\.file) == [dir + "/ok/locked"])
            #expect(collection.problems.first?.message.contains("permission denied") == true)
        }
    }
}
