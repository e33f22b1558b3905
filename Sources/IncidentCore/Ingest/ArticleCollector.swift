import Foundation

/// Expands the paths given to `ingest` into article files: files as given, directories searched
/// recursively for `*.txt`, `*.md`, `*.json`, `*.ndjson` (hidden files skipped), in name order.
public enum ArticleCollector {
    public static func files(for paths: [String]) throws -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ArticleError(file: path, "no such file or directory: check the path")
            }
            if !isDirectory.boolValue {
                out.append(path)
                continue
            }
            let found = try articles(inDirectory: path)
            guard !found.isEmpty else {
                throw ArticleError(file: path, "directory holds no articles (*.txt, *.md, *.json, *.ndjson)")
            }
            out.append(contentsOf: found)
        }
        return out
    }

    private static func articles(inDirectory root: String) throws -> [String] {
        var found: [String] = []
        var visited = Set<String>()
        func walk(_ directory: String, depth: Int) throws {
            let real = (directory as NSString).resolvingSymlinksInPath
            guard depth < 64, visited.insert(real).inserted else { return } // symlink loops, absurd depth
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                throw ArticleError(file: directory, "cannot list directory: \(IncidentStore.reason(error))")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = (directory as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    try walk(path, depth: depth + 1)
                } else if ArticleReader.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(path)
                }
            }
        }
        try walk(root, depth: 0)
        return found
    }
}
