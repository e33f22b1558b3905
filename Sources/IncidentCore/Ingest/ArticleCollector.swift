import Foundation

/// Expands the paths given to `ingest` into article files: files as given, directories searched
/// recursively for `*.txt`, `*.md`, `*.json`, `*.ndjson` (hidden files skipped), in name order.
/// Symbolic links are followed, each directory at most once (so loops end); what cannot be
/// searched is reported as a problem while the rest is still collected.
public enum ArticleCollector {
    /// Directories nested deeper than this below a given path are reported, not searched.
    public static let maximumDepth = 64

    /// The article files found and one error per path or directory that could not be searched.
    public struct Collection: Sendable {
        public var files: [String] = []
        public var problems: [ArticleError] = []
    }

    public static func collect(_ paths: [String]) -> Collection {
        var result = Collection()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.problems.append(ArticleError(file: path, brokenLinkReason(path) ?? "no such file or directory: check the path"))
                continue
            }
            if !isDirectory.boolValue {
                result.files.append(path)
                continue
            }
            let before = result.files.count
            search(path, into: &result)
            if result.files.count == before, !result.problems.contains(where: { $0.file.hasPrefix(path) }) {
                result.problems.append(ArticleError(file: path, "directory holds no articles (*.txt, *.md, *.json, *.ndjson)"))
            }
        }
        return result
    }

    /// The files of `collect`, throwing its first problem.
    public static func files(for paths: [String]) throws -> [String] {
        let collection = collect(paths)
        if let problem = collection.problems.first { throw problem }
        return collection.files
    }

    private static func search(_ root: String, into result: inout Collection) {
        var visited = Set<String>()
        func walk(_ directory: String, depth: Int) {
            // Foundation's resolvingSymlinksInPath leaves `..` links unresolved on Linux; realpath does not.
            guard let resolved = realpath(directory, nil) else {
                result.problems.append(ArticleError(file: directory, "cannot resolve the directory: \(String(cString: strerror(errno)).lowercased())"))
                return
            }
            let real = String(cString: resolved)
            free(resolved)
            guard visited.insert(real).inserted else { return } // a symbolic link back up: already searched
            guard depth <= maximumDepth else {
                result.problems.append(ArticleError(file: directory, "directory nested more than \(maximumDepth) levels deep: not searched; ingest it by its own path"))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                result.problems.append(ArticleError(file: directory, "cannot list directory: \(IncidentStore.reason(error))"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = (directory as NSString).appendingPathComponent(name)
                let isArticle = ArticleReader.articleExtensions.contains((name as NSString).pathExtension.lowercased())
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    if isArticle, let reason = brokenLinkReason(path) { result.problems.append(ArticleError(file: path, reason)) }
                    continue
                }
                if isDirectory.boolValue {
                    walk(path, depth: depth + 1)
                } else if isArticle {
                    result.files.append(path)
                }
            }
        }
        walk(root, depth: 0)
    }

    /// For a symbolic link whose target cannot be reached: why.
    private static func brokenLinkReason(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        if stat(path, &info) != 0, errno == ELOOP { return "symbolic link loop: fix or remove the link" }
        return "symbolic link to a file that does not exist: fix or remove the link"
    }
}
