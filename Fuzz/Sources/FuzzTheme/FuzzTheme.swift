import Foundation
import FuzzSupport
import ThemeFiles

/// A directory of its own for the whole run: the input is written there as a theme file and
/// loaded the way `--theme PATH` loads one (inheriting from the built-in default).
let fuzzDirectory: String = {
    let path = NSTemporaryDirectory() + "watchfloor-fuzz-theme-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

/// libFuzzer entry: one input is a theme file. Loading either gives a theme or fails with
/// problems that each name the file and a line, one line of text each.
@main
enum FuzzThemeMain {
    static func main() {
        exit(FuzzDriver.run { bytes, count in
            guard let bytes else { return 0 }
            return fuzzTheme(bytes, count)
        })
    }
}

func fuzzTheme(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let path = fuzzDirectory + "/fuzz.theme"
    guard FileManager.default.createFile(atPath: path, contents: Data(UnsafeBufferPointer(start: bytes, count: count))) else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = ThemeFileParser.parse(text, path: path)
    do {
        _ = try ThemeLoader(searchPath: [fuzzDirectory]).load(path: path)
    } catch {
        for problem in error.errors {
            if problem.description.contains("\n") { fatalError("multi-line theme error: \(problem.description.debugDescription)") }
            if !problem.description.hasPrefix(path) { fatalError("theme error without its file: \(problem.description)") }
        }
    }
    return 0
}
