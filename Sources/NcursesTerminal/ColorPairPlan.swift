import TUI

/// Which colour pairs to create for a theme, and which pair and attributes each role uses.
///
/// Pure: computed from the theme and the terminal's capabilities, so it is unit-tested.
/// Roles with the same foreground and background share a pair; the terminal's default
/// colours are pair 0, which always exists. Without colours, or once the terminal's pair
/// limit is reached, roles fall back to pair 0 and keep their attributes. On 8/16-colour
/// terminals a foreground that becomes black on the default background becomes the default
/// foreground instead (dark greys would otherwise vanish), and a foreground that becomes the
/// same colour as its background turns white or black; bold is dropped from black text there,
/// because those terminals show bold black as dark grey.
public struct ColorPairPlan: Hashable, Sendable {
    /// One pair to create with `init_extended_pair(number, foreground, background)`.
    public struct Pair: Hashable, Sendable {
        public var number: Int32
        public var foreground: Int32
        public var background: Int32

        public init(number: Int32, foreground: Int32, background: Int32) {
            self.number = number
            self.foreground = foreground
            self.background = background
        }
    }

    /// How one role is drawn.
    public struct Look: Hashable, Sendable {
        public var pair: Int32
        public var attributes: TextAttributes

        public init(pair: Int32, attributes: TextAttributes) {
            self.pair = pair
            self.attributes = attributes
        }
    }

    /// Pairs to create, numbered from 1.
    public private(set) var pairs: [Pair] = []
    /// The look of every role.
    public private(set) var looks: [Role: Look] = [:]

    /// - Parameters:
    ///   - colorCount: the terminal's colour count (0 when it has no colours).
    ///   - pairLimit: the terminal's `COLOR_PAIRS`.
    ///   - defaultColorsAvailable: whether `use_default_colors` succeeded, so -1 may be used;
    ///     if not, the default foreground is white (7) and the background black (0).
    public init(theme: Theme, colorCount: Int, pairLimit: Int, defaultColorsAvailable: Bool = true) {
        var numbers: [Pair: Int32] = [:]
        for role in Role.allCases {
            let style = theme.style(for: role)
            var pairNumber: Int32 = 0
            var attributes = style.attributes
            if colorCount >= 8 {
                var foreground = ColorMapping.colorNumber(for: style.foreground, colorCount: colorCount)
                var background = ColorMapping.colorNumber(for: style.background, colorCount: colorCount)
                if colorCount < 256 && foreground == 0 && background == -1 {
                    // Dark greys collapse to black on basic terminals: invisible on the
                    // usual dark background, so use the terminal's own foreground instead.
                    foreground = -1
                } else if colorCount < 256 && foreground >= 0 && foreground == background {
                    // Two shades of one colour collapsed into the same basic colour: text on a
                    // dark one becomes white, on a light one black.
                    foreground = ColorPairPlan.darkBasicColors.contains(background) ? 7 : 0
                }
                if colorCount < 256 && foreground == 0 {
                    // Basic terminals (xterm, the Linux console) show bold black as dark grey.
                    attributes.remove(.bold)
                }
                if !defaultColorsAvailable {
                    if foreground < 0 { foreground = 7 }
                    if background < 0 { background = 0 }
                }
                let key = Pair(number: 0, foreground: foreground, background: background)
                if foreground == -1 && background == -1 {
                    pairNumber = 0
                } else if let existing = numbers[key] {
                    pairNumber = existing
                } else if pairs.count + 1 < pairLimit {
                    pairNumber = Int32(pairs.count + 1)
                    numbers[key] = pairNumber
                    pairs.append(Pair(number: pairNumber, foreground: foreground, background: background))
                }
            }
            looks[role] = Look(pair: pairNumber, attributes: attributes)
        }
    }

    /// Basic colours that white text reads well on (black, red, blue, magenta, dark grey).
    static let darkBasicColors: Set<Int32> = [0, 1, 4, 5, 8]

    /// The look of a role (every role has one).
    public func look(for role: Role) -> Look {
        looks[role] ?? Look(pair: 0, attributes: [])
    }
}
