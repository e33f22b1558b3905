/// The characters used for borders, bars and markers: Unicode, or ASCII for terminals
/// whose locale is not UTF-8.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Where a horizontal separator meets the left border (├).
    public var teeLeft: Character
    /// Where a horizontal separator meets the right border (┤).
    public var teeRight: Character
    /// Vertical bar pieces from 1/8 to 8/8 of a cell (index 0 is 1/8, index 7 the full block).
    public var lowerEighths: [Character]
    /// Horizontal bar pieces from 1/8 to 8/8 of a cell (index 0 is 1/8, index 7 the full block).
    public var leftEighths: [Character]
    /// Marks text cut short.
    public var ellipsis: String
    public var arrowUp: Character
    public var arrowDown: Character
    /// A bullet for new rows, legends and status lights.
    public var marker: Character
    /// Marks a row whose figures changed recently (a new source arrived).
    public var changedMarker: Character
    /// The scroll position on a pane's border.
    public var scrollThumb: Character

    /// Box drawing, eighth blocks, "…", ▲▼, ● and ◆.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤",
        lowerEighths: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        leftEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        ellipsis: "…", arrowUp: "▲", arrowDown: "▼", marker: "●", changedMarker: "◆", scrollThumb: "┃")

    /// Plain ASCII: -|+ for boxes, # for full bar cells and . for partial ones, ^ v, * and +.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+",
        lowerEighths: [".", ".", ".", ".", ".", ".", ".", "#"],
        leftEighths: [".", ".", ".", ".", ".", ".", ".", "#"],
        ellipsis: ".", arrowUp: "^", arrowDown: "v", marker: "*", changedMarker: "+", scrollThumb: "#")

    /// `unicode` when the terminal can show it, otherwise `ascii`.
    public static func forTerminal(supportsUnicode: Bool) -> Glyphs {
        supportsUnicode ? .unicode : .ascii
    }

    /// The full block (or `#`).
    public var fullBlock: Character { lowerEighths[7] }
}
