/// Maps every `Role` to a `Style`. Roles a theme leaves out look like `Theme.builtinDefault`.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role, falling back to the default theme, then to plain.
    public func style(for role: Role) -> Style {
        styles[role] ?? Theme.builtinDefault.styles[role] ?? .plain
    }

    /// The built-in themes by name.
    public static let builtins: [Theme] = [builtinDefault, mono]

    /// Dark-background default: Iraq orange, Syria cyan, reverse-video selection. The same as
    /// `Themes/default.theme`; colours list what 16- and 8-colour terminals show instead. Text
    /// roles (column headers, labels, other countries, tabs) keep the terminal's own text colour
    /// or a mid grey, so that they stay legible on a pale background too.
    public static let builtinDefault = Theme(name: "default", styles: [
        .text: Style(),
        .dim: Style(foreground: .index(245)),
        .header: Style(foreground: .bestFirst([.index(231), .index(15), .white]), background: .bestFirst([.index(24), .blue]), attributes: .bold),
        .headerAccent: Style(foreground: .bestFirst([.index(220), .index(11), .yellow]), background: .bestFirst([.index(24), .blue]), attributes: .bold),
        .title: Style(foreground: .bestFirst([.index(75), .index(12), .cyan]), attributes: .bold),
        .border: Style(foreground: .index(240)),
        .selection: Style(attributes: [.reverse, .bold]),
        .selectionInactive: Style(foreground: .bestFirst([.index(231), .white]), background: .bestFirst([.index(237), .blue])),
        .columnHeader: Style(attributes: [.bold, .underline]),
        .iraq: Style(foreground: .bestFirst([.index(208), .yellow])),
        .syria: Style(foreground: .bestFirst([.index(45), .cyan])),
        .other: Style(),
        .axis: Style(foreground: .index(244)),
        .label: Style(),
        .new: Style(foreground: .bestFirst([.index(82), .index(10), .green]), attributes: .bold),
        .warning: Style(foreground: .bestFirst([.index(214), .yellow]), attributes: .bold),
        .error: Style(foreground: .bestFirst([.index(231), .white]), background: .bestFirst([.index(160), .red]), attributes: .bold),
        .highlight: Style(foreground: .bestFirst([.index(16), .black]), background: .bestFirst([.index(221), .yellow])),
        .hint: Style(foreground: .index(250), background: .index(236)),
        .hintKey: Style(foreground: .index(231), background: .index(236), attributes: .bold),
        .tab: Style(foreground: .index(245)),
        .tabActive: Style(attributes: [.bold, .underline]),
        .banner: Style(foreground: .bestFirst([.index(16), .black]), background: .bestFirst([.index(214), .yellow]), attributes: .bold),
        .muted: Style(foreground: .index(240)),
    ])

    /// No colours at all, for `NO_COLOR` and monochrome terminals: attributes carry the meaning
    /// (Iraq bold, Syria plain, selection reversed, highlights reversed and underlined, new
    /// rows bold and underlined). The same as `Themes/mono.theme`.
    public static let mono = Theme(name: "mono", styles: [
        .text: Style(),
        .dim: Style(attributes: .dim),
        .header: Style(attributes: .reverse),
        .headerAccent: Style(attributes: [.reverse, .bold]),
        .title: Style(attributes: .bold),
        .border: Style(),
        .selection: Style(attributes: [.reverse, .bold]),
        .selectionInactive: Style(attributes: .underline),
        .columnHeader: Style(attributes: [.bold, .underline]),
        .iraq: Style(attributes: .bold),
        .syria: Style(),
        .other: Style(attributes: .dim),
        .axis: Style(),
        .label: Style(),
        .new: Style(attributes: [.bold, .underline]),
        .warning: Style(attributes: .bold),
        .error: Style(attributes: [.reverse, .bold]),
        .highlight: Style(attributes: [.reverse, .underline]),
        .hint: Style(),
        .hintKey: Style(attributes: .bold),
        .tab: Style(),
        .tabActive: Style(attributes: [.bold, .underline]),
        .banner: Style(attributes: [.reverse, .bold]),
        .muted: Style(attributes: .dim),
    ])
}
