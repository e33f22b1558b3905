import CFuzzer

/// Starts libFuzzer from a Swift `@main`. SwiftPM renames an executable's entry point (so it can
/// be tested), which hides libFuzzer's own `main`; each target's `main` calls this instead.
public enum FuzzDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    public static func run(_ testOneInput: TestOneInput) -> Int32 {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
    }
}
