import TUI

/// How roles are spelt in theme files: `header-accent` for `Role.headerAccent` (the Swift
/// spelling `headerAccent` is accepted too).
public enum RoleName {
    /// The spelling used in theme files and `Themes/README.md`.
    public static func fileName(of role: Role) -> String {
        var name = ""
        for character in role.rawValue {
            if character.isUppercase {
                name += "-" + character.lowercased()
            } else {
                name.append(character)
            }
        }
        return name
    }

    /// The role a theme file means by `name`, if any.
    public static func role(named name: String) -> Role? {
        Role.allCases.first { fileName(of: $0) == name || $0.rawValue == name }
    }
}
