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

    /// Dark-background default: Iraq orange, Syria cyan, reverse-video selection.
    public static let builtinDefault = Theme(name: "default", styles: [
        .text: Style(),
        .dim: Style(foreground: .index(245)),
        .header: Style(foreground: .index(231), background: .index(24), attributes: .bold),
        .headerAccent: Style(foreground: .index(220), background: .index(24), attributes: .bold),
        .title: Style(foreground: .index(75), attributes: .bold),
        .border: Style(foreground: .index(240)),
        .selection: Style(attributes: [.reverse, .bold]),
        .selectionInactive: Style(background: .index(237)),
        .columnHeader: Style(foreground: .index(252), attributes: [.bold, .underline]),
        .iraq: Style(foreground: .index(208)),
        .syria: Style(foreground: .index(45)),
        .other: Style(foreground: .index(250)),
        .axis: Style(foreground: .index(244)),
        .label: Style(foreground: .index(250)),
        .new: Style(foreground: .index(82), attributes: .bold),
        .warning: Style(foreground: .index(214), attributes: .bold),
        .error: Style(foreground: .index(231), background: .index(160), attributes: .bold),
        .highlight: Style(foreground: .index(16), background: .index(221)),
        .hint: Style(foreground: .index(250), background: .index(236)),
        .hintKey: Style(foreground: .index(231), background: .index(236), attributes: .bold),
        .tab: Style(foreground: .index(248)),
        .tabActive: Style(foreground: .index(231), attributes: [.bold, .underline]),
        .banner: Style(foreground: .index(16), background: .index(214), attributes: .bold),
        .muted: Style(foreground: .index(240)),
    ])

    /// No colours at all, for `NO_COLOR` and monochrome terminals: attributes carry the meaning.
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
        .new: Style(attributes: .bold),
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
