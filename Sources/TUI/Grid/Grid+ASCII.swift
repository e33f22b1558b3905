extension Grid {
    /// The same frame for a terminal whose locale is not UTF-8: every grapheme replaced by its
    /// `AsciiFallback` in the same role, a wide one by its fallback and a space.
    public func transliteratedToASCII() -> Grid {
        var copy = self
        for y in 0..<height {
            for x in 0..<width {
                guard let cell = cell(x: x, y: y), case .grapheme(let text) = cell.content,
                      !(text.utf8.count == 1 && text.utf8.first! < 0x80) else { continue }
                copy.put(String(AsciiFallback.character(for: text)), at: x, y: y, role: cell.role, attributes: cell.attributes)
            }
        }
        return copy
    }
}
