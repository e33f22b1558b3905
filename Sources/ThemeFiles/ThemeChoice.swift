/// Which theme the dashboard opens with: `--theme` if given, else mono with no colour at all
/// when `NO_COLOR` is set (and not empty), else the `theme` saved in the config file, else
/// `light` on a terminal with a pale background, else `default`.
public struct ThemeChoice: Equatable, Sendable {
    /// Where the choice came from.
    public enum Origin: Equatable, Sendable { case flag, noColor, config, paleBackground, fallback }

    /// A theme name or a path to a `.theme` file.
    public var reference: String
    public var origin: Origin

    public init(reference: String, origin: Origin) {
        self.reference = reference
        self.origin = origin
    }

    /// `NO_COLOR` asked for no colour: the terminal is not to show any.
    public var colorsOff: Bool { origin == .noColor }

    /// `paleBackground` is asked only when nothing else decides (it may ask the terminal).
    public static func decide(flag: String?, environment: [String: String], configTheme: String?,
                              paleBackground: () -> Bool = { false }) -> ThemeChoice {
        if let flag { return ThemeChoice(reference: flag, origin: .flag) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return ThemeChoice(reference: "mono", origin: .noColor) }
        if let configTheme, !configTheme.isEmpty { return ThemeChoice(reference: configTheme, origin: .config) }
        if paleBackground() { return ThemeChoice(reference: "light", origin: .paleBackground) }
        return ThemeChoice(reference: "default", origin: .fallback)
    }

    /// `--theme PATH` when the text has a `/` or ends in `.theme`; otherwise a name.
    public static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".theme")
    }
}

extension ThemeLoader {
    /// Loads a theme named by `--theme` or the config: a path or a name.
    public func load(reference: String) throws(ThemeLoadError) -> LoadedTheme {
        ThemeChoice.isPath(reference) ? try load(path: reference) : try load(name: reference)
    }
}
