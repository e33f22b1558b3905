import CNcursesw
import TUI

/// Prepares one grid grapheme for `setcchar`: a NUL-terminated `wchar_t` array that ncurses
/// will lay out in exactly the columns the grid gave it.
///
/// ncurses measures with libc `wcwidth`, the grid with `DisplayWidth`. Where they disagree
/// (flags, some emoji sequences), or the grapheme needs more than `CCHARW_MAX` code points,
/// a `?` is written instead so the rest of the row never shifts. When the locale is not UTF-8,
/// a non-ASCII grapheme becomes its one-character `AsciiFallback`.
enum WideCharacters {
    static let maximumScalars = 5  // CCHARW_MAX

    static func scalars(for grapheme: String, supportsUnicode: Bool, fitsWide: Bool) -> [wchar_t] {
        let width = DisplayWidth.of(grapheme)
        let scalars = Array(grapheme.unicodeScalars)
        guard let first = scalars.first, width > 0, width <= 2 else { return placeholder }
        if !supportsUnicode {
            if grapheme.unicodeScalars.allSatisfy(\.isASCII) { return terminated(scalars) }
            return terminated(Array(String(AsciiFallback.character(for: grapheme)).unicodeScalars))
        }
        if width == 2 && !fitsWide { return placeholder }
        if scalars.count > maximumScalars { return placeholder }
        if Int(wf_wcwidth(wchar_t(bitPattern: first.value))) != width { return placeholder }
        return terminated(scalars)
    }

    /// "?" — shown for anything the terminal would lay out differently.
    static let placeholder: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]

    private static func terminated(_ scalars: [Unicode.Scalar]) -> [wchar_t] {
        scalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }
}
