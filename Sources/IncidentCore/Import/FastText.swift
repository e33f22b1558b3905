/// Cheap text helpers for the import hot path (hundreds of thousands of rows): they look at UTF-8
/// bytes instead of going through Foundation or grapheme clusters.
enum FastText {
    /// Removes ASCII spaces, tabs and line breaks at both ends; returns nil when nothing is left.
    static func trimmed(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first else { return nil }
        if !isSpace(first), let last = utf8.last, !isSpace(last) { return text }
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        guard start < end else { return nil }
        return String(text[start..<end])
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// True when the text holds a line break.
    static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// `YYYY-MM-DD` read straight from the bytes, or nil.
    static func isoDay(_ text: String) -> CalendarDay? {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var count = 0
        for (i, byte) in text.utf8.enumerated() {
            count += 1
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                digits.append(Int(byte - 0x30))
            }
        }
        guard count == 10 else { return nil }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        return CalendarDay(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
    }

    /// The lower-cased ASCII words of a text (letters and digits), only those in `keep`.
    static func words(_ text: String, keeping keep: Set<String>) -> Set<String> {
        var found = Set<String>()
        var word: [UInt8] = []
        word.reserveCapacity(16)
        func flush() {
            if word.count >= 3 && word.count <= 10 {
                let s = String(decoding: word, as: UTF8.self)
                if keep.contains(s) { found.insert(s) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default: flush()
            }
        }
        flush()
        return found
    }
}
